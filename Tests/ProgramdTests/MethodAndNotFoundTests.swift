import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// programd only reads: other methods get 405; HEAD is GET without a body; unknown paths get a 404
/// in JSON under /api and as a page elsewhere.
@Suite("methods and unknown paths")
struct MethodAndNotFoundTests {
    static let paths = [
        "/api/v1", "/api/v1/overview", "/api/v1/report", "/api/v1/events", "/api/v1/stream", "/api/v1/openapi.json",
        "/healthz", "/metrics", "/", "/kader", "/rapportage", "/api/v1/nothing", "/nothing",
    ]

    @Test("POST, PUT, DELETE and PATCH: 405 with Allow: GET, HEAD", arguments: paths)
    func writeMethods(path: String) async throws {
        try await withDemoApplication { client in
            for method: HTTPRequest.Method in [.post, .put, .delete, .patch] {
                let response = try await client.get(path, method: method)
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(response.headers[.allow] == "GET, HEAD", "\(method) \(path)")
                #expect(response.errorMessage?.contains("read-only") == true, "\(method) \(path)")
            }
        }
    }

    @Test(
        "HEAD: 200 with the headers of GET and no body",
        arguments: [
            "/api/v1", "/api/v1/overview", "/api/v1/report?format=md", "/api/v1/head", "/healthz", "/", "/kader",
        ]
    )
    func head(path: String) async throws {
        try await withDemoApplication { client in
            let get = try await client.get(path)
            let head = try await client.get(path, method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.eTag] == get.headers[.eTag])
        }
    }

    @Test("HEAD on the event stream answers at once, without a body")
    func headStream() async throws {
        try await withDemoApplication { client in
            let head = try await client.get("/api/v1/stream", method: .head)
            #expect(head.status == .ok)
            #expect(head.headers[.contentType] == "text/event-stream")
            #expect(head.body.readableBytes == 0)
        }
    }

    @Test(
        "an unknown path under /api: 404 with a JSON error",
        arguments: ["/api/v1/nothing", "/api/v2/overview", "/api/v1/overview/more", "/api/v1/lineage/inputs"])
    func unknownAPIPath(path: String) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(path)
            #expect(response.status == .notFound)
            #expect(response.mediaType == "application/json")
            #expect(response.errorMessage?.contains("see /api/v1") == true)
        }
    }

    @Test("an unknown dashboard path: 404 with a page in both languages", arguments: ["/nothing", "/kader/more"])
    func unknownPage(path: String) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(path)
            #expect(response.status == .notFound)
            #expect(response.mediaType == "text/html")
            #expect(response.text.contains("<h1>Niet gevonden</h1>"))
            #expect(response.text.contains("Not found"))
            #expect(response.text.contains("<code>\(path)</code>"))
        }
    }

    @Test("the path in the 404 page is escaped")
    func escapedPath() async throws {
        try await withDemoApplication { client in
            for path in ["/<script>alert(1)</script>", "/%3Cscript%3Ealert(1)%3C/script%3E"] {
                let response = try await client.get(path)
                #expect(response.status == .notFound)
                #expect(!response.text.contains("<script"), "\(path)")
            }
        }
    }
}
