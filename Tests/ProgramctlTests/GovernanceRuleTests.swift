import Foundation
import TestSupport
import Testing

// The governance rules through programctl: one refusal per command, each exiting 65 with the field
// and the rule on standard error and the log's head where it was (GovernanceScenario.expectRefused),
// and the values programctl itself reads (dates, ids, files) refused as it reads them. The rules
// themselves, case by case, are Tests/ProgramTests/GovernanceRulesTests.

@Suite("programctl refuses what the governance rules refuse")
struct GovernanceRefusalTests {
    @Test("the core group and its decisions: member add, member leave, decision record, amend, revoke")
    func coreGroupAndDecisions() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.expectRefused(
                [
                    "member", "add", "--as", "K1", "--name", "Iemand", "--constituency", "municipality", "--represents",
                    "Atlantis", "--date", "2023-02-01",
                ],
                mentions: ["represents:", "'Atlantis' is not a municipality of Zuid-Limburg", "Heerlen"])
            try await scenario.expectRefused(
                ["member", "leave", "K9", "--as", "K1", "--date", "2024-01-01"],
                mentions: ["member:", "K9 is not a member of the core group"])
            try await scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K4", for: 2),
                mentions: ["present:", "2 of 5 active members present", "at least half (3)", "quorum"])
            try await scenario.expectRefused(
                ["decision", "amend", "B9", "--as", "K1", "--reason", "Correctie", "--title", "Nieuwe titel"]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K4", for: 3),
                mentions: ["decision:", "B9 is not a recorded decision"])
            try await scenario.expectRefused(
                ["decision", "revoke", "B9", "--as", "K1", "--reason", "Vervallen"]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K4", for: 3),
                mentions: ["decision:", "B9 is not a recorded decision"])
        }
    }

    @Test("the plan and the framework: plan draft, submit, decide, goal add, goal adjust, measure")
    func planAndFramework() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.expectRefused(
                ["plan", "draft", "--title", "Plan", "--summary", "Kort", "--date", "2023-04-17"],
                mentions: ["as:", "say who records this: --as MEMBER"])
            try await scenario.expectRefused(
                ["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01"],
                mentions: ["version:", "there is no plan version 1 (none drafted yet)"])
            try await scenario.succeed(GovernanceScenario.planDraft())
            try await scenario.expectRefused(
                [
                    "plan", "decide", "1", "--as", "K4", "--municipality", "Heerlen", "--outcome", "adopted", "--date",
                    "2023-06-20",
                ],
                mentions: ["version:", "version 1 was not submitted to the municipalities"])
            // A year given twice is programctl's own check, before the rules see the targets.
            try await scenario.expectRefused(
                GovernanceScenario.goalAdd(targets: ["2028=60", "2028=70"]),
                mentions: ["target:", "2028 is given twice"])
            try await scenario.expectRefused(
                [
                    "framework", "goal", "adjust", "D1", "--as", "K1", "--reason", "Ambitie", "--target", "2028=70",
                    "--date", "2025-02-03",
                ],
                mentions: ["goal:", "D1 is not a goal of the framework"])
            try await scenario.expectRefused(
                [
                    "framework", "measure", "D3", "--as", "K1", "--period", "2024", "--value", "22", "--date",
                    "2025-01-20",
                ],
                mentions: ["goal:", "D3 is not a goal of the framework"])
        }
    }

    @Test("a malformed value is a usage error (64) naming the option or argument; nothing is recorded")
    func malformedValues() async throws {
        try await GovernanceScenario.withProgramme { scenario in
            try await scenario.expectRefused(
                ["member", "add", "--name", "Lotte", "--constituency", "youth", "--date", "2023-02-30"],
                status: 64, mentions: ["'2023-02-30'", "--date"])
            try await scenario.expectRefused(
                ["member", "add", "--name", "Iemand", "--constituency", "mayor", "--date", "2023-02-01"],
                status: 64, mentions: ["--constituency"])
            try await scenario.expectRefused(
                ["member", "leave", "Sanne", "--as", "K1", "--date", "2024-01-01"], status: 64, mentions: ["<member>"])
            try await scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,Sanne", for: 3),
                status: 64, mentions: ["--present"])
            try await scenario.expectRefused(
                GovernanceScenario.goalAdd(targets: ["2028:60"]), status: 64, mentions: ["--target"])
            try await scenario.expectRefused(
                [
                    "plan", "decide", "1", "--as", "K1", "--municipality", "Heerlen", "--outcome", "accepted",
                    "--date", "2023-06-20",
                ], status: 64, mentions: ["--outcome"])
        }
    }

    @Test("a decision's text from a file: missing is a usage error, not UTF-8 is refused, UTF-8 is recorded")
    func textFile() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let file = scenario.programctl.directory.path("besluit.txt")
            var command = GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3)
            let text = try #require(command.firstIndex(of: "--text"))
            command.replaceSubrange(text...(text + 1), with: ["--text-file", file])
            try await scenario.expectRefused(command, status: 64, mentions: ["--text-file", "cannot read"])

            try Data([0x42, 0x65, 0x73, 0x6C, 0x75, 0x69, 0x74, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x0A])
                .write(to: URL(fileURLWithPath: file))
            try await scenario.expectRefused(command, mentions: ["text-file:", "is not valid UTF-8 text"])

            try Data("Besluit: de kerngroep werkt bottom-up.\nTweede regel.".utf8).write(to: URL(fileURLWithPath: file))
            try await scenario.succeed(command)
        }
    }
}
