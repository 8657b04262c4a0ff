import Foundation
import Program
import TestSupport
import Testing

/// Each rule of registrations, input and subsidies, through programctl: the exit status (65 for a
/// rule, 64 for a malformed value), the field and rule on standard error, and a log left unchanged.
@Suite struct ParticipationRuleTests {
    // MARK: Registrations

    @Test func registeringForAnUnknownConferenceIsRefused() async throws {
        try await withKickOff { programme in
            try programme.expectRefused(
                Self.registration(conference: "C2"), field: "conference", rule: "C2 is not a scheduled conference")
        }
    }

    @Test func registeringAfterTheConferenceDateIsRefused() async throws {
        try await withKickOff { programme in
            try programme.expectRefused(
                Self.registration(date: "2023-06-08"), field: "date", rule: "registration closed then")
        }
    }

    @Test(arguments: ["0-11", "12-15"])
    func registeringSomeoneUnder16WithoutParentConsentIsRefused(ageGroup: String) async throws {
        try await withKickOff { programme in
            try programme.expectRefused(
                Self.registration(["--age-group", ageGroup], category: "youth"), field: "parent-consent",
                rule: "someone under 16 registers with a parent's consent")
            try programme.record(
                Self.registration(["--age-group", ageGroup, "--parent-consent", "R. Habets"], category: "youth"))
        }
    }

    @Test(arguments: ["hanna.example.nl", "hanna@example", "hanna@.nl", "han na@example.nl", "@example.nl"])
    func registeringWithAnInvalidEmailIsRefused(email: String) async throws {
        try await withKickOff { programme in
            try programme.expectRefused(
                Self.registration(["--email", email]), field: "email", rule: "is not an e-mail address")
        }
    }

    @Test(arguments: ["06-123", "bel me maar", "06-12345678-1234567"])
    func registeringWithAnInvalidPhoneIsRefused(phone: String) async throws {
        try await withKickOff { programme in
            try programme.expectRefused(
                Self.registration(["--phone", phone]), field: "phone", rule: "is not a phone number")
        }
    }

    @Test(arguments: [
        ("Amsterdam", "is not a municipality of Zuid-Limburg"),
        ("Nuth", "Nuth did not exist on 2023-05-02"),
    ])
    func registeringFromAnUnknownMunicipalityIsRefused(municipality: String, rule: String) async throws {
        try await withKickOff { programme in
            try programme.expectRefused(
                Self.registration(["--municipality", municipality]), field: "municipality", rule: rule)
        }
    }

    @Test func cancellingTwiceIsRefused() async throws {
        try await withKickOff { programme in
            try programme.record(Self.registration())
            try programme.record(Self.cancellation("A1"))
            try programme.expectRefused(Self.cancellation("A1"), field: "registration", rule: "A1 is already cancelled")
        }
    }

    @Test func cancellingAnUnknownRegistrationIsRefused() async throws {
        try await withKickOff { programme in
            try programme.record(Self.registration())
            try programme.expectRefused(
                Self.cancellation("A2"), field: "registration", rule: "A2 is not a registration")
        }
    }

    /// Only a registration that holds a place checks in.
    @Test func checkingInACancelledOrWaitlistedRegistrationIsRefused() async throws {
        try await withKickOff(capacity: 1) { programme in
            for _ in 1...3 { try programme.record(Self.registration()) }
            try programme.record(Self.cancellation("A3"))
            try programme.expectRefused(
                ["conference", "check-in", "A2", "--at", "2023-06-07T09:00"], field: "registration",
                rule: "A2 is on the waitlist: it has no place")
            try programme.expectRefused(
                ["conference", "check-in", "A3", "--at", "2023-06-07T09:00"], field: "registration",
                rule: "A3 was cancelled")
        }
    }

    @Test func checkingInTwiceIsRefused() async throws {
        try await withKickOff { programme in
            try programme.record(Self.registration())
            try programme.record(["conference", "check-in", "A1", "--at", "2023-06-07T09:12"])
            try programme.expectRefused(
                ["conference", "check-in", "A1", "--at", "2023-06-07T09:30"], field: "registration",
                rule: "A1 already checked in at 2023-06-07 09:12")
        }
    }

    /// The day is the day in the Netherlands: 22:30 UTC on 7 June is 00:30 on 8 June there.
    @Test(arguments: ["2023-06-06T10:00", "2023-06-08T09:00", "2023-06-07T22:30:00Z"])
    func checkingInOffTheConferenceDayIsRefused(at: String) async throws {
        try await withKickOff { programme in
            try programme.record(Self.registration())
            try programme.expectRefused(
                ["conference", "check-in", "A1", "--at", at], field: "at", rule: "is not on the conference day")
        }
    }

