import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// v1 answers as it did until its sunset — counts as `"<5"`, errors as `{"error":{"message":…}}`,
/// its frozen OpenAPI document — and says on every response that it is deprecated and what
/// succeeds it.
@Suite("the deprecated v1")
struct VersionOneTests {
    /// `value` with every v2 count (`{"count": …, "suppression": …}`) written as v1 wrote it.
    static func asVersionOne(_ value: JSON) -> JSON {
        switch value {
        case .object(let fields) where Set(fields.keys) == ["count", "suppression"]:
            return fields["suppression"] == .null ? fields["count"]! : .string("<5")
        case .object(let fields): return .object(fields.mapValues(asVersionOne))
        case .array(let values): return .array(values.map(asVersionOne))
        default: return value
        }
    }

    @Test(
        "the read models hold the same figures in both versions; v1 writes hidden counts as \"<5\"",
        arguments: ["overview", "pillars", "core-group", "conferences", "lineage", "report?format=json"])
    func sameFigures(resource: String) async throws {
        try await withDemoApplication { client in
            let one = try await client.get("/api/v1/\(resource)")
            let two = try await client.get("/api/v2/\(resource)")
            #expect(one.status == .ok && two.status == .ok)
            let figures = Self.withoutAdvice(try two.json())
            #expect(Self.asVersionOne(figures) == (try one.json()))
            #expect(!two.text.contains("\"<5\""))
        }
    }

    /// A v2 read model (or its envelope) as v1 shows it: a report without the advice section and the timeline kinds
    /// v1 does not know, the lineage without advice (neither its own nor its decisions').
    static func withoutAdvice(_ report: JSON) -> JSON {
        guard case .object(var fields) = report else { return report }
        fields["advice"] = nil
        if let data = fields["data"] { fields["data"] = withoutAdvice(data) }
        if case .array(let decisions)? = fields["decisions"] {
            fields["decisions"] = .array(
                decisions.map { decision in
                    guard case .object(var fields) = decision else { return decision }
                    fields["advice"] = nil
                    return .object(fields)
                })
        }
        if case .object(var timeline)? = fields["timeline"], case .array(let entries)? = timeline["entries"] {
            timeline["entries"] = .array(entries.filter { !["body", "advice"].contains($0["kind"]?.string ?? "") })
            fields["timeline"] = .object(timeline)
        }
        return .object(fields)
    }

    @Test(
        "v1 knows no advice: no advice resource, and its timeline and report leave out what its document does not know")
    func noAdvice() async throws {
        try await withDemoApplication { client in
            #expect(try await client.get("/api/v1/advice").status == .notFound)
            #expect(try await client.get("/api/v2/advice").status == .ok)
            let decision = try await client.json("/api/v1/lineage/decisions/B6")
            #expect(decision["data"]?["id"]?.string == "B6" && decision["data"]?["advice"] == nil)
            let kinds = { (version: String) async throws -> Set<String> in
                let timeline = try await client.json("/api/\(version)/timeline")
                return Set((timeline["data"]?["entries"]?.array ?? []).compactMap { $0["kind"]?.string })
            }
            let two = try await kinds("v2")
            #expect(two.isSuperset(of: ["body", "advice"]))
            #expect(try await kinds("v1") == two.subtracting(["body", "advice"]))
            let report = try await client.json("/api/v1/report?format=json")
            #expect(report["advice"] == nil)
            #expect(try await client.json("/api/v2/report?format=json")["advice"] != nil)
            let html = try await client.get("/api/v1/report?format=html").text
            #expect(!html.contains("Ouderpanel") && !html.contains("id=\"advice\""))
            let tables = try await client.json("/api/v1/tables")
            let names = (tables["data"]?.array ?? []).compactMap { $0["name"]?.string }
            #expect(!names.isEmpty && !names.contains { $0.hasPrefix("advice") })
        }
    }

    @Test("v2 tells a small count from one hidden beside it; v1 wrote both as \"<5\"")
    func suppressionKinds() async throws {
        try await withDemoApplication { client in
            let two = try await client.get("/api/v2/pillars").text
            #expect(two.contains(#"{"count":null,"suppression":"small"}"#))
            #expect(two.contains(#"{"count":null,"suppression":"secondary"}"#))
            #expect(try await client.get("/api/v1/pillars").text.contains(#""<5""#))
        }
    }

