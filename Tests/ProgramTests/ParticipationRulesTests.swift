import Program
import Testing

/// The rules of registrations, input and subsidies, on `decide` alone: each refusal's field and
/// rule, and the accepted command next to it. No store, no processes.
@Suite("Participation rules")
struct ParticipationRulesTests {
    // MARK: Registrations

    /// Five members and the kick-off C1 on 2023-06-07 (recorded afterwards, so never announced),
    /// with `capacity` places.
    static func withKickOff(capacity: Int = 200) throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(schedule(capacity: capacity))
        return programme
    }

    static func schedule(capacity: Int = 200, on date: Day = day("2023-06-07")) -> Command {
        .scheduleConference(
            ScheduleConference(title: "Startconferentie", date: date, venue: "Flexiforum, Kerkrade", capacity: capacity)
        )
    }

    /// A parent's registration for C1, changed by `change`.
    static func registration(
        conference: ConferenceID = "C1", on date: String = "2023-05-02", _ change: (inout Register) -> Void = { _ in }
    ) -> Command {
        var register = Register(
            conference: conference, category: .parent, name: "Hanna Dassen", email: nil, phone: nil,
            municipality: nil, ageGroup: nil, parentConsentBy: nil, date: day(date))
        change(&register)
        return .register(register)
    }

    static func cancellation(_ registration: RegistrationID) -> Command {
        .cancelRegistration(CancelRegistration(registration: registration, reason: "ziek", date: day("2023-06-05")))
    }

    static func checkIn(_ registration: RegistrationID, at time: String) -> Command {
        .checkIn(CheckIn(registration: registration, at: Instant(iso: time)!))
    }

    @Test("a registration is for a scheduled conference, until its day")
    func registrationNeedsAConference() throws {
        let programme = try Self.withKickOff()
        expect(
            programme.refusal(Self.registration(conference: "C2")), field: "conference",
            mentions: "C2 is not a scheduled conference")
        expect(
            programme.refusal(Self.registration(on: "2023-06-08")), field: "date", mentions: "registration closed then")
        #expect(programme.refusal(Self.registration(on: "2023-06-07")) == nil)
    }

    @Test("someone under 16 registers with a parent's consent", arguments: [AgeGroup.under12, .from12to15])
    func parentalConsent(ageGroup: AgeGroup) throws {
        let programme = try Self.withKickOff()
        let youth = { (consent: String?) in
            Self.registration {
                $0.category = .youth
                $0.ageGroup = ageGroup
                $0.parentConsentBy = consent
            }
        }
        expect(
            programme.refusal(youth(nil)), field: "parent-consent",
            mentions: "someone under 16 registers with a parent's consent")
        #expect(programme.refusal(youth("R. Habets")) == nil)
    }

    @Test(
        "an e-mail address must look like one",
        arguments: ["hanna.example.nl", "hanna@example", "hanna@.nl", "han na@example.nl", "@example.nl"])
    func invalidEmail(email: String) throws {
        let programme = try Self.withKickOff()
        expect(
            programme.refusal(Self.registration { $0.email = email }), field: "email",
            mentions: "is not an e-mail address")
        #expect(programme.refusal(Self.registration { $0.email = "hanna@example.nl" }) == nil)
    }

    @Test("a phone number must look like one", arguments: ["06-123", "bel me maar", "06-12345678-1234567"])
    func invalidPhone(phone: String) throws {
        let programme = try Self.withKickOff()
        expect(
            programme.refusal(Self.registration { $0.phone = phone }), field: "phone", mentions: "is not a phone number"
        )
        #expect(programme.refusal(Self.registration { $0.phone = "06-12345678" }) == nil)
    }

    @Test(
        "a municipality of residence is one of the region on the day",
        arguments: [
            ("Amsterdam", "is not a municipality of Zuid-Limburg"), ("Nuth", "Nuth did not exist on 2023-05-02"),
        ])
    func unknownMunicipality(municipality: String, rule: String) throws {
        let programme = try Self.withKickOff()
        expect(
            programme.refusal(Self.registration { $0.municipality = municipality }), field: "municipality",
            mentions: rule)
        #expect(programme.refusal(Self.registration { $0.municipality = "Kerkrade" }) == nil)
    }

    @Test("a registration is cancelled once, and only one that exists")
    func cancelling() throws {
        var programme = try Self.withKickOff()
        try programme.record(Self.registration())
        expect(programme.refusal(Self.cancellation("A2")), field: "registration", mentions: "A2 is not a registration")
        try programme.record(Self.cancellation("A1"))
        expect(programme.refusal(Self.cancellation("A1")), field: "registration", mentions: "A1 is already cancelled")
    }

    @Test("only a registration that holds a place checks in")
    func checkingInWithoutAPlace() throws {
        var programme = try Self.withKickOff(capacity: 1)
        for _ in 1...3 { try programme.record(Self.registration()) }
        try programme.record(Self.cancellation("A3"))
        expect(
            programme.refusal(Self.checkIn("A2", at: "2023-06-07T09:00")), field: "registration",
            mentions: "A2 is on the waitlist: it has no place")
        expect(
            programme.refusal(Self.checkIn("A3", at: "2023-06-07T09:00")), field: "registration",
            mentions: "A3 was cancelled")
        #expect(programme.refusal(Self.checkIn("A1", at: "2023-06-07T09:00")) == nil)
    }

    @Test("a registration checks in once")
    func checkingInTwice() throws {
        var programme = try Self.withKickOff()
        try programme.record(Self.registration())
        try programme.record(Self.checkIn("A1", at: "2023-06-07T09:12"))
        expect(
            programme.refusal(Self.checkIn("A1", at: "2023-06-07T09:30")), field: "registration",
            mentions: "A1 already checked in at 2023-06-07 09:12")
    }

    /// The day is the day in the Netherlands: 22:30 UTC on 7 June is 00:30 on 8 June there.
    @Test(
        "a check-in is on the conference day",
        arguments: ["2023-06-06T10:00", "2023-06-08T09:00", "2023-06-07T22:30:00Z"])
    func checkingInOffTheDay(at time: String) throws {
        var programme = try Self.withKickOff()
        try programme.record(Self.registration())
        expect(programme.refusal(Self.checkIn("A1", at: time)), field: "at", mentions: "is not on the conference day")
        #expect(programme.refusal(Self.checkIn("A1", at: "2023-06-07T21:30:00Z")) == nil)
    }

    @Test("a check-in at tomorrow's conference has not happened yet")
    func checkingInInTheFuture() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        let tomorrow = GovernanceProgramme.today.adding(days: 1)
        try programme.record(Self.schedule(on: tomorrow))
        try programme.record(Self.registration(on: GovernanceProgramme.today.iso))
        expect(
            programme.refusal(Self.checkIn("A1", at: "\(tomorrow)T19:00")), field: "at", mentions: "is in the future")
        expect(
            programme.refusal(Self.checkIn("A1", at: "\(GovernanceProgramme.today)T11:00")), field: "at",
            mentions: "is not on the conference day")
    }

    @Test("a conference has between 1 and 100000 places", arguments: [0, 100_001])
    func capacityOutOfRange(capacity: Int) throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        expect(
            programme.refusal(Self.schedule(capacity: capacity)), field: "capacity",
            mentions: "must be between 1 and 100000 places")
        #expect(programme.refusal(Self.schedule(capacity: 100_000)) == nil)
    }

    // MARK: Input

    /// Five members; input I1 collected on 2023-06-07; plan version 1 drafted on 2023-09-04.
    static func withInput() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(input())
        try programme.record(
            .draftPlan(DraftPlan(title: "Plan", summary: "Drie pijlers", date: day("2023-09-04"), informedBy: [])))
        return programme
    }

    static func input(pillar: Int = 3) -> Command {
        .addInput(
            AddInput(
                pillar: pillar, source: .youth, channel: .conference, municipality: "Kerkrade", themes: [],
                date: day("2023-06-07"), summary: "Jongeren willen een vast aanspreekpunt",
                participationLevel: .consult,
                quote: nil))
    }

    static func takeUp(_ input: InputID, into use: InputUse) -> Command {
        .takeUpInput(TakeUpInput(input: input, into: use, date: day("2023-09-10"), note: nil))
    }

    static func decline(_ input: InputID) -> Command {
        .declineInput(DeclineInput(input: input, reason: "buiten bereik", date: day("2023-09-11")))
    }

    @Test("input is collected under a pillar of the programme", arguments: [0, 4])
    func inputUnderAnUnknownPillar(pillar: Int) throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        expect(
            programme.refusal(Self.input(pillar: pillar)), field: "pillar",
            mentions: "\(pillar) is not a pillar: the programme has pillars 1–3")
        #expect(programme.refusal(Self.input(pillar: 1)) == nil)
    }

    @Test("a response is to a recorded input")
    func respondingToAnUnknownInput() throws {
        let programme = try Self.withInput()
        expect(
            programme.refusal(Self.takeUp("I2", into: .planVersion(1))), field: "input",
            mentions: "I2 is not a recorded input")
        expect(programme.refusal(Self.decline("I2")), field: "input", mentions: "I2 is not a recorded input")
    }

    @Test(
        "input is taken up in a decision, plan version or goal that exists",
        arguments: [
            (InputUse.decision("B1"), "B1 is not a recorded decision"),
            (.planVersion(2), "there is no plan version 2"), (.goal("D1"), "D1 is not a goal of the framework"),
        ])
    func takingUpInAnUnknownTarget(target: InputUse, rule: String) throws {
        let programme = try Self.withInput()
        expect(programme.refusal(Self.takeUp("I1", into: target)), field: "into", mentions: rule)
        #expect(programme.refusal(Self.takeUp("I1", into: .planVersion(1))) == nil)
    }

    @Test("input taken up is not declined afterwards")
    func decliningAfterTakingUp() throws {
        var programme = try Self.withInput()
        try programme.record(Self.takeUp("I1", into: .planVersion(1)))
        expect(
            programme.refusal(Self.decline("I1")), field: "input",
            mentions: "I1 was taken up in plan-1 on 2023-09-10: it cannot be declined")
    }

    @Test("feedback follows a response")
    func feedbackBeforeAnyResponse() throws {
        var programme = try Self.withInput()
        let feedback = Command.giveFeedback(
            GiveFeedback(input: "I1", channel: .meeting, date: day("2023-09-12"), note: nil))
        expect(programme.refusal(feedback), field: "input", mentions: "I1 was not taken up or declined yet")
        try programme.record(Self.takeUp("I1", into: .planVersion(1)))
        #expect(programme.refusal(feedback) == nil)
    }

    // MARK: Subsidies (S1: € 10.000,00, 2023-09-01 – 2024-08-31)

    static func withSubsidy() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(
            .awardSubsidy(
                AwardSubsidy(
                    funder: "Bovenregionaal Expertisenetwerk Limburg (innovatiebudget)", amount: euros("10.000,00"),
                    periodStart: day("2023-09-01"), periodEnd: day("2024-08-31"), conditions: [],
                    date: day("2023-08-15"))))
        return programme
    }

    static func euros(_ text: String) -> Cents { try! Cents(euros: text) }

    static func tranche(_ amount: String, on date: String = "2024-01-02") -> Command {
        .receiveTranche(ReceiveTranche(subsidy: "S1", amount: euros(amount), date: day(date), reference: nil))
    }

    static func expenditure(_ amount: String, on date: String = "2024-02-14") -> Command {
        .bookExpenditure(
            BookExpenditure(
                subsidy: "S1", amount: euros(amount), pillar: 3, activity: "Jongerenpanel", description: nil,
                date: day(date)))
    }

    static let report = Command.submitAccountability(
        SubmitAccountability(subsidy: "S1", date: day("2024-09-15"), note: nil))

    static func settlement(_ amount: String, on date: String) -> Command {
        .settleSubsidy(SettleSubsidy(subsidy: "S1", amount: euros(amount), date: day(date), note: nil))
    }

    @Test("an award's period ends after it starts, and every action is on an awarded subsidy")
    func awardedSubsidies() throws {
        let programme = try Self.withSubsidy()
        let award = Command.awardSubsidy(
            AwardSubsidy(
                funder: "Innovatiebudget", amount: Self.euros("10.000,00"), periodStart: day("2024-08-31"),
                periodEnd: day("2023-09-01"), conditions: [], date: day("2023-08-15")))
        expect(programme.refusal(award), field: "period", mentions: "ends (2023-09-01) before it starts (2024-08-31)")
        expect(
            programme.refusal(
                .submitAccountability(SubmitAccountability(subsidy: "S2", date: day("2024-09-15"), note: nil))),
            field: "subsidy", mentions: "S2 is not an awarded subsidy")
    }

    @Test("tranches never exceed the award")
    func tranchesBeyondTheAward() throws {
        var programme = try Self.withSubsidy()
        try programme.record(Self.tranche("6.000,00", on: "2023-10-02"))
        expect(
            programme.refusal(Self.tranche("4.000,01")), field: "amount",
            mentions: "tranches would total € 10.000,01, more than the € 10.000,00 awarded")
        #expect(programme.refusal(Self.tranche("4.000,00")) == nil)
    }

    /// The whole award may be spent, not a cent more — also when the spending comes in pieces.
    @Test("spending never exceeds the award")
    func spendingBeyondTheAward() throws {
        var programme = try Self.withSubsidy()
        expect(
            programme.refusal(Self.expenditure("10.000,01")), field: "amount",
            mentions: "spending € 10.000,01 would exceed the € 10.000,00 awarded: € 10.000,00 is left")
        try programme.record(Self.expenditure("6.000,00"))
        expect(
            programme.refusal(Self.expenditure("4.000,01")), field: "amount",
            mentions: "would exceed the € 10.000,00 awarded: € 4.000,00 is left")
        try programme.record(Self.expenditure("4.000,00"))
        expect(programme.refusal(Self.expenditure("0,01")), field: "amount", mentions: "€ 0,00 is left")
        #expect(programme.state.subsidies["S1"]?.spent == Self.euros("10.000,00"))
    }

    @Test("spending lies within the subsidy's period", arguments: ["2023-08-31", "2024-09-01"])
    func spendingOutsideThePeriod(date: String) throws {
        let programme = try Self.withSubsidy()
        expect(
            programme.refusal(Self.expenditure("100,00", on: date)), field: "date",
            mentions: "\(date) is outside the subsidy's period (2023-09-01 – 2024-08-31)")
    }

    @Test("a settlement follows the accountability report")
    func settlingWithoutAReport() throws {
        let programme = try Self.withSubsidy()
        expect(
            programme.refusal(Self.settlement("9.000,00", on: "2024-10-01")), field: "subsidy",
            mentions: "S1 has no accountability report yet")
    }

    /// After settlement (vaststelling) the subsidy is closed: no tranche, spending, report or settlement.
    @Test("a settled subsidy refuses every action")
    func settledSubsidyIsClosed() throws {
        var programme = try Self.withSubsidy()
        try programme.record(Self.report)
        try programme.record(Self.settlement("9.000,00", on: "2024-10-01"))
        for action in [
            Self.tranche("1.000,00", on: "2024-10-02"), Self.expenditure("100,00"),
            .submitAccountability(SubmitAccountability(subsidy: "S1", date: day("2024-10-02"), note: nil)),
            Self.settlement("9.500,00", on: "2024-10-02"),
        ] {
            expect(programme.refusal(action), field: "subsidy", mentions: "S1 was settled on 2024-10-01: it is closed")
        }
    }
}
