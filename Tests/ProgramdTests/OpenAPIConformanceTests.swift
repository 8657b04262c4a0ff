import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// docs/openapi.json against what programd serves: the same paths, every JSON body valid against
/// its documented schema, and an example, real and valid, for every response.
@Suite("the OpenAPI document")
struct OpenAPIConformanceTests {
    /// The paths programd routes that the document covers: the API, /healthz, /metrics and the
    /// log's tiles (their index, several path segments, routed as `**`).
    static let routedPaths: Set<String> = [
        "/api/v2", "/api/v2/overview", "/api/v2/framework", "/api/v2/pillars", "/api/v2/core-group",
        "/api/v2/advice", "/api/v2/advice/{id}", "/api/v2/plan", "/api/v2/conferences", "/api/v2/funds",
        "/api/v2/lineage", "/api/v2/lineage/inputs/{id}",
        "/api/v2/lineage/decisions/{id}", "/api/v2/timeline", "/api/v2/report", "/api/v2/tables",
        "/api/v2/tables/{name}", "/api/v2/catalog", "/api/v2/head", "/api/v2/events",
        "/api/v2/stream", "/api/v2/openapi.json", "/healthz", "/metrics", "/checkpoint", "/tile/{level}/{index}",
        "/tile/entries/{index}",
    ]

    @Test("is OpenAPI 3.1 and documents exactly the paths programd routes")
    func paths() throws {
        let document = try OpenAPI.load()
        #expect(document.root["openapi"]?.string?.hasPrefix("3.1") == true)
        #expect(Set(document.paths.keys) == Self.routedPaths)
        let dashboard = Set(Dashboard.pages.map { "/" + $0.slug })
        #expect(dashboard.isDisjoint(with: document.paths.keys))
    }

