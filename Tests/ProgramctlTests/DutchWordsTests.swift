import Foundation
import Program
import TestSupport
import Testing

@testable import programctl

/// Every option with a closed set of values takes the code and the Dutch word its help shows;
/// the log holds the code. Pillars are taken by number or by their name in the programme.
@Suite("programctl takes the Dutch words its help shows")
struct DutchWordsTests {
    @Test("recorded with Dutch words, the log holds the codes")
    func dutchWordsAreRecordedAsCodes() async throws {
        try await GovernanceScenario.withProgramme { scenario in
            for (index, constituency) in [
                "jongeren", "Ouders", "cliëntvertegenwoordiging", "GEMEENTEN", "zorgaanbieders",
            ]
            .enumerated() {
                let detail = index >= 3 ? ["--represents", index == 3 ? "Heerlen" : "Mondriaan"] : []
                try await scenario.succeed(
                    ["member", "add"] + (index == 0 ? [] : ["--as", "K1"])
                        + ["--name", "Lid \(index + 1)", "--constituency", constituency] + detail + [
                            "--date", "2023-01-16",
                        ])
            }
            try await scenario.succeed(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K3", for: 3, outcome: "aangenomen")
                    + ["--pillar", "Regionale medezeggenschap", "--pillar", "empowerment"])
            try await scenario.succeed(
                GovernanceScenario.decision(
                    on: "2023-02-07", present: "K1,K2,K3", for: 0, abstain: 3, outcome: "Aangehouden"))
            try await scenario.succeed(GovernanceScenario.planDraft())
            try await scenario.succeed(["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01"])
            try await scenario.succeed([
                "plan", "decide", "1", "--as", "K4", "--municipality", "Heerlen", "--outcome",
                "vastgesteld met amendementen", "--date", "2023-06-20",
            ])
            try await scenario.succeed([
                "plan", "decide", "1", "--as", "K4", "--municipality", "Kerkrade", "--outcome", "verworpen", "--date",
                "2023-06-21",
            ])
            var goal = GovernanceScenario.goalAdd()
            goal[goal.firstIndex(of: "increase")!] = "dalend"
            goal[goal.firstIndex(of: "--pillar")! + 1] = "reguliere-medezeggenschap"
            try await scenario.succeed(goal)
            try await scenario.succeed([
                "conference", "schedule", "--as", "K1", "--title", "Startconferentie", "--date", "2023-06-07",
                "--venue", "Flexiforum, Kerkrade", "--capacity", "200", "--announced", "2023-03-01",
            ])
            try await scenario.succeed([
                "conference", "register", "C1", "--as", "K1", "--category", "ouders", "--name", "Ria", "--date",
                "2023-05-02",
            ])
            try await scenario.succeed([
                "input", "add", "--as", "K1", "--pillar", "Empowerment", "--source", "professionals", "--channel",
                "enquête", "--date", "2023-06-07", "--summary", "Een vast aanspreekpunt", "--level", "raadplegen",
            ])
            try await scenario.succeed([
                "input", "respond", "I1", "--as", "K1", "--declined", "Valt buiten de jeugdhulp", "--date",
                "2023-09-04",
            ])
            try await scenario.succeed([
                "input", "feedback", "I1", "--as", "K1", "--channel", "clientenraad", "--date", "2023-09-12",
            ])
            try await scenario.succeed([
                "subsidy", "award", "--as", "K1", "--funder", "Innovatiebudget", "--amount", "10.000,00", "--from",
                "2023-09-01", "--until", "2024-08-31", "--date", "2023-08-15",
            ])
            try await scenario.succeed([
                "subsidy", "spend", "S1", "--as", "K1", "--amount", "250,00", "--pillar", "regionale medezeggenschap",
                "--activity", "Jongerenpanel", "--date", "2024-02-14",
            ])

            let log = try await Self.payloads(scenario)
            #expect(
                log["MemberJoined"]?.map { ($0["constituency"] as? [String: Any])?["kind"] as? String } == [
                    "youth", "parent", "client-representative", "municipality", "care-provider",
                ])
            #expect(log["DecisionRecorded"]?.map { $0["outcome"] as? String } == ["adopted", "deferred"])
            #expect(log["DecisionRecorded"]?.first?["pillars"] as? [Int] == [1, 2, 3])
            #expect(log["PlanDecided"]?.map { $0["outcome"] as? String } == ["adopted-with-amendments", "rejected"])
            #expect(log["GoalAdded"]?.first?["direction"] as? String == "decrease")
            #expect(log["GoalAdded"]?.first?["pillars"] as? [Int] == [1])
            #expect(log["RegistrationReceived"]?.first?["category"] as? String == "parent")
            #expect(log["InputCollected"]?.first?["source"] as? String == "professional")
            #expect(log["InputCollected"]?.first?["channel"] as? String == "survey")
            #expect(log["InputCollected"]?.first?["pillar"] as? Int == 3)
            #expect(log["FeedbackGiven"]?.first?["channel"] as? String == "client-council")
            #expect(log["ExpenditureBooked"]?.first?["pillar"] as? Int == 2)

            // A filter takes a pillar's name as well.
            let inputs = try await scenario.succeed(["input", "list", "--pillar", "empowerment", "--json"])
            #expect(inputs.contains(#""id":"I1""#))
        }
    }

    @Test("a word that is neither code nor Dutch word is refused, listing both; nothing is recorded")
    func unknownWordsAreRefused() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K3", for: 3, outcome: "aanvaard"),
                status: 64, mentions: ["'aanvaard'", "--outcome", "adopted", "aangenomen", "aangehouden"])
            try await scenario.expectRefused(
                ["member", "add", "--as", "K1", "--name", "X", "--constituency", "jeugd", "--date", "2023-02-01"],
                status: 64, mentions: ["--constituency", "jongeren", "cliëntvertegenwoordiging"])
            // A pillar's name is the programme's: one it does not have is refused by the rules.
            try await scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K3", for: 3) + ["--pillar", "scholing"],
                mentions: [
                    "pillar:", "'scholing' is not a pillar of the programme", "1 Reguliere medezeggenschap",
                    "3 Empowerment",
                ])
        }
    }

    @Test("the help lists each code with its Dutch word")
    func helpListsBoth() async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            // The help as one line: it wraps where the terminal's width says.
            let help = { (command: [String]) in
                try await programctl.succeed(raw: command + ["--help"]).split(whereSeparator: \.isWhitespace)
                    .joined(separator: " ")
            }
            let record = try await help(["decision", "record"])
            #expect(record.contains("adopted (aangenomen), rejected (verworpen) or"))
            #expect(record.contains("(values: adopted, aangenomen, rejected, verworpen, deferred,"))
            let decide = try await help(["plan", "decide"])
            #expect(decide.contains("adopted-with-amendments (vastgesteld met amendementen)"))
            #expect(decide.contains("vastgesteld-met-amendementen"))
            let goal = try await help(["framework", "goal", "add"])
            #expect(goal.contains("increase (stijgend) or decrease (dalend)"))
        }
    }

    @Test("every value is taken by its code and by its Dutch word, without regard to case or accents")
    func everyChoice() {
        func check<T: Choice & Equatable>(_ type: T.Type) {
            for value in T.allCases {
                let dutch = value.name(.dutch)
                for text in [
                    value.rawValue, value.rawValue.uppercased(), dutch, dutch.uppercased(),
                    dutch.folding(options: .diacriticInsensitive, locale: nil),
                    dutch.replacingOccurrences(of: " ", with: "-"), " \(dutch) ",
                ] {
                    #expect(T(argument: text) == value, "\(T.self): '\(text)'")
                }
                #expect(T.allValueStrings.contains(value.rawValue))
                #expect(T.allValueStrings.contains(dutch.replacingOccurrences(of: " ", with: "-")))
            }
            #expect(T(argument: "iets anders") == nil)
            // No word stands for two values.
            let words = T.allCases.flatMap { [$0.rawValue.choiceKey, $0.name(.dutch).choiceKey] }
            #expect(Set(words).count == words.count - T.allCases.filter { $0.rawValue == $0.name(.dutch) }.count)
        }
        check(DecisionOutcome.self)
        check(PlanOutcome.self)
        check(Constituency.Kind.self)
        check(AttendeeCategory.self)
        check(InputSource.self)
        check(Channel.self)
        check(Direction.self)
    }

    /// The payloads of the log's events as `log --json` shows them, by type, in order.
    static func payloads(_ scenario: GovernanceScenario) async throws -> [String: [[String: Any]]] {
        let lines = try await scenario.succeed(["log", "--json"]).split(separator: "\n")
        var payloads: [String: [[String: Any]]] = [:]
        for line in lines {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let type = try #require(event["type"] as? String)
            payloads[type, default: []].append(try #require(event["payload"] as? [String: Any]))
        }
        return payloads
    }
}