    /// Tomorrow's conference: a check-in at tomorrow's door has not happened yet.
    @Test func checkingInInTheFutureIsRefused() async throws {
        let today = ParticipationProgramme.today
        let tomorrow = today.adding(days: 1).iso
        try await withProgramme { programme in
            try programme.scheduleConference(title: "Jongerenavond", date: tomorrow, venue: "Heerlen")
            try programme.record(Self.registration(date: today.iso))
            try programme.expectRefused(
                ["conference", "check-in", "A1", "--at", "\(tomorrow)T19:00"], field: "at", rule: "is in the future")
            try programme.expectRefused(
                ["conference", "check-in", "A1"], field: "at", rule: "is not on the conference day")
        }
    }

    @Test(arguments: [0, 100_001])
    func schedulingACapacityOutOfRangeIsRefused(capacity: Int) async throws {
        try await withProgramme { programme in
            try programme.expectRefused(
                [
                    "conference", "schedule", "--title", "Startconferentie", "--date", "2023-06-07", "--venue",
                    "Flexiforum, Kerkrade", "--capacity", "\(capacity)",
                ], field: "capacity", rule: "must be between 1 and 100000 places")
        }
    }

    // MARK: Input

    @Test(arguments: [0, 4])
    func inputUnderAPillarTheProgrammeLacksIsRefused(pillar: Int) async throws {
        try await withProgramme { programme in
            try programme.expectRefused(
                [
                    "input", "add", "--pillar", "\(pillar)", "--source", "youth", "--channel", "survey", "--date",
                    "2023-07-01", "--summary", "Een jongerenpanel", "--level", "2",
                ], field: "pillar", rule: "\(pillar) is not a pillar: the programme has pillars 1–3")
        }
    }

    @Test func respondingToAnUnknownInputIsRefused() async throws {
        try await withInput { programme in
            try programme.record([
                "plan", "draft", "--title", "Plan", "--summary", "Drie pijlers", "--date", "2023-09-04",
            ])
            try programme.expectRefused(
                ["input", "respond", "I2", "--taken-up-in", "plan-1", "--date", "2023-09-10"], field: "input",
                rule: "I2 is not a recorded input")
            try programme.expectRefused(
                ["input", "respond", "I2", "--declined", "buiten bereik", "--date", "2023-09-10"], field: "input",
                rule: "I2 is not a recorded input")
        }
    }

    @Test(arguments: [
        ("B1", "B1 is not a recorded decision"),
        ("plan-2", "there is no plan version 2"),
        ("D1", "D1 is not a goal of the framework"),
    ])
    func takingUpInputInAnUnknownTargetIsRefused(target: String, rule: String) async throws {
        try await withInput { programme in
            try programme.record([
                "plan", "draft", "--title", "Plan", "--summary", "Drie pijlers", "--date", "2023-09-04",
            ])
            try programme.expectRefused(
                ["input", "respond", "I1", "--taken-up-in", target, "--date", "2023-09-10"], field: "into", rule: rule)
        }
    }

    @Test func decliningInputAfterTakingItUpIsRefused() async throws {
        try await withInput { programme in
            try programme.record([
                "plan", "draft", "--title", "Plan", "--summary", "Drie pijlers", "--date", "2023-09-04",
            ])
            try programme.record(["input", "respond", "I1", "--taken-up-in", "plan-1", "--date", "2023-09-10"])
            try programme.expectRefused(
                ["input", "respond", "I1", "--declined", "toch niet", "--date", "2023-09-11"], field: "input",
                rule: "I1 was taken up in plan-1 on 2023-09-10: it cannot be declined")
        }
    }

    @Test func feedbackBeforeAnyResponseIsRefused() async throws {
        try await withInput { programme in
            try programme.expectRefused(
                ["input", "feedback", "I1", "--channel", "meeting", "--date", "2023-09-12"], field: "input",
                rule: "I1 was not taken up or declined yet")
        }
    }

    // MARK: Subsidies (S1: € 10.000,00, 2023-09-01 – 2024-08-31)

    @Test func tranchesBeyondTheAwardAreRefused() async throws {
        try await withSubsidy { programme in
            try programme.record(["subsidy", "receive", "S1", "--amount", "6.000,00", "--date", "2023-10-02"])
            try programme.expectRefused(
                ["subsidy", "receive", "S1", "--amount", "4.000,01", "--date", "2024-01-02"], field: "amount",
                rule: "tranches would total € 10.000,01, more than the € 10.000,00 awarded")
            try programme.record(["subsidy", "receive", "S1", "--amount", "4.000,00", "--date", "2024-01-02"])
        }
    }