    @Test("errors are v1's JSON errors, their messages unchanged")
    func errors() async throws {
        try await withDemoApplication { client in
            for (uri, method, status, message) in [
                (
                    "/api/v1/overview?as_of=x", HTTPRequest.Method.get, HTTPResponse.Status.badRequest,
                    "as_of: 'x' is neither a date (YYYY-MM-DD) nor a log position (1 or more)"
                ),
                ("/api/v1/events?limit=0", .get, .badRequest, "limit: '0' must be a whole number from 1 to 1000"),
                (
                    "/api/v1/nothing", .get, .notFound,
                    "there is nothing at /api/v1/nothing: see /api/v1 for what there is"
                ),
                ("/api/v1/lineage/inputs/I9999", .get, .notFound, "there is no input I9999"),
                (
                    "/api/v1/funds", .post, .methodNotAllowed,
                    "POST is not allowed: programd is read-only (GET and HEAD only)"
                ),
            ] {
                let response = try await client.get(uri, method: method)
                #expect(response.status == status, "\(uri)")
                #expect(response.mediaType == "application/json", "\(uri)")
                #expect(try response.json() == .object(["error": .object(["message": .string(message)])]), "\(uri)")
            }
        }
    }

    @Test("every v1 response says API-Version 1.0.0, Deprecation, Sunset and its successor; v2's do not")
    func deprecationHeaders() async throws {
        try await withDemoApplication { client in
            for (uri, successor) in [
                ("/api/v1/funds", "/api/v2/funds"), ("/api/v1", "/api/v2"), ("/api/v1/nothing", "/api/v2/nothing"),
                ("/api/v1/overview?as_of=x", "/api/v2/overview"), ("/api/v1/openapi.json", "/api/v2/openapi.json"),
            ] {
                let response = try await client.get(uri)
                #expect(response.headers[.apiVersion] == "1.0.0", "\(uri)")
                #expect(response.headers[.deprecation] == "@1796083200", "\(uri)")
                #expect(response.headers[.sunset] == "Thu, 01 Jul 2027 00:00:00 GMT", "\(uri)")
                #expect(response.headers[.link] == "<\(successor)>; rel=\"successor-version\"", "\(uri)")
            }
            let current = try await client.get("/api/v2/funds")
            #expect(current.headers[.apiVersion] == "2.0.0")
            #expect(current.headers[.deprecation] == nil && current.headers[.sunset] == nil)
            #expect(current.headers[.link] == nil)
        }
    }

    @Test("v1 serves its frozen OpenAPI document, and its index and catalogue point into v1")
    func frozenDocument() async throws {
        let frozen = try Data(contentsOf: openAPIv1DocumentURL)
        let bundled = packageRoot.appendingPathComponent("Sources/programd/Resources/openapi-v1.json")
        #expect(try Data(contentsOf: bundled) == frozen)
        try await withDemoApplication { client in
            let response = try await client.get("/api/v1/openapi.json")
            #expect(Data(response.body.readableBytesView) == frozen)
            let index = try await client.json("/api/v1")
            #expect(index["openapi"]?.string == "/api/v1/openapi.json")
            #expect(index["resources"]?.array?.allSatisfy { $0.string?.hasPrefix("/api/v1/") == true } == true)
            let catalog = try await client.get("/api/v1/catalog").json()
            #expect(catalog["@id"]?.string == "/api/v1/catalog")
            #expect(catalog["dcat:dataset"]?[0]?["@id"]?.string?.hasPrefix("/api/v1/tables/") == true)
        }
    }

    @Test("v1's responses still conform to its frozen document")
    func conforms() async throws {
        let document = try OpenAPI.load(openAPIv1DocumentURL)
        try await withDemoApplication { client in
            for (uri, path) in [
                ("/api/v1/overview", "/api/v1/overview"), ("/api/v1/pillars", "/api/v1/pillars"),
                ("/api/v1/conferences", "/api/v1/conferences"), ("/api/v1/report?format=json", "/api/v1/report"),
                ("/api/v1/overview?as_of=x", "/api/v1/overview"), ("/api/v1/tables", "/api/v1/tables"),
                ("/api/v1/lineage/inputs/I9999", "/api/v1/lineage/inputs/{id}"),
            ] {
                let response = try await client.get(uri)
                let problems = try document.problems(response, path: path, method: "get")
                #expect(problems.isEmpty, "GET \(uri):\n\(problems.prefix(10).joined(separator: "\n"))")
            }
        }
    }
}
