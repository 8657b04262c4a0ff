import Foundation
import Hummingbird
import HummingbirdTesting
import ProgramStore
import Projections
import Testing

@testable import programd

/// Every API endpoint on the demo programme: 200, JSON, the envelope at the store's head, and
/// the story's figures.
@Suite("the API on the demo programme")
struct APIEndpointTests {
    @Test("the index lists the OpenAPI document and every resource")
    func index() async throws {
        try await withDemoApplication { client in
            let index = try await client.json("/api/v2")
            #expect(index["openapi"]?.string == "/api/v2/openapi.json")
            let resources = Set(index["resources"]?.array?.compactMap(\.string) ?? [])
            #expect(
                resources.isSuperset(of: ["/api/v2/overview", "/api/v2/report", "/api/v2/events", "/api/v2/stream"]))
            #expect(index["parameters"]?["as_of"] != nil)
        }
    }

    @Test("every read model comes in the envelope at the store's head")
    func envelopes() async throws {
        try await withDemoApplication { client in
            for name in ["overview", "framework", "pillars", "core-group", "plan", "conferences", "funds", "lineage"] {
                let envelope = try await client.json("/api/v2/\(name)")
                #expect(envelope["position"]?.int == Int(demoHead), "\(name)")
                #expect(envelope["headHash"]?.string?.count == 64, "\(name)")
                #expect(envelope["asOf"]?.string == "2026-04-20", "\(name)")
                #expect(envelope["data"]?.fields != nil, "\(name)")
            }
        }
    }

    @Test("the overview: the plan adopted by 15 of 16, four goals, about 200 registrations")
    func overview() async throws {
        try await withDemoApplication { client in
            let overview = try await client.view("/api/v2/overview")
            #expect(overview["planAdopted"]?.int == 15)
            #expect(overview["planMunicipalities"]?.int == 16)
            #expect(overview["goals"]?.fields?.values.compactMap(\.int).reduce(0, +) == 4)
            #expect(overview["awarded"]?.int == 4_800_000)
            let registrations = try #require(overview["conferenceRegistrations"]?["count"]?.int)
            #expect((190...230).contains(registrations))
            #expect(overview["conferenceRegistrations"]?["suppression"] == .null)
        }
    }

    @Test("the framework: four goals, each tracked 2024 to 2028")
    func framework() async throws {
        try await withDemoApplication { client in
            let framework = try await client.view("/api/v2/framework")
            #expect(framework["firstYear"]?.int == 2024)
            #expect(framework["lastYear"]?.int == 2028)
            let goals = try #require(framework["goals"]?.array)
            #expect(goals.compactMap { $0["id"]?.string } == ["D1", "D2", "D3", "D4"])
            #expect(goals.allSatisfy { $0["years"]?.array?.count == 5 })
        }
    }

    @Test("the pillars: three, with input under each")
    func pillars() async throws {
        try await withDemoApplication { client in
            let pillars = try #require(try await client.view("/api/v2/pillars")["pillars"]?.array)
            #expect(pillars.compactMap { $0["number"]?.int } == [1, 2, 3])
            #expect(pillars.allSatisfy { ($0["inputs"]?["count"]?.int ?? 0) >= 5 })
        }
    }

    @Test("the core group: seven decisions, B2 revoked and B5 amended, no names")
    func coreGroup() async throws {
        try await withDemoApplication { client in
            let coreGroup = try await client.view("/api/v2/core-group")
            let decisions = try #require(coreGroup["decisions"]?.array)
            #expect(decisions.compactMap { $0["id"]?.string } == ["B1", "B2", "B3", "B4", "B5", "B6", "B7"])
            #expect(decisions[1]["status"]?.string == "revoked")
            #expect(decisions[4]["status"]?.string == "amended")
            #expect(coreGroup["activeMembers"] == .object(["count": .integer(7), "suppression": .null]))
        }
    }

    @Test("the plan: version 1 adopted by 15 of the 16 municipalities, one pending")
    func plan() async throws {
        try await withDemoApplication { client in
            let versions = try #require(try await client.view("/api/v2/plan")["versions"]?.array)
            let first = try #require(versions.first)
            #expect(first["submitted"]?.string == "2023-05-01")
            #expect(first["adopted"]?.int == 15)
            #expect(first["municipalities"]?.int == 16)
            #expect(first["pending"]?.int == 1)
            #expect(first["decisions"]?.array?.count == 16)
        }
    }

    @Test("the conferences: the kick-off of 7 June 2023 at Flexiforum Kerkrade with about 200 registrations")
    func conferences() async throws {
        try await withDemoApplication { client in
            let conferences = try #require(try await client.view("/api/v2/conferences")["conferences"]?.array)
            #expect(conferences.count == 1)
            let kickOff = try #require(conferences.first)
            #expect(kickOff["date"]?.string == "2023-06-07")
            #expect(kickOff["venue"]?.string?.contains("Flexiforum") == true)
            #expect(kickOff["venue"]?.string?.contains("Kerkrade") == true)
            #expect(kickOff["capacity"]?.int == 200)
            let registrations = try #require(kickOff["registrations"]?["count"]?.int)
            #expect((190...230).contains(registrations))
            #expect((kickOff["byStatus"]?["checked-in"]?["count"]?.int ?? 0) > 150)
        }
    }

    @Test("the funds: the innovation budget awarded, spent per pillar and settled")
    func funds() async throws {
        try await withDemoApplication { client in
            let funds = try await client.view("/api/v2/funds")
            let subsidy = try #require(funds["subsidies"]?[0])
            #expect(subsidy["awarded"]?.int == 4_800_000)
            #expect(subsidy["settledAmount"]?.int == 4_673_000)
            #expect(subsidy["settled"]?.string == "2025-12-01")
            #expect(funds["totals"]?["spentPerPillar"]?.fields?.keys.sorted() == ["1", "2", "3"])
        }
    }

    @Test("the lineage: every input and every decision with its inputs")
    func lineage() async throws {
        try await withDemoApplication { client in
            let lineage = try await client.view("/api/v2/lineage")
            #expect((lineage["inputs"]?.array?.count ?? 0) > 100)
            #expect(lineage["decisions"]?.array?.count == 7)
        }
    }

    @Test("each input's summary, which the projection leaves in the log, is the one its InputCollected holds")
    func lineageSummaries() async throws {
        let recorded = Dictionary(
            uniqueKeysWithValues: try ProgrammeStore(path: demoStore, mode: .readOnly).events(from: 1, limit: 100_000)
                .compactMap { event -> (String, String)? in
                    guard case .inputCollected(let input) = event.event else { return nil }
                    return (input.input.rawValue, input.summary)
                })
        try await withDemoApplication { client in
            let inputs = try await client.view("/api/v2/lineage")["inputs"]?.array ?? []
            #expect(inputs.count == recorded.count)
            for input in inputs {
                let id = input["id"]?.string ?? ""
                #expect(input["summary"]?.string == recorded[id], "\(id)")
            }
            #expect(try await client.view("/api/v2/lineage/inputs/I21")["summary"]?.string == recorded["I21"])
            let briefs = try await client.view("/api/v2/lineage/decisions/B3")["inputs"]?.array ?? []
            #expect(!briefs.isEmpty)
            for brief in briefs {
                let id = brief["id"]?.string ?? ""
                #expect(brief["summary"]?.string == recorded[id], "\(id)")
            }
            let page = try await client.get("/inbreng?from=I50")
            #expect(page.text.contains(HTML.escape(recorded["I50"] ?? "-")))
        }
    }

    @Test("the lineage in pages: from one input on, at most limit of them, next naming where the next page starts")
    func lineagePages() async throws {
        try await withDemoApplication { client in
            let all = try await client.view("/api/v2/lineage")
            let everyInput = all["inputs"]?.array?.compactMap { $0["id"]?.string } ?? []
            #expect(all["next"] == nil)
            var paged: [String] = []
            var next: String? = "i1"
            while let from = next {
                let page = try await client.view("/api/v2/lineage?from=\(from)&limit=25")
                let ids = page["inputs"]?.array?.compactMap { $0["id"]?.string } ?? []
                #expect(ids.count <= 25)
                #expect(page["decisions"]?.array?.count == 7)
                paged += ids
                next = page["next"]?.string
                #expect(next == nil || ids.count == 25)
            }
            #expect(paged == everyInput)
            #expect(everyInput.count > 100)
            #expect(everyInput.prefix(3) == ["I1", "I2", "I3"])
        }
    }

    @Test("the lineage page shows 25 inputs from the one asked for, with links to the pages before and after it")
    func lineageDashboardPages() async throws {
        try await withDemoApplication { client in
            let everyInput =
                try await client.view("/api/v2/lineage")["inputs"]?.array?.compactMap { $0["id"]?.string } ?? []
            let page = try await client.get("/inbreng?from=I50&lang=en")
            #expect(page.status == .ok)
            #expect(page.text.contains(">I50<") && page.text.contains(">I74<"))
            #expect(!page.text.contains(">I49<") && !page.text.contains(">I75<"))
            #expect(page.text.contains("Inputs 50–74 of \(everyInput.count)"))
            #expect(page.text.contains(#"href="/inbreng?lang=en&amp;from=I25" rel="prev""#))
            #expect(page.text.contains(#"href="/inbreng?lang=en&amp;from=I75" rel="next""#))
            // The decisions are on the first page only, and a later page links to them.
            #expect(!page.text.contains("Per decision"))
            #expect(page.text.contains(#"href="/inbreng?lang=en#decisions""#))

            // Following the next links from the first page shows every input once, in order.
            var shown: [String] = []
            var address: String? = "/inbreng"
            var pages = 0
            while let current = address {
                let text = try await client.get(current).text
                pages += 1
                let ids = everyInput.filter { text.contains("<td>\($0)</td>") || text.contains(">\($0)<") }
                #expect(ids.count <= 25, "\(current)")
                shown += ids
                #expect(text.contains("Per besluit") == (pages == 1), "\(current)")
                #expect(text.contains("Per advies") == (pages == 1), "\(current)")
                address = text.firstMatch(of: /href="([^"]+)" rel="next"/).map {
                    String($0.1).replacingOccurrences(of: "&amp;", with: "&")
                }
            }
            #expect(shown == everyInput)
            #expect(pages == (everyInput.count + 24) / 25)
        }
    }

    @Test("one input's lineage, by id in any case")
    func inputLineage() async throws {
        try await withDemoApplication { client in
            let input = try await client.view("/api/v2/lineage/inputs/i21")
            #expect(input["id"]?.string == "I21")
            #expect(input["uses"]?.array?.contains { $0["id"]?.string == "B3" } == true)
        }
    }

    @Test("one decision's lineage lists the inputs that informed it")
    func decisionLineage() async throws {
        try await withDemoApplication { client in
            let decision = try await client.view("/api/v2/lineage/decisions/B3")
            #expect(decision["title"]?.string == "Regionale jongerenraad jeugdhulp")
            let inputs = decision["inputs"]?.array?.compactMap { $0["id"]?.string } ?? []
            #expect(inputs.contains("I21") && inputs.contains("I25") && inputs.contains("I30"))
        }
    }

    @Test("the lineage follows every advice, and a decision names the advice it answered")
    func adviceLineage() async throws {
        try await withDemoApplication { client in
            // Every advice, on every page of the lineage, as the advice resource gives it.
            let advice = try await client.view("/api/v2/advice")["advice"]
            #expect((advice?.array?.count ?? 0) > 5)
            #expect(try await client.view("/api/v2/lineage?limit=1")["advice"] == advice)
            #expect(try await client.view("/api/v2/lineage?from=I50&limit=1")["advice"] == advice)
            // AD6 was answered in decision B6, and only there.
            let decisions = try await client.view("/api/v2/lineage?limit=1")["decisions"]?.array ?? []
            let answering = decisions.filter { ($0["advice"]?.array ?? []).contains { $0["id"]?.string == "AD6" } }
            #expect(answering.compactMap { $0["id"]?.string } == ["B6"])
            let brief = try await client.view("/api/v2/lineage/decisions/B6")["advice"]?.array?.first
            #expect(brief?["id"]?.string == "AD6" && brief?["outcome"]?.string == "adopted")
            #expect(brief?["body"]?.string == "Jongerenraad Jeugdhulp Zuid-Limburg")
            // The page: the course of each advice, and the advice behind B6.
            let page = try await client.get("/inbreng").text
            #expect(page.contains("Per advies") && page.contains("1 advies"))
            #expect(
                page.contains(
                    "AD6 Jongerenraad Jeugdhulp Zuid-Limburg: Opzet van de jaarlijkse jongerentop (overgenomen)"))
            #expect(page.contains("Jongerenraad Jeugdhulp Zuid-Limburg adviseerde op 8 april 2024"))
        }
    }

    @Test("an unknown input or decision is a 404 in problem details")
    func unknownLineage() async throws {
        try await withDemoApplication { client in
            for uri in ["/api/v2/lineage/inputs/I9999", "/api/v2/lineage/decisions/B99"] {
                let response = try await client.get(uri)
                #expect(response.status == .notFound, "\(uri)")
                let problem = try response.problem()
                #expect(problem["detail"]?.string?.contains("there is no") == true, "\(uri)")
                #expect(problem["instance"]?.string == uri, "\(uri)")
            }
        }
    }

    @Test("the timeline in Dutch by default and in English on request")
    func timeline() async throws {
        try await withDemoApplication { client in
            let dutch = try await client.view("/api/v2/timeline")["entries"]?.array ?? []
            let english = try await client.view("/api/v2/timeline?lang=en")["entries"]?.array ?? []
            #expect(!dutch.isEmpty)
            #expect(dutch.count == english.count)
            let dutchTexts = dutch.compactMap { $0["text"]?.string }
            let englishTexts = english.compactMap { $0["text"]?.string }
            #expect(dutchTexts.contains { $0.contains("K2 verliet de kerngroep") })
            #expect(englishTexts.contains { $0.contains("K2 left the core group") })
            #expect(dutch.compactMap { $0["date"]?.string } == english.compactMap { $0["date"]?.string })
        }
    }

    @Test("the report as JSON by default, in the requested language")
    func reportJSON() async throws {
        try await withDemoApplication { client in
            let dutch = try await client.json("/api/v2/report")
            #expect(dutch["position"]?.int == Int(demoHead))
            #expect(dutch["language"]?.string == "nl")
            #expect(dutch["previous"]?["report"]?.string == "R2")
            // As of 2025: R1 was the report before, and one fact about its period was recorded after it.
            let year = try await client.json("/api/v2/report?as_of=2025-12-31")
            #expect(year["previous"]?["report"]?.string == "R1")
            #expect(year["corrections"]?["facts"]?.int == 1)
            #expect(year["corrections"]?["entries"]?.array?.first?["date"]?.string == "2024-11-18")
            let english = try await client.json("/api/v2/report?lang=en&format=json")
            #expect(english["language"]?.string == "en")
        }
    }

    @Test(
        "the report in Markdown, HTML and CSV, each with its media type",
        arguments: [
            ("md", "text/markdown"), ("html", "text/html"), ("csv", "text/csv"),
        ])
    func reportFormats(format: String, mediaType: String) async throws {
        try await withDemoApplication { client in
            for language in ["nl", "en"] {
                let response = try await client.get("/api/v2/report?format=\(format)&lang=\(language)")
                #expect(response.status == .ok)
                #expect(response.mediaType == mediaType)
                #expect(response.headers[.eTag] == "\"\(demoHead)\"")
                #expect(response.text.contains("Zuid-Limburg"))
            }
        }
    }

    @Test("the head: served and stored at the same position, no lag")
    func head() async throws {
        try await withDemoApplication { client in
            let head = try await client.json("/api/v2/head")
            #expect(head["position"]?.int == Int(demoHead))
            #expect(head["storePosition"]?.int == Int(demoHead))
            #expect(head["lag"]?.int == 0)
            #expect(["verifying", "verified"].contains(head["verification"]?.string ?? ""))
            #expect(head["failure"] == nil)
        }
    }

    @Test("the events page by page, with a link to the next until the end")
    func events() async throws {
        try await withDemoApplication { client in
            let first = try await client.json("/api/v2/events")
            #expect(first["events"]?.array?.count == 100)
            #expect(first["events"]?[0]?["position"]?.int == 1)
            #expect(first["next"]?.int == 101)
            var next = 1
            var seen = 0
            while true {
                let page = try await client.json("/api/v2/events?from=\(next)&limit=1000")
                let events = page["events"]?.array ?? []
                #expect(events.first?["position"]?.int == next)
                seen += events.count
                guard let following = page["next"]?.int else { break }
                next = following
            }
            #expect(seen == Int(demoHead))
            let beyond = try await client.json("/api/v2/events?from=\(demoHead + 1)")
            #expect(beyond["events"]?.array?.isEmpty == true)
            #expect(beyond["next"] == nil)
        }
    }

    @Test("the OpenAPI document served is docs/openapi.json, byte for byte")
    func openAPIDocument() async throws {
        let expected = try Data(contentsOf: openAPIDocumentURL)
        try await withDemoApplication { client in
            let response = try await client.get("/api/v2/openapi.json")
            #expect(response.status == .ok)
            #expect(response.mediaType == "application/json")
            #expect(Data(response.body.readableBytesView) == expected)
        }
    }
}
