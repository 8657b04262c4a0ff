import Foundation
import TestSupport
import Testing

/// A region that starts today records its 2023 history today: the past by the date things
/// happened, the rules that respect time, and published reports that stay reproducible.
@Suite struct LateHistoryTests {
    /// Recorded today: a core group of three (2023-01-16), decision B1 of 6 February 2023, and the
    /// kick-off C1 of 7 June 2023, announced on 1 March 2023.
    private static func startedWithDecisionAndConference(in directory: TemporaryDirectory, capacity: Int) async throws
        -> ParticipationProgramme
    {
        let programme = try await ParticipationProgramme.started(in: directory)
        try await programme.addCoreGroup()
        try await programme.record([
            "decision", "record", "--title", "Werkwijze kerngroep", "--text", "Bottom-up langs drie pijlers.",
            "--date", "2023-02-06", "--present", "K1,K2,K3", "--for", "3", "--outcome", "adopted", "--pillar", "1",
            "--level", "4",
        ])
        try await programme.record([
            "conference", "schedule", "--title", "Startconferentie", "--date", "2023-06-07", "--venue",
            "Flexiforum, Kerkrade", "--capacity", "\(capacity)", "--announced", "2023-03-01",
        ])
        return programme
    }

    /// "Done when": a new user records a 2023 history today and a report "per 30 juni 2023" shows
    /// what had happened by then.
    @Test func aHistoryRecordedTodayShowsAsOfTheDayItHappened() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await Self.startedWithDecisionAndConference(in: directory, capacity: 200)
            for (index, day) in ["2023-05-02", "2023-05-09", "2023-05-16", "2023-05-23", "2023-05-30", "2023-06-05"]
                .enumerated()
            {
                try await programme.register(name: "Ouder \(index)", date: day)
            }
            try await programme.addInput()
            try await programme.record([
                "decision", "record", "--title", "Regionale jongerenraad", "--text", "Er komt een jongerenraad.",
                "--date", "2023-07-03", "--present", "K1,K2,K3", "--for", "3", "--outcome", "adopted", "--pillar", "2",
                "--level", "5", "--informed-by", "I1",
            ])

