import Foundation
import Hummingbird
import HummingbirdTesting
import Projections
import Testing

@testable import programd

/// The dashboard: every page in Dutch and English, accessible, without scripts.
@Suite("the dashboard")
struct DashboardTests {
    static let languages = ["nl", "en"]

    @Test("every page is an accessible HTML page in the requested language", arguments: languages)
    func pages(language: String) async throws {
        try await withDemoApplication { client in
            for page in Dashboard.pages {
                let uri = "/\(page.slug)" + (language == "en" ? "?lang=en" : "")
                let response = try await client.get(uri)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                let html = response.text
                #expect(html.hasPrefix("<!DOCTYPE html>"), "\(uri)")
                #expect(html.contains("<html lang=\"\(language)\">"), "\(uri)")
                #expect(html.contains("<nav"), "\(uri)")
                #expect(html.contains("<h1>\(page.title(Words(language == "en" ? .english : .dutch)))</h1>"), "\(uri)")
                #expect(!html.contains("<script"), "\(uri)")
                #expect(html.contains("<label for=\"as_of\">"), "\(uri)")
                #expect(html.contains("id=\"as_of\" name=\"as_of\""), "\(uri)")
                #expect(Self.headerCellsWithoutScope(html).isEmpty, "\(uri): \(Self.headerCellsWithoutScope(html))")
                #expect(Self.chartsWithoutTitle(html).isEmpty, "\(uri): \(Self.chartsWithoutTitle(html))")
            }
        }
    }

    @Test("the pages with figures have tables and charts", arguments: languages)
    func tablesAndCharts(language: String) async throws {
        try await withDemoApplication { client in
            for slug in ["kader", "pijlers", "middelen"] {
                let html = try await client.get("/\(slug)?lang=\(language)").text
                #expect(html.contains("<th scope="), "\(slug)")
                #expect(html.contains("<svg"), "\(slug)")
                #expect(html.contains("role=\"img\""), "\(slug)")
            }
            for slug in ["", "inbreng", "kerngroep", "advies", "plan", "conferenties", "tijdlijn"] {
                let html = try await client.get("/\(slug)?lang=\(language)").text
                #expect(html.contains("<th scope="), "/\(slug)")
            }
        }
    }

    @Test(
        "the advice page: per body and year the figures, what is open or overdue, what became of each advice; none before the first body"
    )
    func advice() async throws {
        try await withDemoApplication { client in
            let html = try await client.get("/advies").text
            for text in [
                "<h1>Advies</h1>", "Jongerenraad Jeugdhulp Zuid-Limburg", "Ouderpanel Jeugdhulp Zuid-Limburg",
                "Mediaan dagen tot reactie", "AD12 Wachttijden zichtbaar maken", "reactie te laat", "wacht op reactie",
                "AD14 Inkoop jeugdhulp vanaf 2027", "gemeente Heerlen", "Reden: Het cliëntsysteem kan nog geen",
                "Reactie van het orgaan (10 februari 2025): Het ouderpanel betreurt", "bindend, uitgevoerd",
                "B6 Jaarlijkse jongerentop",
            ] {
                #expect(html.contains(text), "\(text)")
            }
            #expect(!html.contains("GM0917"))
            let english = try await client.get("/advies?lang=en").text
            #expect(english.contains("response overdue") && english.contains("binding, carried out"))
            let before = try await client.get("/advies?as_of=2023-12-31").text
            #expect(before.contains("Er zijn nog geen adviesorganen of adviezen vastgelegd."))
            #expect(!before.contains("Jongerenraad Jeugdhulp"))
            let overview = try await client.get("/").text
            #expect(overview.contains("adviezen van jongeren en ouders, &lt;5 nog open"))
            #expect(!(try await client.get("/?as_of=2023-12-31").text).contains("adviezen van jongeren"))
        }
    }

