import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// Nothing programd serves holds personal data: not the registrants' names and e-mail addresses,
/// not the members' names (of the core group and of the participation bodies), not the (sealed) quotes.
@Suite("no personal data in any response")
struct PrivacyTests {
    /// What must never appear: the demo's e-mail domain, every member's and registrant's name (read
    /// from the demo script, so that the list follows it), the quote and the consent line.
    static let personalData: [String] = {
        let script = try! String(
            contentsOf: packageRoot.appendingPathComponent("Sources/Reporting/Demo/DemoScript.swift"),
            encoding: .utf8)
        let members = script.matches(of: /member\("([^"]+)"/).map { String($0.output.1) }
        let first = strings(in: script, array: "first")
        let last = strings(in: script, array: "last")
        let registrants = first.flatMap { first in last.map { "\(first) \($0)" } }
        let bodyMembers =
            strings(in: script, array: "youthCouncil") + strings(in: script, array: "parentsPanel")
            + script.matches(of: /join\("O[0-9]+", "([^"]+)"/).map { String($0.output.1) }
        return ["@example.nl", "Ik wil gewoon weten waar ik aan toe ben", "ouder van "] + members + registrants
            + bodyMembers
    }()

    /// The string literals of `let NAME = [ … ]` in `source`.
    static func strings(in source: String, array name: String) -> [String] {
        let pattern = try! Regex("let \(name) = \\[([^\\]]*)\\]")
        guard let body = source.firstMatch(of: pattern)?.output[1].substring else { return [] }
        return body.matches(of: /"([^"]+)"/).map { String($0.output.1) }
    }

    @Test("the list of personal data is read from the demo script")
    func listIsComplete() {
        for name in [
            "Sanne Vos", "Marco Hendriks", "Fatima El Amrani", "Yvonne Lemmens", "Lotte Janssen", "Amira Bouzian",
            "Petra Schins", "Noa Willems", "Bas Crombach",
        ] {
            #expect(Self.personalData.contains(name), "\(name)")
        }
        #expect(Self.personalData.count > 150)
    }

    @Test("every API response, every report format, every page of events and every lineage")
    func api() async throws {
        try await withDemoApplication { client in
            var uris = [
                "/api/v2", "/api/v2/overview", "/api/v2/framework", "/api/v2/pillars", "/api/v2/core-group",
                "/api/v2/plan", "/api/v2/conferences", "/api/v2/funds", "/api/v2/lineage", "/api/v2/timeline",
                "/api/v2/timeline?lang=en", "/api/v2/head", "/api/v2/openapi.json", "/healthz", "/metrics",
                "/api/v2/advice", "/api/v2/tables", "/api/v2/tables/advice-open", "/api/v1/timeline", "/api/v1/report",
            ]
            for format in ["md", "html", "json", "csv"] {
                for language in ["nl", "en"] {
                    uris.append("/api/v2/report?format=\(format)&lang=\(language)")
                    uris.append("/api/v2/report?format=\(format)&lang=\(language)&as_of=2023-07-01")
                }
            }
            uris += stride(from: 1, through: Int(demoHead), by: 50).map { "/api/v2/events?from=\($0)&limit=50" }
            let lineage = try await client.view("/api/v2/lineage")
            uris += (lineage["inputs"]?.array ?? []).compactMap(\.["id"]?.string).map { "/api/v2/lineage/inputs/\($0)" }
            uris += (lineage["decisions"]?.array ?? []).compactMap(\.["id"]?.string).map {
                "/api/v2/lineage/decisions/\($0)"
            }
            let advice = try await client.view("/api/v2/advice")
            uris += (advice["advice"]?.array ?? []).compactMap(\.["id"]?.string).map { "/api/v2/advice/\($0)" }
            #expect(uris.contains("/api/v2/advice/AD14"))
            for uri in uris { try await expectNoPersonalData(client, uri) }
        }
    }

    @Test("every dashboard page in Dutch and English, now and as of the kick-off")
    func dashboard() async throws {
        try await withDemoApplication { client in
            for page in Dashboard.pages {
                for query in ["", "?lang=en", "?as_of=2023-06-07", "?lang=en&as_of=2023-06-07"] {
                    try await expectNoPersonalData(client, "/\(page.slug)\(query)")
                }
            }
        }
    }

    @Test("the events keep the sealed fields' subjects and empty their values")
    func sealedFieldsEmptied() async throws {
        try await withDemoApplication { client in
            let page = try await client.json("/api/v2/events?from=1&limit=1000")
            let events = page["events"]?.array ?? []
            let joined = try #require(events.first { $0["type"]?.string == "MemberJoined" })
            #expect(joined["payload"]?["name"]?["subject"]?.string != nil)
            #expect(joined["payload"]?["name"]?["sealed"] == .null)
            let bodyMember = try #require(events.first { $0["type"]?.string == "BodyMemberJoined" })
            #expect(bodyMember["payload"]?["name"]?["subject"]?.string != nil)
            #expect(bodyMember["payload"]?["name"]?["sealed"] == .null)
            let registration = try #require(events.first { $0["type"]?.string == "RegistrationReceived" })
            #expect(registration["payload"]?["contact"]?["sealed"] == .null)
        }
    }

    private func expectNoPersonalData(
        _ client: any TestClientProtocol, _ uri: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let response = try await client.get(uri)
        #expect(response.status == .ok, "GET \(uri)", sourceLocation: sourceLocation)
        let text = response.text
        let found = Self.personalData.filter { text.contains($0) }
        #expect(found.isEmpty, "GET \(uri) contains \(found)", sourceLocation: sourceLocation)
    }
}
