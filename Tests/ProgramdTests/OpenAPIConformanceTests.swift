import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// docs/openapi.json against what programd serves: the same paths, and every JSON body valid
/// against its documented schema.
@Suite("the OpenAPI document")
struct OpenAPIConformanceTests {
    /// The paths programd routes that the document covers: the API, /healthz and /metrics.
    static let routedPaths: Set<String> = [
        "/api/v1", "/api/v1/overview", "/api/v1/framework", "/api/v1/pillars", "/api/v1/core-group",
        "/api/v1/plan", "/api/v1/conferences", "/api/v1/funds", "/api/v1/lineage", "/api/v1/lineage/inputs/{id}",
        "/api/v1/lineage/decisions/{id}", "/api/v1/timeline", "/api/v1/report", "/api/v1/tables",
        "/api/v1/tables/{name}", "/api/v1/catalog", "/api/v1/head", "/api/v1/events",
        "/api/v1/stream", "/api/v1/openapi.json", "/healthz", "/metrics",
    ]

    @Test("is OpenAPI 3.1 and documents exactly the paths programd routes")
    func paths() throws {
        let document = try OpenAPI.load()
        #expect(document.root["openapi"]?.string?.hasPrefix("3.1") == true)
        #expect(Set(document.paths.keys) == Self.routedPaths)
        let dashboard = Set(Dashboard.pages.map { "/" + $0.slug })
        #expect(dashboard.isDisjoint(with: document.paths.keys))
    }

    @Test("the paths listed are the ones the router has")
    func routerAgrees() async throws {
        let routed = try await routerPaths()
        let dashboard = Set(Dashboard.pages.map { "/" + $0.slug })
        #expect(routed.subtracting(dashboard) == Self.routedPaths)
    }

    @Test("documents GET on every path, and 405 with Allow for the other methods")
    func methods() throws {
        let document = try OpenAPI.load()
        for (path, item) in document.paths {
            #expect(item["get"]?["responses"]?["200"] != nil, "\(path)")
            for method in ["post", "put", "patch", "delete"] {
                let response = item[method]?["responses"]?["405"]?["$ref"]?.string
                #expect(response == "#/components/responses/MethodNotAllowed", "\(method) \(path)")
            }
        }
        let allow = document.root["components"]?["responses"]?["MethodNotAllowed"]?["headers"]?["Allow"]
        #expect(allow != nil)
    }

    @Test("every $ref resolves")
    func references() throws {
        let document = try OpenAPI.load()
        var unresolved: [String] = []
        func visit(_ value: JSON) {
            switch value {
            case .object(let fields):
                if let reference = fields["$ref"]?.string, document.validator.resolve(reference) == nil {
                    unresolved.append(reference)
                }
                fields.values.forEach(visit)
            case .array(let values): values.forEach(visit)
            default: break
            }
        }
        visit(document.root)
        #expect(unresolved.isEmpty)
    }

