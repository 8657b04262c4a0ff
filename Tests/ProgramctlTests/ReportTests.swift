import EventStore
import Foundation
import TestSupport
import Testing

/// Progress reports (voortgangsrapportage): rendered from the log by real `programctl` processes,
/// the same bytes for the same position, published and reproduced.
@Suite("programctl: progress reports")
struct ReportTests {
    static let formats = ["md", "html", "json", "csv"]

    @Test("report progress renders every format in Dutch (the default) and English")
    func everyFormatAndLanguage() async throws {
        try await AuditDesk.withDemo { desk in
            for format in Self.formats {
                for lang in [nil, "nl", "en"] {
                    let arguments = ["report", "progress", "--format", format] + (lang.map { ["--lang", $0] } ?? [])
                    let result = try await desk.runOnStore(arguments)
                    #expect(result.status == 0, "\(arguments): \(result.stderr)")
                    #expect(!result.stdout.isEmpty, "\(arguments) printed nothing")
                    #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
                }
            }
            let dutch = try await desk.succeed(["report", "progress"])
            for phrase in ["Voortgangsrapportage", "Beleidskader", "Stand per"] {
                #expect(dutch.contains(phrase), "the Dutch report lacks '\(phrase)'")
            }
            #expect(try await desk.succeed(["report", "progress", "--lang", "nl", "--format", "md"]) == dutch)
            let english = try await desk.succeed(["report", "progress", "--lang", "en"])
            #expect(english.hasPrefix("# Progress report"), "\(english.prefix(200))")
            #expect(!english.contains("Voortgangsrapportage"))
        }
    }

    @Test("json: the report's sections and what it was built from")
    func json() async throws {
        try await AuditDesk.withDemo { desk in
            let output = try await desk.succeed(["report", "progress", "--format", "json"])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            for key in [
                "position", "headHash", "framework", "pillars", "coreGroup", "plan", "conferences", "funds", "timeline",
            ] {
                #expect(report[key] != nil, "the JSON report has no \(key)")
            }
            #expect(report["position"] as? Int == Int(AuditDesk.demoEvents))
            #expect(report["language"] as? String == "nl")
            #expect(report["asOf"] as? String == "2026-04-20")
            let english = try await desk.succeed(["report", "progress", "--format", "json", "--lang", "en"])
            let parsed = try JSONSerialization.jsonObject(with: Data(english.utf8)) as? [String: Any]
            #expect(parsed?["language"] as? String == "en")
        }
    }

