import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `?as_of=` and `?recorded_by=` serve an earlier state by either clock; a bad parameter is a 400
/// whose JSON error names it.
@Suite("query parameters")
struct QueryParameterTests {
    @Test(
        "as_of a date: what had happened by the end of that day, as the log knows it now — before B3 and before the plan was submitted"
    )
    func asOfDate() async throws {
        try await withDemoApplication { client in
            let envelope = try await client.json("/api/v2/core-group?as_of=2023-03-31")
            #expect(envelope["position"]?.int == Int(demoHead), "the whole log is read")
            #expect(envelope["asOf"]?.string == "2023-03-31")
            #expect(envelope["clocks"]?["basis"]?.string == "happened")
            #expect(envelope["clocks"]?["happenedBy"]?.string == "2023-03-31")
            #expect(envelope["clocks"]?["recordedThrough"]?.int == Int(demoHead))
            let decisions = envelope["data"]?["decisions"]?.array?.compactMap { $0["id"]?.string }
            #expect(decisions == ["B1"])

            let plan = try await client.json("/api/v2/plan?as_of=2023-03-31")
            #expect(plan["data"]?["versions"]?.array?.allSatisfy { $0["submitted"] == nil } == true)
            let overview = try await client.json("/api/v2/overview?as_of=2023-03-31")
            #expect(overview["data"]?["planAdopted"] == nil)
        }
    }

    @Test("recorded_by a date: the log as it stood at the end of that day; with an as_of date, both clocks")
    func recordedBy() async throws {
        try await withDemoApplication { client in
            let recorded = try await client.json("/api/v2/funds?recorded_by=2025-01-31")
            let position = try #require(recorded["position"]?.int)
            #expect(position < Int(demoHead))
            #expect(recorded["clocks"]?["basis"]?.string == "recorded")
            #expect(recorded["clocks"]?["happenedBy"] == nil)
            // The invoice of 18 November 2024 was recorded on 10 February 2025: as of 2024-12-31 the
            // log now knows it, as recorded by the end of January it did not.
            let now = try await client.json("/api/v2/funds?as_of=2024-12-31")
            let then = try await client.json("/api/v2/funds?as_of=2024-12-31&recorded_by=2025-01-31")
            #expect(then["position"]?.int == position)
            #expect(then["clocks"]?["basis"]?.string == "happened")
            let spentNow = try #require(now["data"]?["totals"]?["spent"]?.int)
            let spentThen = try #require(then["data"]?["totals"]?["spent"]?.int)
            #expect(spentNow - spentThen == 498_000, "\(spentNow) − \(spentThen)")
            let combined = try await client.get("/api/v2/funds?as_of=100&recorded_by=2025-01-31")
            #expect(combined.status == .badRequest)
        }
    }

    @Test("as_of a position serves exactly the state at that position; so does recorded_by")
    func asOfPosition() async throws {
        try await withDemoApplication { client in
            let byDate = try await client.get("/api/v2/core-group?recorded_by=2023-03-31")
            let position = try #require(try byDate.json()["position"]?.int)
            let byPosition = try await client.get("/api/v2/core-group?as_of=\(position)")
            #expect(byPosition.status == .ok)
            #expect(byPosition.text == byDate.text)
            #expect(try await client.get("/api/v2/core-group?recorded_by=\(position)").text == byDate.text)
            let first = try await client.json("/api/v2/overview?as_of=1")
            #expect(first["position"]?.int == 1)
            #expect(first["data"]?["decisionsInForce"]?.int == 0)
        }
    }

    @Test("as_of the head or a later date serves now")
    func asOfNow() async throws {
        try await withDemoApplication { client in
            for asOf in ["\(demoHead)", "2099-12-31"] {
                let envelope = try await client.json("/api/v2/overview?recorded_by=\(asOf)")
                #expect(envelope["position"]?.int == Int(demoHead), "\(asOf)")
            }
        }
    }

    @Test("an empty as_of, as the dashboard's form sends without a date, means now")
    func emptyAsOf() async throws {
        try await withDemoApplication { client in
            let envelope = try await client.json("/api/v2/overview?as_of=")
            #expect(envelope["position"]?.int == Int(demoHead))
            let page = try await client.get("/kader?as_of=&lang=en")
            #expect(page.status == .ok)
            #expect(page.headers[.eTag] == "\"\(demoHead)\"")
            #expect(!page.text.contains("as_of=&"))
            #expect(!page.text.contains("Back to now"))
        }
    }