    /// The whole award may be spent, not a cent more — also when the spending comes in pieces.
    @Test func spendingBeyondTheAwardIsRefused() async throws {
        try await withSubsidy { programme in
            try programme.expectRefused(
                Self.expenditure(amount: "10.000,01"), field: "amount",
                rule: "spending € 10.000,01 would exceed the € 10.000,00 awarded: € 10.000,00 is left")
            try programme.record(Self.expenditure(amount: "6.000,00"))
            try programme.expectRefused(
                Self.expenditure(amount: "4.000,01"), field: "amount",
                rule: "would exceed the € 10.000,00 awarded: € 4.000,00 is left")
            try programme.record(Self.expenditure(amount: "4.000,00"))
            try programme.expectRefused(Self.expenditure(amount: "0,01"), field: "amount", rule: "€ 0,00 is left")
            let status = try programme.json(["subsidy", "status"]) as? [[String: Any]]
            #expect(status?.first?["spentCents"] as? Int == 1_000_000)
        }
    }

    @Test(arguments: ["2023-08-31", "2024-09-01"])
    func spendingOutsideTheSubsidyPeriodIsRefused(date: String) async throws {
        try await withSubsidy { programme in
            try programme.expectRefused(
                Self.expenditure(amount: "100,00", date: date), field: "date",
                rule: "\(date) is outside the subsidy's period (2023-09-01 – 2024-08-31)")
        }
    }

    @Test func settlingWithoutAnAccountabilityReportIsRefused() async throws {
        try await withSubsidy { programme in
            try programme.expectRefused(
                ["subsidy", "settle", "S1", "--amount", "9.000,00", "--date", "2024-10-01"], field: "subsidy",
                rule: "S1 has no accountability report yet")
        }
    }

    /// After settlement (vaststelling) the subsidy is closed: no tranche, spending, report or settlement.
    @Test func aSettledSubsidyRefusesEveryAction() async throws {
        try await withSubsidy { programme in
            try programme.record(["subsidy", "report", "S1", "--date", "2024-09-15"])
            try programme.record(["subsidy", "settle", "S1", "--amount", "9.000,00", "--date", "2024-10-01"])
            for action in [
                ["subsidy", "receive", "S1", "--amount", "1.000,00", "--date", "2024-10-02"],
                Self.expenditure(amount: "100,00"),
                ["subsidy", "report", "S1", "--date", "2024-10-02"],
                ["subsidy", "settle", "S1", "--amount", "9.500,00", "--date", "2024-10-02"],
            ] {
                try programme.expectRefused(
                    action, field: "subsidy", rule: "S1 was settled on 2024-10-01: it is closed")
            }
        }
    }

    @Test(arguments: ["12,345,67", "12.50.00", "twaalf", "12,345"])
    func aMalformedAmountIsAUsageError(amount: String) async throws {
        try await withSubsidy { programme in
            try programme.expectMalformed(Self.expenditure(amount: amount), option: "--amount")
            try programme.expectMalformed(
                ["subsidy", "receive", "S1", "--amount", amount, "--date", "2023-10-02"], option: "--amount")
        }
    }

    // MARK: Setup

    /// A started programme (init, K1).
    private func withProgramme(_ body: (ParticipationProgramme) throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            try body(try ParticipationProgramme.started(in: directory))
        }
    }

    /// The kick-off C1 on 7 June 2023.
    private func withKickOff(capacity: Int = 200, _ body: (ParticipationProgramme) throws -> Void) async throws {
        try await withProgramme { programme in
            try programme.scheduleConference(capacity: capacity)
            try body(programme)
        }
    }

    /// Input I1, collected on 7 June 2023.
    private func withInput(_ body: (ParticipationProgramme) throws -> Void) async throws {
        try await withProgramme { programme in
            try programme.addInput()
            try body(programme)
        }
    }

    /// Subsidy S1: € 10.000,00 for 2023-09-01 – 2024-08-31.
    private func withSubsidy(_ body: (ParticipationProgramme) throws -> Void) async throws {
        try await withProgramme { programme in
            try programme.awardSubsidy()
            try body(programme)
        }
    }

    /// `conference register` of a parent, or of `category`, with `options` added.
    private static func registration(
        _ options: [String] = [], category: String = "parent", conference: String = "C1", date: String = "2023-05-02"
    ) -> [String] {
        ["conference", "register", conference, "--category", category, "--name", "Hanna Dassen", "--date", date]
            + options
    }

    private static func cancellation(_ registration: String) -> [String] {
        ["conference", "cancel", registration, "--reason", "ziek", "--date", "2023-06-05"]
    }

    private static func expenditure(amount: String, date: String = "2024-02-14") -> [String] {
        ["subsidy", "spend", "S1", "--amount", amount, "--pillar", "3", "--activity", "Jongerenpanel", "--date", date]
    }
}