    @Test("the navigation links every page, keeps the language and marks the current page")
    func navigation() async throws {
        try await withDemoApplication { client in
            let html = try await client.get("/plan?lang=en").text
            for page in Dashboard.pages { #expect(html.contains("href=\"/\(page.slug)?lang=en\""), "\(page.slug)") }
            #expect(html.contains("<a href=\"/plan?lang=en\" aria-current=\"page\">"))
            #expect(html.contains("href=\"/plan\" lang=\"nl\""))
        }
    }

    @Test("as_of shows the earlier state and keeps it in the links")
    func asOf() async throws {
        try await withDemoApplication { client in
            let html = try await client.get("/kerngroep?as_of=2023-03-31").text
            #expect(html.contains("value=\"2023-03-31\""))
            #expect(html.contains("href=\"/plan?as_of=2023-03-31\""))
            #expect(!html.contains("Regionale jongerenraad jeugdhulp"))
            let now = try await client.get("/kerngroep").text
            #expect(now.contains("Regionale jongerenraad jeugdhulp"))
        }
    }

    @Test("every page says which clocks it used")
    func clocks() async throws {
        try await withDemoApplication { client in
            let june = try await client.get("/?as_of=2023-06-30").text
            #expect(
                june.contains(
                    "Stand per 30 juni 2023: wat er tot en met die dag gebeurd was, zoals vastgelegd in het logboek tot en met positie \(demoHead) (20 april 2026)."
                ), "\(june)")
            let english = try await client.get("/kader?as_of=2023-06-30&lang=en").text
            #expect(english.contains("As of 30 June 2023: what had happened by the end of that day"))
            let now = try await client.get("/").text
            #expect(
                now.contains(
                    "Stand per 20 april 2026: alles zoals vastgelegd in het logboek tot en met positie \(demoHead)"))
            let recorded = try await client.get("/middelen?as_of=2024-12-31&recorded_by=2025-01-31").text
            #expect(recorded.contains("<input type=\"hidden\" name=\"recorded_by\" value=\"2025-01-31\">"))
            #expect(recorded.contains("href=\"/plan?as_of=2024-12-31&amp;recorded_by=2025-01-31\""))
        }
    }

    @Test("the overview shows the plan adopted by 15 of 16")
    func overview() async throws {
        try await withDemoApplication { client in
            let dutch = try await client.get("/").text
            let english = try await client.get("/?lang=en").text
            #expect(dutch.contains("15 van 16"))
            #expect(english.contains("15 of 16"))
        }
    }

    @Test("the report page links the report in every format")
    func reportLinks() async throws {
        try await withDemoApplication { client in
            let html = try await client.get("/rapportage?lang=en&as_of=2024-12-31").text
            for format in ["md", "html", "json", "csv"] {
                #expect(html.contains("href=\"/api/v2/report?format=\(format)&amp;lang=en&amp;as_of=2024-12-31\""))
            }
        }
    }

    @Test("the footer follows the log's verification, also on a page shown before it finished")
    func verificationStatus() async throws {
        let (router, live) = try await demoRouter()
        try await Application(router: router).test(.router) { client in
            #expect(try await client.get("/kader").text.contains("logboek wordt geverifieerd"))
            live.record(.verified)
            let verified = try await client.get("/kader").text
            #expect(verified.contains("logboek geverifieerd"))
            #expect(!verified.contains("logboek wordt geverifieerd"))
        }
    }

    /// The `<th>` cells without a `scope`.
    static func headerCellsWithoutScope(_ html: String) -> [String] {
        html.matches(of: /<th[\s>][^>]*>?/).map { String($0.output) }.filter { !$0.contains("scope=") }
    }

    /// The `<svg>` elements without `role="img"` or without a `<title>` as their first child.
    static func chartsWithoutTitle(_ html: String) -> [String] {
        html.matches(of: /<svg[^>]*>\s*(<title[^>]*>)?/).compactMap { match in
            let tag = String(match.output.0)
            return tag.contains("role=\"img\"") && match.output.1 != nil ? nil : tag
        }
    }

    @Test(
        "the timeline shows one year, the latest by default, with links to every year; a bad year is a page that says so"
    )
    func timelineByYear() async throws {
        try await withDemoApplication { client in
            let latest = try await client.get("/tijdlijn").text
            #expect(latest.contains("Wat er in 2026 in het programma gebeurde, oudste eerst"))
            #expect(latest.contains("<th scope=\"row\">13 april 2026</th>"))
            #expect(!latest.contains("<th scope=\"row\">7 juni 2023</th>"))
            for year in 2022...2026 { #expect(latest.contains(">\(year)</a></li>"), "\(year)") }
            #expect(latest.contains(#"href="/tijdlijn?year=2026" aria-current="page""#))

            let year2023 = try await client.get("/tijdlijn?year=2023&lang=en").text
            #expect(year2023.contains("What happened in the programme in 2023, oldest first"))
            #expect(year2023.contains("<th scope=\"row\">7 June 2023</th>"))
            #expect(!year2023.contains("<th scope=\"row\">13 April 2026</th>"))
            #expect(year2023.contains(#"href="/tijdlijn?lang=en&amp;year=2024""#))

            #expect(try await client.get("/tijdlijn?year=2030").text.contains("In 2030 is niets gebeurd"))
            let bad = try await client.get("/tijdlijn?year=twee")
            #expect(bad.status == .badRequest)
            #expect(bad.headers[.contentType] == "text/html; charset=utf-8")
            #expect(bad.text.contains("<code>year</code>"))
        }
    }
}