    @Test("the bundled copy in Sources/programd/Resources is identical to docs/openapi.json")
    func bundledCopy() throws {
        let bundled = packageRoot.appendingPathComponent("Sources/programd/Resources/openapi.json")
        #expect(
            try Data(contentsOf: bundled) == Data(contentsOf: openAPIDocumentURL),
            "copy docs/openapi.json to Sources/programd/Resources/openapi.json")
    }

    @Test("every JSON body of every documented endpoint validates against its schema")
    func responsesConform() async throws {
        let document = try OpenAPI.load()
        try await withDemoApplication { client in
            let lineage = try await client.view("/api/v1/lineage")
            let inputs = lineage["inputs"]?.array?.compactMap { $0["id"]?.string } ?? []
            let decisions = lineage["decisions"]?.array?.compactMap { $0["id"]?.string } ?? []
            #expect(!inputs.isEmpty && !decisions.isEmpty)
            var requests: [(uri: String, path: String)] = [
                ("/api/v1", "/api/v1"), ("/api/v1/head", "/api/v1/head"), ("/healthz", "/healthz"),
                ("/api/v1/openapi.json", "/api/v1/openapi.json"),
                ("/api/v1/events", "/api/v1/events"), ("/api/v1/events?from=700&limit=1000", "/api/v1/events"),
                ("/api/v1/lineage?from=I20&limit=10", "/api/v1/lineage"),
                ("/api/v1/timeline?lang=en", "/api/v1/timeline"),
                ("/api/v1/report?lang=en", "/api/v1/report"), ("/api/v1/report?format=json", "/api/v1/report"),
                ("/api/v1/tables/funds", "/api/v1/tables/{name}"), ("/api/v1/catalog", "/api/v1/catalog"),
                ("/api/v1/tables/conference-c1?dialect=excel-nl&lang=en", "/api/v1/tables/{name}"),
            ]
            for path in Self.routedPaths where !path.contains("{") {
                let name = String(path.dropFirst("/api/v1/".count))
                guard
                    [
                        "overview", "framework", "pillars", "core-group", "plan", "conferences", "funds",
                        "lineage", "timeline", "report", "tables",
                    ].contains(name)
                else { continue }
                // Now, before the first input (position 3), before the plan was submitted, and a year in.
                for asOf in ["", "?as_of=3", "?as_of=2023-03-31", "?as_of=2024-06-30"] {
                    requests.append((path + asOf, path))
                }
            }
            requests += inputs.map { ("/api/v1/lineage/inputs/\($0)", "/api/v1/lineage/inputs/{id}") }
            requests += decisions.map { ("/api/v1/lineage/decisions/\($0)", "/api/v1/lineage/decisions/{id}") }
            for (uri, path) in requests {
                let response = try await client.get(uri)
                let problems = try document.problems(response, path: path, method: "get")
                #expect(problems.isEmpty, "GET \(uri):\n\(problems.prefix(10).joined(separator: "\n"))")
            }
        }
    }

    @Test("304, 400, 404 and 405 responses are documented, with their headers and error bodies")
    func errorsConform() async throws {
        let document = try OpenAPI.load()
        try await withDemoApplication { client in
            for (uri, path) in [
                ("/api/v1/overview", "/api/v1/overview"), ("/api/v1/report?format=md", "/api/v1/report"),
                ("/api/v1/lineage/decisions/B1", "/api/v1/lineage/decisions/{id}"),
            ] {
                let response = try await client.get(uri, headers: [.ifNoneMatch: "\"\(demoHead)\""])
                #expect(response.status == .notModified, "\(uri)")
                let problems = try document.problems(response, path: path, method: "get")
                #expect(problems.isEmpty, "GET \(uri):\n\(problems.joined(separator: "\n"))")
            }
            let requests: [(uri: String, path: String, method: HTTPRequest.Method)] = [
                ("/api/v1/overview?as_of=x", "/api/v1/overview", .get),
                ("/api/v1/report?format=pdf", "/api/v1/report", .get),
                ("/api/v1/events?limit=0", "/api/v1/events", .get),
                ("/api/v1/lineage/inputs/I9999", "/api/v1/lineage/inputs/{id}", .get),
                ("/api/v1/plan", "/api/v1/plan", .post),
                ("/api/v1/events", "/api/v1/events", .delete),
            ]
            for (uri, path, method) in requests {
                let response = try await client.get(uri, method: method)
                #expect(response.status.code >= 400, "\(method) \(uri)")
                let problems = try document.problems(response, path: path, method: method.rawValue.lowercased())
                #expect(problems.isEmpty, "\(method) \(uri):\n\(problems.joined(separator: "\n"))")
            }
        }
    }
}

/// docs/openapi.json, parsed, with a validator for its schemas.
struct OpenAPI {
    let root: JSON
    let validator: SchemaValidator

    static func load() throws -> OpenAPI {
        let root = try JSON.parse(Data(contentsOf: openAPIDocumentURL))
        return OpenAPI(root: root, validator: SchemaValidator(document: root))
    }

    var paths: [String: JSON] { root["paths"]?.fields ?? [:] }

    /// The documented response for `status`, following a `$ref` to components/responses.
    func response(path: String, method: String, status: Int) -> JSON? {
        guard let responses = paths[path]?[method]?["responses"],
            let response = responses[String(status)] ?? responses["default"]
        else { return nil }
        if let reference = response["$ref"]?.string { return validator.resolve(reference) }
        return response
    }

    /// Why `response` does not conform to the document: an undocumented status or media type, a
    /// missing documented header, or a JSON body that fails its schema. Empty when it conforms.
    func problems(_ response: TestResponse, path: String, method: String) throws -> [String] {
        let status = response.status.code
        guard let documented = self.response(path: path, method: method, status: status) else {
            return ["status \(status) is not documented for \(method) \(path)"]
        }
        var problems: [String] = []
        for header in documented["headers"]?.fields?.keys.sorted() ?? []
        where !response.headers.contains(where: { $0.name.canonicalName == header.lowercased() }) {
            problems.append("the documented header \(header) is missing")
        }
        guard let content = documented["content"]?.fields else {
            if response.body.readableBytes > 0 { problems.append("a body where none is documented") }
            return problems
        }
        let mediaType = response.headers[.contentType] ?? ""
        let documentedType =
            content.keys.first { $0 == mediaType }
            ?? content.keys.first { $0 == response.mediaType }
        guard let documentedType else {
            return problems + ["the media type \(mediaType) is not documented (\(content.keys.sorted()))"]
        }
        if documentedType.hasPrefix("application/json"), let schema = content[documentedType]?["schema"] {
            problems += validator.errors(try response.json(), against: schema)
        }
        return problems
    }
}