            let june = try await programme.succeed(["report", "progress", "--as-of", "2023-06-30"])
            #expect(
                june.contains("Stand per 30 juni 2023: wat er tot en met die dag gebeurd was"), "\(june.prefix(400))")
            #expect(june.contains("B1 Werkwijze kerngroep"))
            #expect(!june.contains("B2 Regionale jongerenraad"), "B2 was decided on 3 July")
            let json = try #require(
                try await programme.json(["report", "progress", "--as-of", "2023-06-30", "--format", "json"])
                    as? [String: Any])
            let conference = ((json["conferences"] as? [String: Any])?["conferences"] as? [[String: Any]])?.first
            #expect(conference?["registrations"] as? Int == 6)
            #expect(json["happenedBy"] as? String == "2023-06-30")
            // The log as it stood at the end of 30 June 2023 held nothing: the history was recorded today.
            let recorded = try await programme.run(["report", "progress", "--recorded-by", "2023-06-30"])
            #expect(recorded.status == 0 && recorded.stdout.isEmpty, "\(recorded)")
            #expect(recorded.stderr.contains("nothing was recorded by the end of 2023-06-30"))
            // As of a day before the conference was announced, it is not there.
            let february = try #require(
                try await programme.json(["report", "progress", "--as-of", "2023-02-28", "--format", "json"])
                    as? [String: Any])
            #expect(((february["conferences"] as? [String: Any])?["conferences"] as? [Any])?.isEmpty == true)
        }
    }

    /// A published report reproduces byte for byte after facts about its period are recorded late,
    /// and the next report lists them as corrections.
    @Test func aPublishedReportReproducesAfterLateFacts() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.addCoreGroup()
            try await programme.addInput()
            let file = directory.path("voortgang-2023-h1.html")
            try await programme.record([
                "report", "publish", "--as-of", "2023-06-30", "--format", "html", "-o", file,
            ])
            // Late: an input of 20 June 2023 and a decision of 26 June 2023.
            try await programme.record([
                "input", "add", "--pillar", "2", "--source", "parent", "--channel", "meeting", "--date", "2023-06-20",
                "--summary", "Ouders willen een ouderraad", "--level", "3",
            ])
            try await programme.record([
                "decision", "record", "--title", "Ouderpanel", "--text", "Er komt een ouderpanel.", "--date",
                "2023-06-26", "--present", "K1,K2,K3", "--for", "3", "--outcome", "adopted", "--pillar", "2",
                "--level", "4", "--informed-by", "I2",
            ])
            let reproduced = try await programme.succeed(["audit", "reproduce", "R1", "--file", file])
            #expect(reproduced.contains("ok  rendered from the log at position"), "\(reproduced)")
            #expect(reproduced.contains("as of 2023-06-30"))
            #expect(reproduced.contains("ok  file"))

            // The next report (now: R1 was published today, so a view of 2023 does not know it yet).
            let next = try await programme.succeed(["report", "progress"])
            #expect(next.contains("### Later vastgelegd: R1"), "\(next)")
            #expect(next.contains("Na R1 zijn 2 feiten vastgelegd over de periode tot en met 30 juni 2023."))
            #expect(next.contains("| Nieuwe besluiten | B1 |"))
            #expect(next.contains("Besluit B1 aangenomen: Ouderpanel (26 juni 2023)"))
        }
    }

    /// The time rules through programctl: the field and the rule named, exit 65, the log unchanged.
    @Test func rulesThatRespectTime() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await Self.startedWithDecisionAndConference(in: directory, capacity: 1)
            try await programme.register(name: "Eerste", date: "2023-05-02")
            try await programme.register(name: "Tweede", date: "2023-05-03")
            try await programme.addInput()
            try await programme.expectRefused(
                ["input", "respond", "I1", "--taken-up-in", "B1", "--date", "2023-09-10"], field: "into",
                rule: "B1 is dated 2023-02-06, before I1 was collected (2023-06-07)")
            try await programme.expectRefused(
                ["conference", "cancel", "A1", "--reason", "ziek", "--date", "2023-06-21"], field: "date",
                rule: "a registration is not cancelled (nor anyone promoted) after the conference")
            try await programme.expectRefused(
                ["conference", "register", "C1", "--category", "parent", "--name", "Vroeg", "--date", "2023-02-20"],
                field: "date", rule: "announced on 2023-03-01")
            try await programme.expectRefused(
                [
                    "conference", "schedule", "--title", "Avond", "--date", "2023-06-07", "--venue", "Heerlen",
                    "--capacity", "10", "--announced", "2023-06-08",
                ], field: "announced", rule: "after the conference's date")
            try await programme.expectRefused(
                ["report", "publish", "--as-of", "2099-01-01", "-o", directory.path("r.md")], field: "as-of",
                rule: "after the day of publication")
            // A2 was promoted when A1 cancelled on 10 May; it cannot be cancelled before that.
            try await programme.record(["conference", "cancel", "A1", "--reason", "ziek", "--date", "2023-05-10"])
            try await programme.expectRefused(
                ["conference", "cancel", "A2", "--reason", "ziek", "--date", "2023-05-08"], field: "date",
                rule: "A2 got a place on 2023-05-10")
            try await programme.record([
                "framework", "goal", "add", "--title", "Jongeren beslissen mee", "--indicator", "Aandeel besluiten",
                "--unit", "%", "--baseline-year", "2023", "--baseline", "10", "--target", "2028=60", "--pillar", "2",
                "--date", "2024-07-15",
            ])
            try await programme.expectRefused(
                ["framework", "measure", "D1", "--period", "2024", "--value", "20", "--date", "2024-03-01"],
                field: "date", rule: "D1 was added on 2024-07-15")
            try await programme.expectRefused(
                ["input", "respond", "I1", "--taken-up-in", "D1", "--date", "2024-07-01"], field: "date",
                rule: "D1 is dated 2024-07-15")
            try await programme.awardSubsidy()
            try await programme.record(["subsidy", "report", "S1", "--date", "2024-09-15"])
            try await programme.expectRefused(
                [
                    "subsidy", "spend", "S1", "--amount", "100,00", "--pillar", "1", "--activity", "Training", "--date",
                    "2024-03-01",
                ], field: "subsidy", rule: "accounted for on 2024-09-15")
        }
    }

    /// Spending ahead of what was received is pre-financing: allowed within the award, and shown.
    @Test func spendingAheadOfWhatWasReceivedIsPreFinanced() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.addCoreGroup()
            try await programme.awardSubsidy(amount: "10.000,00")
            try await programme.record(["subsidy", "receive", "S1", "--amount", "2.000,00", "--date", "2023-10-02"])
            try await programme.record([
                "subsidy", "spend", "S1", "--amount", "2.500,00", "--pillar", "2", "--activity", "Jongerenraad",
                "--date", "2023-11-20",
            ])
            let status = try await programme.succeed(["subsidy", "status"])
            #expect(
                status.contains(
                    "still to receive €8,000.00, cash balance -€500.00 (pre-financed), budget left €7,500.00"),
                "\(status)")
            let rows = try #require(try await programme.json(["subsidy", "status"]) as? [[String: Any]])
            #expect(rows.first?["cashBalanceCents"] as? Int == -50_000)
            #expect(rows.first?["toReceiveCents"] as? Int == 800_000)
            let report = try await programme.succeed(["report", "progress"])
            #expect(
                report.contains(
                    "| Totaal | €\u{A0}10.000,00 | €\u{A0}2.000,00 | €\u{A0}2.500,00 | €\u{A0}8.000,00 | €\u{A0}-500,00 | €\u{A0}7.500,00 |"
                ),
                "\(report)")
            #expect(report.contains("Er is €\u{A0}500,00 meer besteed dan ontvangen"))
            let json = try #require(
                try await programme.json(["report", "progress", "--format", "json"]) as? [String: Any])
            let totals = (json["funds"] as? [String: Any])?["totals"] as? [String: Any]
            #expect(totals?["prefinanced"] as? Int == 50_000)
            #expect(totals?["budgetLeft"] as? Int == 750_000)
            // The award stays the ceiling.
            try await programme.expectRefused(
                [
                    "subsidy", "spend", "S1", "--amount", "7.500,01", "--pillar", "2", "--activity", "Jongerenraad",
                    "--date", "2023-11-21",
                ], field: "amount", rule: "would exceed")
        }
    }
}
