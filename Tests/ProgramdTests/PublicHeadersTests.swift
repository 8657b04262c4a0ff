import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// What a municipality needs of every response before it may publish programd (NL GOV API Design
/// Rules, and a page that cannot be framed or sniffed).
@Suite("headers for publishing")
struct PublicHeadersTests {
    @Test("every response says nosniff, a script-free CSP, no referrer; API and operations responses API-Version")
    func securityHeadersAndVersion() async throws {
        let version =
            try #require(
                (try JSONSerialization.jsonObject(with: Data(contentsOf: openAPIDocumentURL)) as? [String: Any])?[
                    "info"]
                    as? [String: Any])["version"] as? String
        try await withDemoApplication { client in
            for uri in ["/", "/middelen?lang=en", "/api/v2/funds", "/api/v2/nothing", "/nothing", "/healthz"] {
                let response = try await client.get(uri)
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src") == false, "\(uri)")
                #expect(response.headers[.referrerPolicy] == "no-referrer", "\(uri)")
                #expect(
                    response.headers[.apiVersion] == (uri.hasPrefix("/api/") || uri == "/healthz" ? version : nil),
                    "\(uri): API-Version")
            }
        }
    }

    @Test("any origin may GET the API, with a preflight; other methods stay refused")
    func cors() async throws {
        try await withDemoApplication { client in
            let origin: HTTPFields = [.origin: "https://gemeente.example.nl"]
            let get = try await client.get("/api/v2/funds", headers: origin)
            #expect(get.status == .ok)
            #expect(get.headers[.accessControlAllowOrigin] == "*")
            let preflight = try await client.get(
                "/api/v2/funds", method: .options,
                headers: origin + [.accessControlRequestMethod: "GET", .accessControlRequestHeaders: "if-none-match"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowMethods] == "GET, HEAD")
            #expect(preflight.headers[.accessControlAllowOrigin] == "*")
            let post = try await client.get("/api/v2/funds", method: .post, headers: origin)
            #expect(post.status == .methodNotAllowed)
        }
    }

    @Test("a trailing slash is another address, and there is nothing there")
    func trailingSlash() async throws {
        try await withDemoApplication { client in
            for uri in ["/api/v2/funds/", "/api/v2/", "/middelen/"] {
                let response = try await client.get(uri)
                #expect(response.status == .notFound, "\(uri)")
            }
            let root = try await client.get("/")
            #expect(root.status == .ok)
        }
    }
}
