import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ProgramStore
import Prometheus
import Reporting
import TestSupport
import Testing

@testable import programd

/// The demo programme, recorded once for the whole suite.
let demoStore: String = {
    let directory = try! TemporaryDirectory()
    let path = directory.path("demo.sqlite")
    try! DemoProgramme.record(at: path)
    return path
}()

/// The demo store's head position, read from the store itself.
let demoHead: Int64 = try! EventStore(path: demoStore, mode: .readOnly).head().position

/// Runs `body` against programd serving the demo programme, through HummingbirdTesting's router client.
func withDemoApplication(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = try await buildApplication(
        ServerConfiguration(path: demoStore, host: "127.0.0.1", port: 0), logger: Logger(label: "test"))
    try await app.application.test(.router, body)
}

extension TestClientProtocol {
    /// `GET uri` (or another method), with `headers`.
    func get(_ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:]) async throws
        -> TestResponse
    {
        try await execute(uri: uri, method: method, headers: headers)
    }

    /// `GET uri`, expecting `200 OK` with JSON; its body parsed.
    func json(_ uri: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSON {
        let response = try await get(uri)
        #expect(response.status == .ok, "GET \(uri): \(response.text)", sourceLocation: sourceLocation)
        #expect(response.mediaType == "application/json", "GET \(uri)", sourceLocation: sourceLocation)
        return try response.json()
    }

    /// `GET uri` of a read model, expecting `200 OK` and the envelope at the demo's head; its `data`.
    func view(_ uri: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSON {
        let envelope = try await json(uri, sourceLocation: sourceLocation)
        #expect(envelope["position"]?.int == Int(demoHead), "GET \(uri)", sourceLocation: sourceLocation)
        return try #require(envelope["data"], "GET \(uri) has no data", sourceLocation: sourceLocation)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> JSON { try JSON.parse(text) }

    /// The media type without its parameters (`text/html` for `text/html; charset=utf-8`).
    var mediaType: String? {
        headers[.contentType].map { String($0.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces) }
    }

    /// The message of a JSON error body (`{"error":{"message":…}}`).
    var errorMessage: String? { (try? json())?["error"]?["message"]?.string }

    /// The body of an RFC 9457 problem (`application/problem+json`), checked: its `status` is the
    /// response's, its `type` is `about:blank` and its `title` the status's reason phrase (of 400,
    /// 404, 405 or 500).
    func problem(sourceLocation: SourceLocation = #_sourceLocation) throws -> JSON {
        #expect(mediaType == "application/problem+json", "\(text)", sourceLocation: sourceLocation)
        let problem = try json()
        #expect(problem["status"]?.int == status.code, sourceLocation: sourceLocation)
        #expect(problem["type"]?.string == "about:blank", sourceLocation: sourceLocation)
        let reasons: [Int: String] = [
            400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error",
        ]
        #expect(problem["title"]?.string == reasons[status.code], sourceLocation: sourceLocation)
        #expect(problem["detail"]?.string?.isEmpty == false, sourceLocation: sourceLocation)
        return problem
    }
}

/// The package's root directory.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The OpenAPI document, docs/openapi.json.
let openAPIDocumentURL = packageRoot.appendingPathComponent("docs/openapi.json")

/// v1's OpenAPI document, frozen: docs/openapi-v1.json.
let openAPIv1DocumentURL = packageRoot.appendingPathComponent("docs/openapi-v1.json")

/// programd's router on the demo store, without the log follower: the test controls `live`.
func demoRouter() async throws -> (router: Router<AppRequestContext>, live: LiveProjection) {
    let log = try EventStore(path: demoStore, mode: .readOnly)
    let projection = try await log.offload { try Projector.build(from: $0) }
    let live = LiveProjection(projection)
    let router = buildRouter(source: SnapshotSource(log: log, live: live), registry: PrometheusCollectorRegistry())
    return (router, live)
}

/// The paths of every route programd's router has (`/api/v2/lineage/inputs/{id}`, `/kader`, …).
func routerPaths() async throws -> Set<String> {
    Set(try await demoRouter().router.routes.map(\.path.description))
}