    @Test("csv: RFC 4180, one figure per line — table, row, column, value, suppressed — numbers as numbers")
    func csv() async throws {
        try await AuditDesk.withDemo { desk in
            for lang in ["nl", "en"] {
                let output = try await desk.succeed(["report", "progress", "--format", "csv", "--lang", lang])
                #expect(output.hasSuffix("\r\n"))
                let records = try #require(parseRFC4180(output), "not RFC 4180 CSV")
                #expect(records.first == ["table", "row", "column", "value", "suppressed"])
                #expect(records.dropFirst().first == ["report", "position", "", "\(AuditDesk.demoEvents)", ""])
                #expect(records.count > 100)
                #expect(records.allSatisfy { $0.count == 5 && !$0[0].isEmpty }, "a line without its five fields")
                let sections = Set(records.dropFirst().map { $0[0] })
                for section in [
                    "changes", "framework-d1", "pillars", "core-group", "decisions", "plan-1", "funds", "timeline",
                ] {
                    #expect(sections.contains(section), "no rows of table \(section): \(sections.sorted())")
                }
                // Amounts are numbers in euros with a decimal point; a hidden count has no value, only its mark.
                let awarded = records.first { $0[0] == "funds" && $0[2] == (lang == "nl" ? "Toegekend" : "Awarded") }
                #expect(awarded?[3] == "48000.00", "\(String(describing: awarded))")
                #expect(
                    records.dropFirst().allSatisfy { $0[4].isEmpty || ($0[3].isEmpty && ["<5", "x"].contains($0[4])) })
                #expect(records.contains { $0[4] == "<5" })
                #expect(!records.contains { $0[3] == "<5" || $0[3] == "–" })
                // Cells with commas are quoted (a conference title or venue has one).
                #expect(records.contains { $0.contains { $0.contains(",") } })
            }
        }
    }

    @Test("html: one self-contained printable file with accessible SVG charts and nothing fetched")
    func html() async throws {
        try await AuditDesk.withDemo { desk in
            for lang in ["nl", "en"] {
                let html = try await desk.succeed(["report", "progress", "--format", "html", "--lang", lang])
                #expect(html.hasPrefix("<!DOCTYPE html>"))
                #expect(html.contains("<html lang=\"\(lang)\">"))
                #expect(html.contains("<style>"))
                #expect(html.contains("@media print"))
                let charts = html.components(separatedBy: "<svg").dropFirst()
                #expect(charts.count >= 3, "\(charts.count) charts")
                for chart in charts {
                    let element = chart.prefix { $0 != ">" }
                    #expect(element.contains("role=\"img\""), "\(element)")
                    #expect(chart.contains("<title"), "a chart without a title")
                }
                #expect(!html.lowercased().contains("<script"))
                #expect(!html.contains("src="))
                #expect(!html.contains("href=\"http"))
                #expect(!html.contains("<link"))
                #expect(!html.contains("url("))
                #expect(html.contains("</html>"))
            }
        }
    }

    @Test("the same position gives byte-identical reports, in every format, also after more was recorded")
    func byteIdentical() async throws {
        try await AuditDesk.withDemo { desk in
            let position = "\(AuditDesk.demoReportPosition)"
            func render(_ format: String, _ moment: [String], lang: String = "nl") async throws -> Data {
                let file = desk.path("report-\(UUID().uuidString).\(format)")
                try await desk.succeed(["report", "progress", "--format", format, "--lang", lang, "-o", file] + moment)
                return try desk.contents(file)
            }
            var first: [String: Data] = [:]
            for format in Self.formats {
                for lang in ["nl", "en"] {
                    let rendered = try await render(format, ["--at", position], lang: lang)
                    #expect(!rendered.isEmpty)
                    #expect(try await render(format, ["--at", position], lang: lang) == rendered, "\(format) \(lang)")
                    first["\(format) \(lang)"] = rendered
                }
                // --recorded-by a date is the last position recorded by the end of that day: 698 is
                // the last event recorded in 2024 (advice of 9 December), the next one is of 20 January 2025.
                #expect(
                    try await render(format, ["--recorded-by", "2024-12-31"]) == first["\(format) nl"], "\(format)")
                #expect(
                    try await render(format, ["--recorded-by", "2024-12-09"]) == first["\(format) nl"], "\(format)")
                #expect(
                    try await render(format, ["--recorded-by", "2024-12-08"]) != first["\(format) nl"], "\(format)")
            }
            // Standard output and -o give the same bytes.
            let printed = try await desk.succeed(["report", "progress", "--format", "html", "--at", position])
            #expect(Data(printed.utf8) == first["html nl"])

            try await desk.addInput()
            try await desk.succeed(
                GovernanceScenario.decision(on: ParticipationProgramme.today.iso, present: "K1,K3,K4,K5", for: 4))
            #expect(try desk.head().position == AuditDesk.demoEvents + 2)
            for format in Self.formats {
                for lang in ["nl", "en"] {
                    #expect(
                        try await render(format, ["--at", position], lang: lang) == first["\(format) \(lang)"],
                        "\(format) \(lang) changed after more events were recorded")
                }
            }
        }
    }

    @Test("a report states the log position and chain hash it was built from")
    func statesItsSource() async throws {
        try await AuditDesk.withDemo { desk in
            for position in [AuditDesk.demoReportPosition, 100, AuditDesk.demoEvents] {
                let chainHash = try await desk.chainHash(at: position)
                let dutch = try await desk.succeed(["report", "progress", "--at", "\(position)"])
                #expect(dutch.contains("alles zoals vastgelegd in het logboek tot en met positie \(position) ("))
                #expect(
                    dutch.contains("Kettinghash van het logboek bij die positie: \(chainHash)."), "\(dutch.prefix(400))"
                )
                let english = try await desk.succeed(["report", "progress", "--at", "\(position)", "--lang", "en"])
                #expect(
                    english.contains("everything as recorded in the log up to and including position \(position) ("))
                #expect(english.contains("Chain hash of the log at that position: \(chainHash)."))
                let json = try await desk.succeed(["report", "progress", "--at", "\(position)", "--format", "json"])
                let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
                #expect(report?["position"] as? Int == Int(position))
                #expect(report?["headHash"] as? String == chainHash)
                let csv = try await desk.succeed(["report", "progress", "--at", "\(position)", "--format", "csv"])
                let lines = parseRFC4180(csv)
                #expect(lines?.dropFirst().first == ["report", "position", "", "\(position)", ""])
                #expect(lines?.dropFirst(2).first == ["report", "chain hash", "", chainHash, ""])
                let html = try await desk.succeed(["report", "progress", "--at", "\(position)", "--format", "html"])
                #expect(html.contains(chainHash))
            }
            // Without --at: the head.
            let head = try desk.head()
            let now = try await desk.succeed(["report", "progress"])
            #expect(now.contains("positie \(head.position) (") && now.contains(head.chainHash))
        }
    }

    @Test(
        "the demo's report says what changed since R2, its previous published report, and as of 2025 what was recorded late about R1's period"
    )
    func demoChangesSinceTheLastReport() async throws {
        try await AuditDesk.withDemo { desk in
            let dutch = try await desk.succeed(["report", "progress"])
            #expect(dutch.contains("## Wat is er veranderd sinds R2 (19 januari 2026)"), "\(dutch.prefix(600))")
            #expect(dutch.contains("| Nieuwe besluiten | B7 |"))
            #expect(dutch.contains("Na R2 is niets vastgelegd over de periode tot en met 31 december 2025."))
            let english = try await desk.succeed(["report", "progress", "--lang", "en"])
            #expect(english.contains("R2 (19 January 2026)"))
            let json = try await desk.succeed(["report", "progress", "--format", "json"])
            let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let previous = report?["previous"] as? [String: Any]
            #expect(previous?["report"] as? String == "R2")
            #expect(previous?["position"] as? Int == Int(AuditDesk.demoSecondReportPosition))
            #expect(previous?["asOf"] as? String == "2025-12-31")
            let changes = report?["changes"] as? [String: Any]
            #expect(changes?["decisions"] as? [String] == ["B7"])
            #expect(changes?["events"] as? Int == Int(AuditDesk.demoEvents - AuditDesk.demoSecondReportPosition))

            // As of 2025-12-31 the previous report is R1 (2024): the invoice of 18 November 2024,
            // recorded in February 2025, is listed as recorded late.
            let year = try await desk.succeed(["report", "progress", "--as-of", "2025-12-31"])
            #expect(year.contains("### Later vastgelegd: R1"), "\(year)")
            #expect(year.contains("Na R1 is 1 feit vastgelegd over de periode tot en met 31 december 2024."))
            #expect(
                year.contains(
                    "| 18 november 2024 | 708 | Uitgave U8 €\u{A0}4.980,00 (pijler 3, Online platform inbreng) |"))
            let yearJSON = try await desk.succeed(["report", "progress", "--as-of", "2025-12-31", "--format", "json"])
            let corrections =
                (try JSONSerialization.jsonObject(with: Data(yearJSON.utf8)) as? [String: Any])?["corrections"]
                as? [String: Any]
            #expect(corrections?["facts"] as? Int == 1)
            #expect((corrections?["changes"] as? [String: Any])?["spent"] as? Int == 498_000)
            #expect(corrections?["through"] as? String == "2024-12-31")

            // R1 itself was the first published report.
            let first = try await desk.succeed(["report", "progress", "--at", "\(AuditDesk.demoReportPosition)"])
            #expect(first.contains("Er is geen eerder gepubliceerde rapportage."))
            #expect(!first.contains("veranderd sinds"))
        }
    }

    @Test("the demo's published reports reproduce byte for byte, though a fact about R1's period was recorded after it")
    func demoReportsReproduce() async throws {
        try await AuditDesk.withDemo { desk in
            for report in ["R1", "R2"] {
                let output = try await desk.succeed(["audit", "reproduce", report])
                #expect(output.hasPrefix("ok  rendered from the log at position"), "\(output)")
            }
        }
    }

    @Test("publish R1, record more, and the next report says what changed since R1; R1 is reproduced byte for byte")
    func publishAndReproduce() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let programctl = scenario.programctl
            let file = programctl.directory.path("voortgang-R1.html")
            try await scenario.succeed(GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3))
            let before = try programctl.head()
            let published = try await scenario.succeed([
                "report", "publish", "--as", "K1", "--format", "html", "-o", file,
            ])
            #expect(published.contains("ReportPublished"), "\(published)")
            #expect(published.contains("R1"), "\(published)")
            #expect(try programctl.head().position == before.position + 1)
            let log = try await scenario.succeed(["log", "--json", "--from", "\(before.position + 1)"])
            let event = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
            #expect(event["type"] as? String == "ReportPublished")
            let payload = try #require(event["payload"] as? [String: Any])
            #expect(payload["report"] as? String == "R1")
            #expect(payload["position"] as? Int == Int(before.position))
            #expect(payload["headHash"] as? String == before.chainHash)
            #expect(payload["format"] as? String == "html")
            #expect(payload["language"] as? String == "nl")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))

            // More is recorded: a second decision (B2) and three inputs.
            try await scenario.succeed(
                GovernanceScenario.decision(
                    on: "2023-03-06", present: "K1,K2,K3", for: 3, title: "Jongerenraad adviseert de kerngroep"))
            for summary in ["Vast aanspreekpunt", "Begrijpelijke brieven", "Reiskosten vergoeden"] {
                try await scenario.succeed([
                    "input", "add", "--as", "K1", "--pillar", "3", "--source", "youth", "--channel", "conference",
                    "--date", "2023-06-07", "--summary", summary, "--level", "2",
                ])
            }
            let next = try await scenario.succeed(["report", "progress"])
            #expect(next.contains("## Wat is er veranderd sinds R1 ("), "\(next.prefix(800))")
            #expect(next.contains("| Nieuwe besluiten | B2 |"), "\(next.prefix(800))")
            #expect(next.contains("| Gebeurtenissen in het logboek | 5 |"), "\(next.prefix(800))")
            #expect(next.contains("| Nieuwe inbreng | <5 |"), "three new inputs are a small count")
            let english = try await scenario.succeed(["report", "progress", "--lang", "en"])
            #expect(english.contains("| New decisions | B2 |"), "\(english.prefix(800))")

            // audit reproduce renders R1 again from the log at its position: the same digest, and the file has it.
            let reproduced = try await scenario.succeed(["audit", "reproduce", "R1", "--file", file])
            let lines = reproduced.split(separator: "\n")
            #expect(lines.filter { $0.hasPrefix("ok  ") }.count == 2, "\(reproduced)")
            #expect(!reproduced.contains("MISMATCH"))
            #expect(reproduced.contains("rendered from the log at position \(before.position)"))
            #expect(try await scenario.succeed(["audit", "reproduce", "R1"]).hasPrefix("ok  "))

            // One byte of the published file changed: a mismatch, exit 74.
            var changed = bytes
            let index = try #require(changed.firstRange(of: Data("Kerngroep".utf8))).lowerBound
            changed[index] = UInt8(ascii: "k")
            try changed.write(to: URL(fileURLWithPath: file))
            let mismatch = try await scenario.run(["audit", "reproduce", "R1", "--file", file])
            #expect(mismatch.status == 74, "\(mismatch.stdout) \(mismatch.stderr)")
            #expect(mismatch.stdout.contains("MISMATCH  file \(file)"), "\(mismatch.stdout)")
            #expect(mismatch.stdout.contains("ok  rendered from the log"), "\(mismatch.stdout)")

            // A report that was never published.
            try await scenario.expectRefused(["audit", "reproduce", "R2"], status: 65, mentions: ["report:", "R2"])
        }
    }

    @Test("small counts: 3 youth registrations show as <5, never as 3")
    func smallCounts() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            let today = ParticipationProgramme.today
            try await programme.scheduleConference(
                title: "Jongerendag", date: today.adding(days: 30).iso, venue: "Flexiforum, Kerkrade")
            for name in ["Lotte Kessels", "Noah Dassen", "Emma Ramakers"] {
                try await programme.record([
                    "conference", "register", "C1", "--category", "youth", "--name", name, "--age-group", "16-17",
                    "--date", today.iso,
                ])
            }
            let json = try await programme.succeed(["report", "progress", "--format", "json"])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let conference = try #require(
                ((report["conferences"] as? [String: Any])?["conferences"] as? [[String: Any]])?.first)
            #expect(conference["registrations"] as? String == "<5")
            let youth = (conference["byCategory"] as? [String: Any])?["youth"] as? [String: Any]
            #expect(youth?["registered"] as? String == "<5", "\(String(describing: youth))")
            #expect(youth?["waitlisted"] as? Int == 0)
            #expect((conference["byStatus"] as? [String: Any])?["registered"] as? String == "<5")
            #expect(!json.contains("\"registered\" : 3"))

            let markdown = try await programme.succeed(["report", "progress"])
            // The conference's table: youth by status (registered, checked in, no-show, waitlisted, cancelled).
            let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| jongeren |") }
                .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
            #expect(rows.contains(["jongeren", "<5", "0", "0", "0", "0"]), "\(rows)")
            #expect(rows.contains(["jongeren", "<5"]), "the core group's youth member: \(rows)")
            #expect(!rows.joined().contains("3"), "\(rows)")
            #expect(markdown.contains("aanmeldingen <5."), "the conference paragraph")
            #expect(!markdown.contains("aanmeldingen 3"))
            let english = try await programme.succeed(["report", "progress", "--lang", "en"])
            #expect(english.contains("| youth | <5 | 0 | 0 | 0 | 0 |"), "\(english)")

            let csv = try #require(
                parseRFC4180(try await programme.succeed(["report", "progress", "--format", "csv"])))
            let youthLines = csv.filter { $0.first == "conference-c1" && $0.dropFirst().first == "jongeren" }
            #expect(youthLines.first == ["conference-c1", "jongeren", "aangemeld", "", "<5"], "\(youthLines)")
            #expect(youthLines.dropFirst().allSatisfy { $0[3] == "0" && $0[4].isEmpty }, "\(youthLines)")
            let html = try await programme.succeed(["report", "progress", "--format", "html"])
            #expect(html.contains("<th scope=\"row\">jongeren</th><td class=\"num\">&lt;5</td>"))
            #expect(!html.contains("<th scope=\"row\">jongeren</th><td class=\"num\">3</td>"))
        }
    }

    @Test(
        "--at 0 or beyond the head is refused (65); a day before anything happened or was recorded is an empty read (0); --recorded-by with --at is a usage error (64)"
    )
    func wrongMoments() async throws {
        try await AuditDesk.withDemo { desk in
            for position in ["0", "\(AuditDesk.demoEvents + 1)", "100000"] {
                for command in [["report", "progress"], ["report", "publish", "--as", "K1", "-o", desk.path("r.md")]] {
                    let result = try await desk.expectFailure(
                        command + ["--at", position], status: 65, mentions: ["error: at: "])
                    #expect(result.stdout.isEmpty)
                }
            }
            #expect(!FileManager.default.fileExists(atPath: desk.path("r.md")), "a refused publication wrote its file")
            let before = try desk.head()
            // Nothing had happened by then: a report of an empty programme, as of that day.
            let empty = try await desk.succeed(["report", "progress", "--as-of", "2020-12-31"])
            #expect(empty.contains("Stand per 31 december 2020: wat er tot en met die dag gebeurd was"), "\(empty)")
            // Nothing had been recorded by then: no report, a note, exit 0.
            let nothing = try await desk.runOnStore(["report", "progress", "--recorded-by", "2020-12-31"])
            #expect(nothing.status == 0 && nothing.stdout.isEmpty, "\(nothing)")
            #expect(nothing.stderr.contains("nothing was recorded by the end of 2020-12-31"), "\(nothing.stderr)")
            try await desk.expectFailure(
                ["report", "publish", "--as", "K1", "--recorded-by", "2020-12-31", "-o", desk.path("r.md")],
                status: 65, mentions: ["log: "])
            try await desk.expectFailure(
                ["report", "progress", "--recorded-by", "2024-12-31", "--at", "675"], status: 64,
                mentions: ["--recorded-by", "--at"])
            try await desk.expectFailure(["report", "progress", "--at", "zes"], status: 64, mentions: ["--at"])
            try await desk.expectFailure(
                ["report", "progress", "--as-of", "31-12-2024"], status: 64, mentions: ["--as-of"])
            try await desk.expectFailure(["report", "progress", "--format", "pdf"], status: 64, mentions: ["--format"])
            try await desk.expectFailure(["report", "progress", "--lang", "de"], status: 64, mentions: ["--lang"])
            try await desk.expectFailure(["report", "publish", "--as", "K1"], status: 64, mentions: ["-o"])
            #expect(try desk.head() == before, "a refused report changed the log")
        }
    }
}
