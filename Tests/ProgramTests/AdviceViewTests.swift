import Program
import Projections
import Testing

/// The advice view on a programme whose figures are known: statuses as of a day, the counts and
/// shares as published (small counts hidden), the median days to a response, overdue now.
@Suite("Advice view")
struct AdviceViewTests {
    /// O1 gives twelve unrequested advice from 2024-04-01 on, one a day: AD1–AD5 adopted, AD6–AD10
    /// adopted in part, AD11 not adopted — AD`n` answered 7 × `n` days after it was given — and
    /// AD12 never answered. O1 is asked for AD13 on 2025-01-06 by 2025-02-03 and never answers;
    /// O2's binding AD14 of 2025-01-10 is carried out on 2025-02-01.
    static func programme() throws -> GovernanceProgramme {
        var programme = try AdviceProgramme.withBodies()
        for n in 1...12 {
            let given = day("2024-04-01").adding(days: n - 1)
            try programme.record(AdviceProgramme.unrequested(on: given.iso))
            guard n < 12 else { continue }
            let outcome: AdviceOutcome = n <= 5 ? .adopted : n <= 10 ? .adoptedInPart : .notAdopted
            try programme.record(
                AdviceProgramme.respond(
                    AdviceID.numbered(n), outcome, reason: outcome == .adopted ? nil : "Te duur",
                    on: given.adding(days: 7 * n).iso))
        }
        try programme.record(AdviceProgramme.request(on: "2025-01-06", due: "2025-02-03"))
        try programme.record(AdviceProgramme.unrequested(body: "O2", on: "2025-01-10"))
        try programme.record(AdviceProgramme.carryOut("AD14", on: "2025-02-01"))
        return programme
    }

    /// The view of `programme` as of `asOf`.
    static func view(_ programme: GovernanceProgramme, asOf: String) -> AdviceView {
        var projection = ProgrammeProjection(happenedBy: day(asOf))
        for (offset, event) in programme.events.enumerated() {
            projection.apply(event, position: Int64(offset + 1), recordedAt: Instant(iso: "2025-06-01T12:00")!)
        }
        return AdviceView(projection)
    }

    @Test("counts per body and year, small ones hidden; shares of the answered, hidden with them")
    func figures() throws {
        let view = Self.view(try Self.programme(), asOf: "2025-06-01")
        #expect(view.asOf == day("2025-06-01") && view.responseDays == 42)
        #expect(view.bodies.map(\.id) == ["O1", "O2"])
        let youth = try #require(view.bodies.first)
        #expect(youth.members == PersonCount(2))
        #expect(youth.years.map(\.year) == [2024])
        let year = try #require(youth.years.first)
        #expect(year.given == PersonCount(12))
        #expect(year.requested == PersonCount(0) && year.unrequested == PersonCount(12))
        // 5 adopted, 5 in part, 1 not adopted, 1 unanswered: the two ones are hidden.
        #expect(year.outcomes.adopted.value == 5 && year.outcomes.adoptedInPart.value == 5)
        #expect(year.outcomes.notAdopted.description == "<5" && year.outcomes.unanswered.description == "<5")
        // Of the 11 answered, the one not adopted is hidden, and so one more share (the adopted,
        // by key), so that it does not follow from 100 %: 5 of 11 in part is 45 %.
        #expect(year.shares.adopted == nil && year.shares.adoptedInPart == 45 && year.shares.notAdopted == nil)
        // 7, 14, …, 77 days: the median of eleven is the sixth.
        #expect(year.medianDaysToResponse == 42)
        #expect(view.years.map(\.year) == [2024, 2025])
        #expect(view.years.last?.given.description == "<5")
        #expect(view.years.last?.medianDaysToResponse == 22)
    }

    @Test("overdue now: a request past its due date, advice past the response time")
    func overdue() throws {
        let view = Self.view(try Self.programme(), asOf: "2025-06-01")
        let youth = try #require(view.bodies.first)
        #expect(youth.overdue.openRequests.description == "<5" && youth.overdue.requestsOverdue.description == "<5")
        #expect(youth.overdue.responsesOverdue.description == "<5")
        #expect(view.bodies.last?.overdue.awaitingResponse == PersonCount(0))
        let status = Dictionary(uniqueKeysWithValues: view.advice.map { ($0.id, $0.status) })
        #expect(status["AD1"] == .adopted && status["AD6"] == .adoptedInPart && status["AD11"] == .notAdopted)
        #expect(status["AD12"] == .overdue && status["AD13"] == .requestOverdue && status["AD14"] == .carriedOut)
        let notAdopted = try #require(view.advice.first { $0.id == "AD11" })
        #expect(notAdopted.reason == "Te duur" && notAdopted.daysToResponse == 77)
        let binding = try #require(view.advice.last)
        #expect(binding.binding && binding.carriedOutOn == day("2025-02-01") && binding.outcome == .adopted)
        #expect(binding.daysToResponse == 22 && binding.respondedOn == nil)
    }

    @Test("as of an earlier day: what was answered by then, and the rest open or overdue then")
    func asOfAnEarlierDay() throws {
        let programme = try Self.programme()
        let april = Self.view(programme, asOf: "2024-04-20")
        let status = Dictionary(uniqueKeysWithValues: april.advice.map { ($0.id, $0.status) })
        // AD1 answered on 04-08, AD2 on 04-16; AD3 not until 04-24.
        #expect(status["AD1"] == .adopted && status["AD2"] == .adopted && status["AD3"] == .open)
        #expect(april.advice.count == 12 && status["AD12"] == .open)
        #expect(april.advice.first { $0.id == "AD12" }?.responseDue == day("2024-05-24"))
        let may = Self.view(programme, asOf: "2024-05-25")
        #expect(may.advice.first { $0.id == "AD12" }?.status == .overdue)
        #expect(may.advice.first { $0.id == "AD11" }?.status == .overdue)
        #expect(Self.view(programme, asOf: "2025-02-03").advice.first { $0.id == "AD13" }?.status == .requested)
        #expect(Self.view(programme, asOf: "2025-02-04").advice.first { $0.id == "AD13" }?.status == .requestOverdue)
    }

    @Test("a programme with a response time of its own judges by it")
    func responseTimeOfTheProgramme() throws {
        var definition = ProgrammeDefinition.zuidLimburg
        definition.adviceResponseDays = 28
        var programme = try GovernanceProgramme(definition)
        try programme.addMember("Sanne", .youth, on: "2023-01-16")
        try programme.record(AdviceProgramme.establish("Jongerenraad", .youthCouncil, [.youth], on: "2024-03-04"))
        try programme.record(AdviceProgramme.join("O1", "Noor", .youth, on: "2024-03-04"))
        try programme.record(AdviceProgramme.unrequested(on: "2024-04-01"))
        #expect(Self.view(programme, asOf: "2024-04-29").advice.first?.status == .open)
        let late = Self.view(programme, asOf: "2024-04-30")
        #expect(late.responseDays == 28 && late.advice.first?.status == .overdue)
        #expect(late.advice.first?.responseDue == day("2024-04-29"))
    }
}
