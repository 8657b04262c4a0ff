import Foundation
import Program
import TestSupport
import Testing

/// The rules of registrations, input and subsidies through programctl: one refusal per command —
/// exit 65, the field and rule on standard error, the log unchanged — and a malformed value (64).
/// The rules themselves, case by case, are Tests/ProgramTests/ParticipationRulesTests.
@Suite struct ParticipationRuleTests {
    @Test func conferenceCommandsRefuseWhatTheRulesRefuse() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.expectRefused(
                [
                    "conference", "schedule", "--title", "Startconferentie", "--date", "2023-06-07", "--venue",
                    "Flexiforum, Kerkrade", "--capacity", "0",
                ], field: "capacity", rule: "must be between 1 and 100000 places")
            try await programme.scheduleConference()
            try await programme.expectRefused(
                Self.registration(conference: "C2"), field: "conference", rule: "C2 is not a scheduled conference")
            try await programme.record(Self.registration())
            try await programme.expectRefused(
                ["conference", "cancel", "A2", "--reason", "ziek", "--date", "2023-06-05"], field: "registration",
                rule: "A2 is not a registration")
            try await programme.record(["conference", "check-in", "A1", "--at", "2023-06-07T09:12"])
            try await programme.expectRefused(
                ["conference", "check-in", "A1", "--at", "2023-06-07T09:30"], field: "registration",
                rule: "A1 already checked in at 2023-06-07 09:12")
            // Without --at a check-in is now, which is not the conference's day.
            try await programme.record(Self.registration())
            try await programme.expectRefused(
                ["conference", "check-in", "A2"], field: "at", rule: "is not on the conference day")
        }
    }

    @Test func inputCommandsRefuseWhatTheRulesRefuse() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.expectRefused(
                [
                    "input", "add", "--pillar", "4", "--source", "youth", "--channel", "survey", "--date",
                    "2023-07-01", "--summary", "Een jongerenpanel", "--level", "2",
                ], field: "pillar", rule: "4 is not a pillar: the programme has pillars 1–3")
            try await programme.addInput()
            try await programme.expectRefused(
                ["input", "respond", "I2", "--declined", "buiten bereik", "--date", "2023-09-10"], field: "input",
                rule: "I2 is not a recorded input")
            try await programme.expectRefused(
                ["input", "feedback", "I1", "--channel", "meeting", "--date", "2023-09-12"], field: "input",
                rule: "I1 was not taken up or declined yet")
        }
    }

    /// S1: € 10.000,00 for 2023-09-01 – 2024-08-31.
    @Test func subsidyCommandsRefuseWhatTheRulesRefuse() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.expectRefused(
                [
                    "subsidy", "award", "--funder", "Innovatiebudget", "--amount", "10.000,00", "--from", "2024-08-31",
                    "--until", "2023-09-01", "--date", "2023-08-15",
                ], field: "period", rule: "ends (2023-09-01) before it starts (2024-08-31)")
            try await programme.awardSubsidy()
            try await programme.expectRefused(
                ["subsidy", "receive", "S1", "--amount", "10.000,01", "--date", "2024-01-02"], field: "amount",
                rule: "tranches would total € 10.000,01, more than the € 10.000,00 awarded")
            try await programme.expectRefused(
                Self.expenditure(amount: "10.000,01"), field: "amount",
                rule: "spending € 10.000,01 would exceed the € 10.000,00 awarded: € 10.000,00 is left")
            try await programme.expectRefused(
                ["subsidy", "report", "S2", "--date", "2024-09-15"], field: "subsidy",
                rule: "S2 is not an awarded subsidy")
            try await programme.expectRefused(
                ["subsidy", "settle", "S1", "--amount", "9.000,00", "--date", "2024-10-01"], field: "subsidy",
                rule: "S1 has no accountability report yet")
            try await programme.expectMalformed(Self.expenditure(amount: "12,345,67"), option: "--amount")
        }
    }

    /// `conference register` of a parent.
    private static func registration(conference: String = "C1") -> [String] {
        [
            "conference", "register", conference, "--category", "parent", "--name", "Hanna Dassen", "--date",
            "2023-05-02",
        ]
    }

    private static func expenditure(amount: String) -> [String] {
        [
            "subsidy", "spend", "S1", "--amount", amount, "--pillar", "3", "--activity", "Jongerenpanel", "--date",
            "2024-02-14",
        ]
    }
}
