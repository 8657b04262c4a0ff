import Program
import Testing

/// The rules that keep the business clock coherent (docs/time-rules.md): no fact is dated before
/// a fact it refers to, so that "as of a date" is a consistent part of the log.
@Suite("Rules that respect time")
struct TimeRulesTests {
    /// Five members; decision B1 on 2023-02-06, plan version 1 drafted 2023-04-17, goal D1 added
    /// 2023-09-04; input I1 collected 2023-05-10.
    static func withTargets() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)))
        try programme.record(
            .draftPlan(
                DraftPlan(title: "Plan van aanpak", summary: "Drie pijlers", date: day("2023-04-17"), informedBy: [])))
        try programme.record(goal())
        try programme.record(input(on: "2023-05-10"))
        return programme
    }

    static func input(on date: String) -> Command {
        .addInput(
            AddInput(
                pillar: 2, source: .youth, channel: .meeting, municipality: nil, themes: [], date: day(date),
                summary: "Een vast aanspreekpunt", participationLevel: .advise, quote: nil))
    }

    static func takeUp(_ input: InputID, into use: InputUse, on date: String) -> Command {
        .takeUpInput(TakeUpInput(input: input, into: use, date: day(date), note: nil))
    }

    @Test("input is taken up only into a decision, plan or goal dated on or after it")
    func takenUpIntoSomethingEarlier() throws {
        let programme = try Self.withTargets()
        expect(
            programme.refusal(Self.takeUp("I1", into: .decision("B1"), on: "2023-06-01")), field: "into",
            mentions: "B1 is dated 2023-02-06, before I1 was collected (2023-05-10)")
        expect(
            programme.refusal(Self.takeUp("I1", into: .planVersion(1), on: "2023-06-01")), field: "into",
            mentions: "plan-1 is dated 2023-04-17")
        #expect(programme.refusal(Self.takeUp("I1", into: .goal("D1"), on: "2023-09-04")) == nil)
    }

    @Test("a take-up is dated on or after what the input is taken up into")
    func takenUpBeforeTheTarget() throws {
        let programme = try Self.withTargets()
        expect(
            programme.refusal(Self.takeUp("I1", into: .goal("D1"), on: "2023-06-01")), field: "date",
            mentions: "D1 is dated 2023-09-04")
    }

    @Test("a decision is informed only by inputs collected by its meeting")
    func informedByLaterInput() throws {
        let programme = try Self.withTargets()
        var command = decision(meeting("2023-05-01", ["K1", "K2", "K3"], for: 3))
        if case .recordDecision(var record) = command {
            record.informedBy = ["I1"]
            command = .recordDecision(record)
        }
        expect(programme.refusal(command), field: "informed-by", mentions: "I1 was collected on 2023-05-10")
    }

    @Test("feedback comes on or after the answer it reports")
    func feedbackBeforeTheAnswer() throws {
        var programme = try Self.withTargets()
        try programme.record(Self.takeUp("I1", into: .goal("D1"), on: "2023-09-10"))
        expect(
            programme.refusal(
                .giveFeedback(GiveFeedback(input: "I1", channel: .letter, date: day("2023-09-01"), note: nil))),
            field: "date", mentions: "first answered on 2023-09-10")
    }

    @Test("a measurement comes on or after its goal was added")
    func measurementBeforeTheGoal() throws {
        var programme = try Self.withTargets()
        try programme.record(goal(date: "2024-07-15"))
        expect(
            programme.refusal(
                .recordMeasurement(
                    RecordMeasurement(
                        goal: "D2", period: Period(year: 2024), value: 12, note: nil, date: day("2024-03-01")))),
            field: "date", mentions: "D2 was added on 2024-07-15")
    }

    // MARK: Conferences

    /// Conference C1 on 2023-06-07, announced 2023-03-01, 1 place; A1 registered 2023-05-01 and
    /// A2 on the waitlist 2023-05-02.
    static func withFullConference() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(
            .scheduleConference(
                ScheduleConference(
                    title: "Startconferentie", date: day("2023-06-07"), venue: "Kerkrade", capacity: 1,
                    announced: day("2023-03-01"))))
        try programme.record(register(on: "2023-05-01"))
        try programme.record(register(on: "2023-05-02"))
        return programme
    }

    static func register(on date: String) -> Command {
        .register(
            Register(
                conference: "C1", category: .parent, name: "Ouder", email: nil, phone: nil, municipality: nil,
                ageGroup: nil, parentConsentBy: nil, date: day(date)))
    }

    static func cancel(_ registration: RegistrationID, on date: String) -> Command {
        .cancelRegistration(CancelRegistration(registration: registration, reason: "ziek", date: day(date)))
    }

    @Test("no registration before the conference was announced")
    func registeringBeforeTheAnnouncement() throws {
        let programme = try Self.withFullConference()
        expect(
            programme.refusal(Self.register(on: "2023-02-20")), field: "date",
            mentions: "announced on 2023-03-01")
    }

    @Test("a conference is not announced after its own date")
    func announcedAfterTheConference() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        expect(
            programme.refusal(
                .scheduleConference(
                    ScheduleConference(
                        title: "Startconferentie", date: day("2023-06-07"), venue: "Kerkrade", capacity: 10,
                        announced: day("2023-06-08")))),
            field: "announced", mentions: "after the conference's date (2023-06-07)")
    }

    @Test("a conference scheduled ahead is announced today; one recorded afterwards has no announcement")
    func announcedByDefault() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        let ahead = try programme.record(
            .scheduleConference(
                ScheduleConference(title: "Later", date: day("2025-09-01"), venue: "Heerlen", capacity: 10)))
        let held = try programme.record(
            .scheduleConference(
                ScheduleConference(title: "Toen", date: day("2023-06-07"), venue: "Kerkrade", capacity: 10)))
        guard case .conferenceScheduled(let later) = ahead.first, case .conferenceScheduled(let then) = held.first
        else {
            Issue.record("no ConferenceScheduled")
            return
        }
        #expect(later.announced == GovernanceProgramme.today)
        #expect(then.announced == nil)
    }

    @Test("no cancellation, and so no promotion, after the conference's date")
    func cancellingAfterTheConference() throws {
        let programme = try Self.withFullConference()
        expect(
            programme.refusal(Self.cancel("A1", on: "2023-06-21")), field: "date",
            mentions: "held on 2023-06-07", "after the conference")
    }

    @Test("a cancellation gives the place to the first on the waitlist who had registered by then")
    func promotionRespectsTheDate() throws {
        var programme = try Self.withFullConference()
        // A2 (waitlisted 2023-05-02) had not registered yet on 2023-05-01.
        let early = try programme.record(Self.cancel("A1", on: "2023-05-01"))
        #expect(early.count == 1, "\(early)")
        var later = try Self.withFullConference()
        let events = try later.record(Self.cancel("A1", on: "2023-05-03"))
        #expect(events.count == 2)
        guard case .registrationPromoted(let promoted) = events.last else {
            Issue.record("no promotion: \(events)")
            return
        }
        #expect(promoted.registration == "A2" && promoted.date == day("2023-05-03"))
        expect(
            later.refusal(Self.cancel("A2", on: "2023-05-02")), field: "date", mentions: "A2 got a place on 2023-05-03")
    }

    // MARK: Funds and reports

    @Test("no spending is booked once it was accounted for")
    func spendingAfterTheAccountability() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(
            .awardSubsidy(
                AwardSubsidy(
                    funder: "BEL", amount: Cents(1_000_000), periodStart: day("2023-09-01"),
                    periodEnd: day("2024-08-31"), conditions: [], date: day("2023-08-15"))))
        try programme.record(
            .submitAccountability(SubmitAccountability(subsidy: "S1", date: day("2024-09-15"), note: nil)))
        expect(
            programme.refusal(
                .bookExpenditure(
                    BookExpenditure(
                        subsidy: "S1", amount: Cents(10_000), pillar: 1, activity: "Training", description: nil,
                        date: day("2024-03-01")))),
            field: "subsidy", mentions: "accounted for on 2024-09-15")
    }

    @Test("a published report does not speak of a day after its publication")
    func reportAboutTheFuture() throws {
        expect(
            try publication(happenedBy: day("2025-02-01"), layout: 2), field: "as-of",
            mentions: "after the day of publication")
    }

    @Test("a published report names a report layout, from 1")
    func reportLayoutFromOne() throws {
        expect(
            try publication(happenedBy: nil, layout: 0), field: "layout", mentions: "must be a report layout, from 1")
    }

    /// The refusal of a report published on 2025-01-20 with these values.
    private func publication(happenedBy: Day?, layout: Int) throws -> RuleViolation? {
        let hash = String(repeating: "ab", count: 32)
        return try GovernanceProgramme.withFiveMembers().refusal(
            .publishReport(
                PublishReport(
                    position: 3, headHash: hash, digest: hash, format: "md", language: .dutch,
                    date: day("2025-01-20"), happenedBy: happenedBy, layout: layout)))
    }
}
