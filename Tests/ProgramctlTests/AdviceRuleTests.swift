import Foundation
import TestSupport
import Testing

// The participation bodies and advice through programctl: one refusal per command — exit 65, the
// field and rule on standard error, the log's head where it was — and what the lists show. The
// rules themselves, case by case, are Tests/ProgramTests/AdviceRulesTests.

@Suite("programctl refuses what the body and advice rules refuse")
struct AdviceRefusalTests {
    @Test("body add, join, leave; body list shows the members' names")
    func bodies() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.expectRefused(
                Self.establish(constituencies: []), mentions: ["constituency:", "at least one"])
            try await scenario.succeed(Self.establish())
            try await scenario.expectRefused(
                Self.establish(), mentions: ["name:", "O1 is already called 'Jongerenraad Zuid-Limburg'"])
            try await scenario.expectRefused(
                [
                    "body", "join", "O1", "--as", "K1", "--name", "Noor", "--constituency", "parent", "--date",
                    "2024-03-04",
                ],
                mentions: ["constituency:", "O1 (Jongerenraad Zuid-Limburg) speaks for youth, not for parent"])
            try await scenario.succeed(Self.join("Noor"))
            try await scenario.expectRefused(
                ["body", "leave", "L1", "--as", "K1", "--date", "2024-03-04"],
                mentions: ["date:", "L1 joined on 2024-03-04: leaving must come after"])
            try await scenario.expectRefused(
                [
                    "body", "join", "O1", "--as", "K1", "--name", "Sem", "--constituency", "youth", "--date",
                    "2024-02-30",
                ],
                status: 64, mentions: ["'2024-02-30'", "--date"])
            try await scenario.expectRefused(
                [
                    "body", "add", "--as", "K1", "--name", "X", "--type", "council", "--constituency", "youth",
                    "--date",
                    "2024-03-04",
                ], status: 64, mentions: ["--type"])
            let members = try await scenario.succeed(["body", "list", "O1", "--json"])
            let listed = try #require(try JSONSerialization.jsonObject(with: Data(members.utf8)) as? [[String: Any]])
            #expect(listed.map { $0["id"] as? String } == ["L1"])
            #expect(listed.first?["name"] as? String == "Noor")
            let bodies = try await scenario.succeed(["body", "list", "--on", "2024-03-04"])
            #expect(bodies.contains("O1") && bodies.contains("youth-council"), "\(bodies)")
        }
    }

    @Test("advice request, give, respond, carry-out, react; advice list shows where each stands")
    func advice() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.succeed(Self.establish())
            try await scenario.succeed(Self.join("Noor"))
            try await scenario.expectRefused(
                Self.request(due: "2024-04-01"), mentions: ["due:", "2024-04-01 is before the request (2024-04-02)"])
            try await scenario.succeed(Self.request())
            try await scenario.expectRefused(
                Self.give(date: "2024-04-01"), mentions: ["date:", "AD1 was requested on 2024-04-02"])
            try await scenario.expectRefused(
                ["advice", "respond", "AD1", "--as", "K1", "--outcome", "adopted", "--date", "2024-05-01"],
                mentions: ["advice:", "AD1 was requested but not given yet"])
            try await scenario.succeed(Self.give())
            try await scenario.expectRefused(
                ["advice", "respond", "AD1", "--as", "K1", "--outcome", "not-adopted", "--date", "2024-06-03"],
                mentions: ["reason:", "needs the reason"])
            try await scenario.expectRefused(
                ["advice", "carry-out", "AD1", "--as", "K1", "--date", "2024-06-03"],
                mentions: ["advice:", "AD1 is not binding"])
            try await scenario.expectRefused(
                ["advice", "react", "AD1", "--as", "K1", "--text", "Jammer", "--date", "2024-06-03"],
                mentions: ["advice:", "AD1 has no response yet"])
            try await scenario.expectRefused(
                ["advice", "respond", "AD1", "--as", "K1", "--outcome", "rejected", "--date", "2024-06-03"],
                status: 64, mentions: ["--outcome"])
            // Unrequested and binding (level 4): carried out, not declined. Values by Dutch name too.
            try await scenario.succeed(
                [
                    "advice", "give", "--as", "K1", "--body", "O1", "--to", "gemeente", "--to-name", "Heerlen",
                    "--title", "Wachttijden", "--text", "Meld de wachttijden per aanbieder.", "--level", "4",
                    "--date", "2024-05-20",
                ])
            try await scenario.expectRefused(
                [
                    "advice", "respond", "AD2", "--as", "K1", "--outcome", "not-adopted", "--reason", "Te duur",
                    "--date", "2024-06-03",
                ], mentions: ["outcome:", "AD2 is binding advice"])
            try await scenario.succeed(["advice", "carry-out", "AD2", "--as", "K1", "--date", "2024-06-10"])
            try await scenario.succeed(
                [
                    "advice", "respond", "AD1", "--as", "K1", "--outcome", "deels overgenomen", "--reason",
                    "Een app past niet in de begroting", "--date", "2024-06-03",
                ])
            try await scenario.succeed(
                ["advice", "react", "AD1", "--as", "K1", "--text", "Jammer van de app", "--date", "2024-06-20"])
            let list = try await scenario.succeed(["advice", "list", "--json", "--on", "2024-07-01"])
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
            #expect(entries.map { $0["id"] as? String } == ["AD1", "AD2"])
            #expect(entries.map { $0["status"] as? String } == ["adopted-in-part", "carried-out"])
            #expect(entries.first?["reason"] as? String == "Een app past niet in de begroting")
            #expect(entries.first?["daysToResponse"] as? Int == 28)
            #expect(entries.last?["addresseeName"] as? String == "GM0917")
        }
    }

    /// `body add` of the youth council O1, established 2024-03-04.
    static func establish(constituencies: [String] = ["youth"]) -> [String] {
        [
            "body", "add", "--as", "K1", "--name", "Jongerenraad Zuid-Limburg", "--type", "youth-council",
            "--date", "2024-03-04",
        ] + constituencies.flatMap { ["--constituency", $0] }
    }

    static func join(_ name: String) -> [String] {
        ["body", "join", "O1", "--as", "K1", "--name", name, "--constituency", "youth", "--date", "2024-03-04"]
    }

    /// The core group asks O1 for advice on 2024-04-02.
    static func request(due: String = "2024-05-14") -> [String] {
        [
            "advice", "request", "O1", "--as", "K1", "--to", "core-group", "--title", "Vast aanspreekpunt",
            "--question", "Hoe vinden jongeren hun vaste aanspreekpunt?", "--pillar", "3", "--level", "3",
            "--date", "2024-04-02", "--due", due,
        ]
    }

    static func give(date: String = "2024-05-06") -> [String] {
        [
            "advice", "give", "--as", "K1", "--request", "AD1", "--text", "Eén vast aanspreekpunt per jongere.",
            "--members", "L1", "--date", date,
        ]
    }
}