    @Test(
        "a bad parameter is a 400 in problem details that names it and its rule",
        arguments: [
            ("/api/v2/overview?as_of=x", "as_of"), ("/api/v2/plan?as_of=2023-02-30", "as_of"),
            ("/api/v2/funds?as_of=0", "as_of"), ("/api/v2/funds?recorded_by=x", "recorded_by"),
            ("/api/v2/timeline?lang=fr", "lang"),
            ("/api/v2/report?lang=fr", "lang"), ("/api/v2/report?format=pdf", "format"),
            ("/api/v2/events?limit=0", "limit"), ("/api/v2/events?limit=1001", "limit"),
            ("/api/v2/events?from=0", "from"), ("/api/v2/events?from=x", "from"),
            ("/api/v2/lineage?from=B3", "from"), ("/api/v2/lineage?from=I", "from"),
            ("/api/v2/lineage?limit=0", "limit"), ("/api/v2/lineage?limit=1001", "limit"),
            ("/api/v2/tables/funds?dialect=excel", "dialect"),
            ("/api/v2/funds?as_of=100&recorded_by=2025-01-31", "as_of"),
        ])
    func badParameter(uri: String, parameter: String) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(uri)
            #expect(response.status == .badRequest)
            let problem = try response.problem()
            let detail = try #require(problem["detail"]?.string)
            #expect(detail.hasPrefix("\(parameter):"), "\(detail)")
            #expect(problem["instance"]?.string == String(uri.prefix { $0 != "?" }))
            let invalid = try #require(problem["invalidParams"]?.array)
            #expect(invalid.count == 1)
            #expect(invalid.first?["name"]?.string == parameter)
            let reason = try #require(invalid.first?["reason"]?.string)
            #expect(detail == "\(parameter): \(reason)")
        }
    }

    @Test(
        "a bad parameter on a dashboard page is a 400 page in the page's language that says what is right",
        arguments: [
            ("/?as_of=x", "as_of", "JJJJ-MM-DD"), ("/kader?as_of=31-12-2024", "as_of", "JJJJ-MM-DD"),
            ("/kader?as_of=31-12-2024&lang=en", "as_of", "YYYY-MM-DD"), ("/kader?lang=fr", "lang", "nl (Nederlands)"),
            ("/inbreng?from=x", "from", "I1, I2"), ("/middelen?recorded_by=gisteren", "recorded_by", "JJJJ-MM-DD"),
            ("/plan?as_of=99999&lang=en", "as_of", "beyond the log&#39;s head"),
        ])
    func badParameterOnPage(uri: String, parameter: String, rule: String) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(uri)
            let english = uri.contains("lang=en")
            let path = String(uri.prefix { $0 != "?" })
            #expect(response.status == .badRequest)
            #expect(response.mediaType == "text/html")
            let page = response.text
            #expect(page.contains("<html lang=\"\(english ? "en" : "nl")\">"))
            #expect(
                page.contains(
                    english ? "<h1>Something in this address is wrong</h1>" : "<h1>Er klopt iets niet in dit adres</h1>"
                ))
            #expect(page.contains("<code>\(parameter)</code>: "), "\(page)")
            #expect(page.contains(rule), "\(page)")
            // The way back: the page as it is now, in its language; the form to choose a date.
            #expect(page.contains("<a href=\"\(path)\(english ? "?lang=en" : "")\">"))
            #expect(page.contains("<input type=\"date\" id=\"as_of\" name=\"as_of\" value=\"\">"))
            let value = uri.split(separator: "\(parameter)=").last?.prefix { $0 != "&" } ?? ""
            #expect(!page.contains("\(parameter)=\(value)"), "no link carries the bad value")
            #expect(!page.contains("\"error\""), "no JSON")
        }
    }

    @Test("as_of a position beyond the head is a 400")
    func beyondHead() async throws {
        try await withDemoApplication { client in
            let response = try await client.get("/api/v2/overview?as_of=\(demoHead + 1)")
            #expect(response.status == .badRequest)
            let problem = try response.problem()
            #expect(problem["detail"]?.string?.contains("beyond the log's head") == true)
            #expect(problem["invalidParams"]?[0]?["name"]?.string == "as_of")
        }
    }
}
