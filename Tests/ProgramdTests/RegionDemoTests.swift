import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Reporting
import TestSupport
import Testing

@testable import programd

/// The other regions' demos, each recorded once for the suite.
let regionStores: [DemoStory: String] = {
    let directory = try! TemporaryDirectory()
    var stores: [DemoStory: String] = [:]
    for story in RegionDemoTests.stories {
        let path = directory.path("\(story.rawValue).sqlite")
        try! DemoProgramme.record(at: path, story: story)
        stores[story] = path
    }
    return stores
}()

/// programd serving another region's demo: every page, in Dutch, without personal data.
@Suite("programd on the other regions' demos")
struct RegionDemoTests {
    static let stories: [DemoStory] = [.overijssel, .lejo, .haaglanden]

    /// The script of `story`.
    static func script(_ story: DemoStory) -> String {
        let file = ["overijssel": "OverijsselScript", "lejo": "LejoScript", "haaglanden": "HaaglandenScript"]
        return try! String(
            contentsOf: packageRoot.appendingPathComponent(
                "Sources/Reporting/Demo/\(file[story.rawValue] ?? story.rawValue).swift"),
            encoding: .utf8)
    }

    /// The script's names (core group, body members, registrants), its e-mail domain and consent
    /// line, read from the script so that the list follows it.
    static func personalData(_ story: DemoStory) -> [String] {
        let script = script(story)
        let members = script.matches(of: /member\("([^"]+)"/).map { String($0.output.1) }
        let joined = script.matches(of: /\("O\d+", "([^"]+)"/).map { String($0.output.1) }
        let first = PrivacyTests.strings(in: script, array: "first")
        let last = PrivacyTests.strings(in: script, array: "last")
        let registrants = first.flatMap { first in last.map { "\(first) \($0)" } }
        return ["@example.nl", "ouder van "] + members + joined + registrants
    }

    static func withApplication(
        _ story: DemoStory, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = try await buildApplication(
            ServerConfiguration(path: regionStores[story]!, host: "127.0.0.1", port: 0), logger: Logger(label: "test"))
        try await app.application.test(.router, body)
    }

    @Test("the lists of personal data are read from the scripts")
    func listsAreComplete() {
        let expected: [DemoStory: [String]] = [
            .overijssel: ["Jesse Oude Wesselink", "Anouk Lansink", "Lars Kamphuis", "Hans Meulenbelt", "Femke Pots"],
            .lejo: ["Milan Haverkate", "Karin Mulder", "Thomas Nijenhuis", "Anna Scholten"],
            .haaglanden: ["Samira Bouzid", "Tessa Groen", "Sophie van Dam", "Freek van Leeuwen"],
        ]
        for (story, names) in expected {
            let list = Self.personalData(story)
            for name in names { #expect(list.contains(name), "\(story): \(name)") }
        }
    }

    @Test(
        "every dashboard page is served, Dutch by default, naming the region, with no personal data", arguments: stories
    )
    func pages(story: DemoStory) async throws {
        let personalData = Self.personalData(story)
        try await Self.withApplication(story) { client in
            for page in Dashboard.pages {
                for query in ["", "?lang=en"] {
                    let uri = "/\(page.slug)\(query)"
                    let response = try await client.get(uri)
                    #expect(response.status == .ok, "\(story): \(uri)")
                    let html = response.text
                    #expect(html.contains("<html lang=\"\(query.isEmpty ? "nl" : "en")\">"), "\(story): \(uri)")
                    let found = personalData.filter { html.contains($0) }
                    #expect(found.isEmpty, "\(story): GET \(uri) contains \(found)")
                }
            }
            let overview = try await client.get("/")
            #expect(overview.text.contains(story == .haaglanden ? "Haaglanden" : "Overijssel"), "\(story)")
        }
    }

    @Test("no API response holds personal data", arguments: stories)
    func api(story: DemoStory) async throws {
        let personalData = Self.personalData(story)
        try await Self.withApplication(story) { client in
            var uris = [
                "/api/v2", "/api/v2/overview", "/api/v2/framework", "/api/v2/pillars", "/api/v2/core-group",
                "/api/v2/plan", "/api/v2/conferences", "/api/v2/funds", "/api/v2/lineage", "/api/v2/timeline",
                "/api/v2/head", "/api/v2/events?from=1&limit=1000", "/metrics",
            ]
            for format in ["md", "html", "json", "csv"] {
                uris.append("/api/v2/report?format=\(format)")
            }
            let lineage = try await client.json("/api/v2/lineage")
            uris += (lineage["data"]?["inputs"]?.array ?? []).compactMap(\.["id"]?.string).map {
                "/api/v2/lineage/inputs/\($0)"
            }
            for uri in uris {
                let response = try await client.get(uri)
                #expect(response.status == .ok, "\(story): GET \(uri)")
                let found = personalData.filter { response.text.contains($0) }
                #expect(found.isEmpty, "\(story): GET \(uri) contains \(found)")
            }
        }
    }
}
