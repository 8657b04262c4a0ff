import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// programd only reads: other methods get 405; HEAD is GET without a body; unknown paths get a 404
/// as problem details under /api and as a page in the page's language elsewhere.
@Suite("methods and unknown paths")
struct MethodAndNotFoundTests {
    static let paths = [
        "/api/v2", "/api/v2/overview", "/api/v2/report", "/api/v2/events", "/api/v2/stream", "/api/v2/openapi.json",
        "/healthz", "/metrics", "/", "/kader", "/rapportage", "/api/v2/nothing", "/nothing",
    ]

    @Test("POST, PUT, DELETE and PATCH: 405 with Allow: GET, HEAD, as problem details or a page", arguments: paths)
    func writeMethods(path: String) async throws {
        try await withDemoApplication { client in
            for method: HTTPRequest.Method in [.post, .put, .delete, .patch] {
                let response = try await client.get(path, method: method)
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(response.headers[.allow] == "GET, HEAD", "\(method) \(path)")
                if path.hasPrefix("/api/") {
                    let problem = try response.problem()
                    #expect(problem["detail"]?.string?.contains("read-only") == true, "\(method) \(path)")
                    #expect(problem["instance"]?.string == path)
                } else if path != "/healthz" && path != "/metrics" {
                    #expect(response.mediaType == "text/html", "\(method) \(path)")
                    #expect(response.text.contains("<h1>Methode niet toegestaan</h1>"), "\(method) \(path)")
                    #expect(response.text.contains("\(method) kan hier niet"), "\(method) \(path)")
                }
            }
        }
    }

    @Test(
        "HEAD: 200 with the headers of GET and no body",
        arguments: [
            "/api/v2", "/api/v2/overview", "/api/v2/report?format=md", "/api/v2/head", "/healthz", "/", "/kader",
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
            let head = try await client.get("/api/v2/stream", method: .head)
            #expect(head.status == .ok)
            #expect(head.headers[.contentType] == "text/event-stream")
            #expect(head.body.readableBytes == 0)
        }
    }

    @Test(
        "an unknown path under /api: 404 in problem details",
        arguments: [
            "/api/v2/nothing", "/api/v3/overview", "/api/v2/overview/more", "/api/v2/lineage/inputs", "/api",
            "/api/v2/funds/",
        ])
    func unknownAPIPath(path: String) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(path)
            #expect(response.status == .notFound)
            let problem = try response.problem()
            #expect(problem["detail"]?.string == "there is nothing at \(path): see /api/v2 for what there is")
            #expect(problem["instance"]?.string == path)
            #expect(problem["invalidParams"] == nil)
            #expect(response.headers[.apiVersion] == "2.0.0")
        }
    }

    @Test(
        "an unknown dashboard path: 404 with a page in the layout, in Dutch or with lang=en in English",
        arguments: [
            ("/nothing", "<h1>Niet gevonden</h1>", "lang=\"nl\""),
            ("/kader/more", "<h1>Niet gevonden</h1>", "lang=\"nl\""),
            ("/nothing?lang=en", "<h1>Not found</h1>", "lang=\"en\""),
            ("/kader/", "<h1>Niet gevonden</h1>", "lang=\"nl\""),
        ])
    func unknownPage(uri: String, heading: String, language: String) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(uri)
            let path = String(uri.prefix { $0 != "?" })
            #expect(response.status == .notFound)
            #expect(response.mediaType == "text/html")
            #expect(response.text.contains(heading))
            #expect(response.text.contains("<html \(language)>"))
            #expect(response.text.contains("<code>\(path)</code>"))
            #expect(response.text.contains("<nav aria-label="), "the layout's navigation")
            #expect(!response.text.contains("<form"), "no as-of form on a page that does not exist")
        }
    }

    @Test("an unforeseen failure is a 500 that says nothing of its cause: problem details, a page, or v1's empty 500")
    func unforeseenFailure() async throws {
        struct Unforeseen: Error {}
        let (router, _) = try await demoRouter()
        for path in ["api/v2/failing", "api/v1/failing", "failing"] {
            router.get(RouterPath(path)) { _, _ -> Response in throw Unforeseen() }
        }
        try await Application(router: router).test(.router) { client in
            let api = try await client.get("/api/v2/failing")
            #expect(api.status == .internalServerError)
            let problem = try api.problem()
            #expect(problem["detail"]?.string == "programd could not answer this request; its log says why")
            #expect(api.headers[.apiVersion] == "2.0.0")
            let v1 = try await client.get("/api/v1/failing")
            #expect(v1.status == .internalServerError)
            #expect(v1.body.readableBytes == 0)
            let page = try await client.get("/failing?lang=en")
            #expect(page.status == .internalServerError)
            #expect(page.mediaType == "text/html")
            #expect(page.text.contains("<h1>Something went wrong</h1>"))
            #expect(!page.text.contains("Unforeseen"))
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