    @Test("the paths listed are the ones the router has, and v1's are those of its frozen document")
    func routerAgrees() async throws {
        let routed = Set(try await routerPaths().map { $0.replacingOccurrences(of: "/**", with: "/{index}") })
        let dashboard = Set(Dashboard.pages.map { "/" + $0.slug })
        let v1 = routed.filter { $0 == "/api/v1" || $0.hasPrefix("/api/v1/") }
        #expect(routed.subtracting(dashboard).subtracting(v1) == Self.routedPaths)
        let frozen = try OpenAPI.load(openAPIv1DocumentURL)
        #expect(v1 == Set(frozen.paths.keys).subtracting(["/healthz", "/metrics"]))
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
            let lineage = try await client.view("/api/v2/lineage")
            let inputs = lineage["inputs"]?.array?.compactMap { $0["id"]?.string } ?? []
            let decisions = lineage["decisions"]?.array?.compactMap { $0["id"]?.string } ?? []
            #expect(!inputs.isEmpty && !decisions.isEmpty)
            var requests: [(uri: String, path: String)] = [
                ("/api/v2", "/api/v2"), ("/api/v2/head", "/api/v2/head"), ("/healthz", "/healthz"),
                ("/api/v2/openapi.json", "/api/v2/openapi.json"), ("/checkpoint", "/checkpoint"),
                ("/tile/0/000", "/tile/{level}/{index}"), ("/tile/0/003.p/74", "/tile/{level}/{index}"),
                ("/tile/1/000.p/3", "/tile/{level}/{index}"), ("/tile/entries/002", "/tile/entries/{index}"),
                ("/tile/entries/003.p/74", "/tile/entries/{index}"),
                ("/api/v2/events", "/api/v2/events"), ("/api/v2/events?from=700&limit=1000", "/api/v2/events"),
                ("/api/v2/lineage?from=I20&limit=10", "/api/v2/lineage"),
                ("/api/v2/timeline?lang=en", "/api/v2/timeline"),
                ("/api/v2/report?lang=en", "/api/v2/report"), ("/api/v2/report?format=json", "/api/v2/report"),
                ("/api/v2/tables/funds", "/api/v2/tables/{name}"), ("/api/v2/catalog", "/api/v2/catalog"),
                ("/api/v2/tables/conference-c1?dialect=excel-nl&lang=en", "/api/v2/tables/{name}"),
            ]
            for path in Self.routedPaths where !path.contains("{") {
                let name = String(path.dropFirst("/api/v2/".count))
                guard
                    [
                        "overview", "framework", "pillars", "core-group", "advice", "plan", "conferences",
                        "funds", "lineage", "timeline", "report", "tables",
                    ].contains(name)
                else { continue }
                // Now, before the first input (position 3), before the plan was submitted, and a year in.
                for asOf in ["", "?as_of=3", "?as_of=2023-03-31", "?as_of=2024-06-30"] {
                    requests.append((path + asOf, path))
                }
            }
            requests += inputs.map { ("/api/v2/lineage/inputs/\($0)", "/api/v2/lineage/inputs/{id}") }
            requests += decisions.map { ("/api/v2/lineage/decisions/\($0)", "/api/v2/lineage/decisions/{id}") }
            let advice = try await client.view("/api/v2/advice")
            let adviceIDs = advice["advice"]?.array?.compactMap { $0["id"]?.string } ?? []
            #expect(adviceIDs.count == 14)
            requests += adviceIDs.map { ("/api/v2/advice/\($0)?as_of=2025-06-30", "/api/v2/advice/{id}") }
            requests += adviceIDs.map { ("/api/v2/advice/\($0)", "/api/v2/advice/{id}") }
            for (uri, path) in requests {
                let response = try await client.get(uri)
                let problems = try document.problems(response, path: path, method: "get")
                #expect(problems.isEmpty, "GET \(uri):\n\(problems.prefix(10).joined(separator: "\n"))")
            }
        }
    }

    @Test("304, 400, 404 and 405 responses are documented, with their headers and problem details")
    func errorsConform() async throws {
        let document = try OpenAPI.load()
        try await withDemoApplication { client in
            for (uri, path) in [
                ("/api/v2/overview", "/api/v2/overview"), ("/api/v2/report?format=md", "/api/v2/report"),
                ("/api/v2/lineage/decisions/B1", "/api/v2/lineage/decisions/{id}"),
            ] {
                let response = try await client.get(uri, headers: [.ifNoneMatch: "\"\(demoHead)\""])
                #expect(response.status == .notModified, "\(uri)")
                let problems = try document.problems(response, path: path, method: "get")
                #expect(problems.isEmpty, "GET \(uri):\n\(problems.joined(separator: "\n"))")
            }
            let requests: [(uri: String, path: String, method: HTTPRequest.Method)] = [
                ("/api/v2/overview?as_of=x", "/api/v2/overview", .get),
                ("/api/v2/tables/funds?dialect=excel", "/api/v2/tables/{name}", .get),
                ("/api/v2/tables/nothing", "/api/v2/tables/{name}", .get),
                ("/api/v2/report?format=pdf", "/api/v2/report", .get),
                ("/api/v2/events?limit=0", "/api/v2/events", .get),
                ("/api/v2/lineage/inputs/I9999", "/api/v2/lineage/inputs/{id}", .get),
                ("/api/v2/advice/AD999", "/api/v2/advice/{id}", .get),
                ("/api/v2/plan", "/api/v2/plan", .post),
                ("/api/v2/events", "/api/v2/events", .delete),
                ("/tile/0/x000/000", "/tile/{level}/{index}", .get), ("/tile/0/999", "/tile/{level}/{index}", .get),
                ("/tile/entries/000.p/256", "/tile/entries/{index}", .get),
                ("/tile/entries/999", "/tile/entries/{index}", .get), ("/checkpoint", "/checkpoint", .post),
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

extension OpenAPIConformanceTests {
    /// Every response object in the document, where it is: those of the operations (a `$ref`
    /// followed) and those in components/responses.
    static func responseObjects(_ document: OpenAPI) -> [(place: String, response: JSON)] {
        var found: [(String, JSON)] = []
        for (path, item) in document.paths.sorted(by: { $0.key < $1.key }) {
            for (method, operation) in (item.fields ?? [:]).sorted(by: { $0.key < $1.key }) {
                for (status, response) in (operation["responses"]?.fields ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let resolved = response["$ref"]?.string.flatMap(document.validator.resolve) ?? response
                    found.append(("\(method) \(path) \(status)", resolved))
                }
            }
        }
        for (name, response) in document.root["components"]?["responses"]?.fields ?? [:] {
            found.append(("components/responses/\(name)", response))
        }
        return found
    }

    @Test("every response declares API-Version and, where it has a body, an example per media type")
    func examplesAndHeaders() throws {
        let document = try OpenAPI.load()
        let responses = Self.responseObjects(document)
        #expect(responses.count > 100)
        for (place, response) in responses {
            #expect(
                response["headers"]?["API-Version"]?["$ref"]?.string == "#/components/headers/API-Version", "\(place)")
            let content = response["content"]?.fields ?? [:]
            #expect(
                !content.isEmpty || place.hasSuffix(" 304") || place.hasSuffix("NotModified"), "\(place) has no body")
            for (mediaType, media) in content {
                let examples = media["examples"]?.fields ?? [:]
                #expect(!examples.isEmpty, "\(place) \(mediaType) has no example")
                for (name, example) in examples {
                    let request = example["summary"]?.string ?? ""
                    #expect(request.hasPrefix("GET /") || request.hasPrefix("POST /"), "\(place) \(name): \(request)")
                    #expect((example["value"] != nil) != (example["externalValue"] != nil), "\(place) \(name)")
                }
            }
        }
    }

    @Test("every example validates against its schema, and its request answers with its status and media type")
    func examplesAreValidAndReal() async throws {
        let document = try OpenAPI.load()
        var checks: [(place: String, request: String, status: Int?, mediaType: String)] = []
        for (place, response) in Self.responseObjects(document) {
            let status = place.split(separator: " ").last.flatMap { Int($0) }
            for (mediaType, media) in response["content"]?.fields ?? [:] {
                for example in (media["examples"]?.fields ?? [:]).values {
                    if let value = example["value"], let schema = media["schema"] {
                        let errors = document.validator.errors(value, against: schema)
                        #expect(errors.isEmpty, "\(place) \(mediaType):\n\(errors.prefix(5).joined(separator: "\n"))")
                    }
                    checks.append((place, example["summary"]?.string ?? "", status, mediaType))
                }
            }
        }
        #expect(!checks.isEmpty)
        try await withDemoApplication { [checks] client in
            for (place, request, status, mediaType) in checks {
                let parts = request.split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                if parts[1] == "/api/v2/stream" { continue }  // never ends; its HEAD is checked elsewhere
                let response = try await client.get(parts[1], method: HTTPRequest.Method(parts[0])!)
                if let status { #expect(response.status.code == status, "\(place): \(request)") }
                #expect(response.headers[.contentType] == mediaType, "\(place): \(request)")
            }
        }
    }
}

/// An OpenAPI document (docs/openapi.json unless told), parsed, with a validator for its schemas.
struct OpenAPI {
    let root: JSON
    let validator: SchemaValidator

    static func load(_ url: URL = openAPIDocumentURL) throws -> OpenAPI {
        let root = try JSON.parse(Data(contentsOf: url))
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
        if documentedType.hasPrefix("application/") && documentedType.contains("json"),
            let schema = content[documentedType]?["schema"]
        {
            problems += validator.errors(try response.json(), against: schema)
        }
        return problems
    }
}
