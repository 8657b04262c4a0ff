import Program

/// "Is er iets met ons advies gedaan, en zo niet, waarom?" — the advice of the participation
/// bodies beside the core group: each advice and where it stands, and per body and year how
/// much was asked and given, what was adopted and how fast it was answered. Never members' names.
///
/// Overdue is judged at the end of the projection's day (``ProgrammeProjection/asOfDay``), the
/// addressee having the programme's response time (``ProgrammeDefinition/responseDays``). Counts
/// of advice are counts of contributions by people, published as ``PersonCount``.
public struct AdviceView: Sendable, Hashable, Codable {
    /// The day the statuses are judged on.
    public var asOf: Day
    /// The days an addressee has to respond to advice.
    public var responseDays: Int
    /// Every body, by id.
    public var bodies: [BodyAdvice]
    /// The figures of all bodies together, per year given.
    public var years: [AdviceYear]
    /// What is overdue now, all bodies together.
    public var overdue: AdviceOverdue
    /// Every advice, by id.
    public var advice: [AdviceEntry]

    public init(_ projection: ProgrammeProjection) {
        let state = projection.state
        let day = projection.asOfDay
        let days = (state.definition ?? .zuidLimburg).responseDays
        asOf = day
        responseDays = days
        let all = state.advice.values.sorted { $0.id < $1.id }
        let byBody = Dictionary(grouping: all, by: \.body)
        bodies = state.bodies.values.sorted { $0.id < $1.id }.map { body in
            BodyAdvice(
                body, members: state.members(of: body.id, on: day).count, advice: byBody[body.id] ?? [], on: day,
                responseDays: days)
        }
        years = AdviceYear.years(of: all)
        overdue = AdviceOverdue(all, on: day, responseDays: days)
        advice = all.map { AdviceEntry($0, state: state, on: day, responseDays: days) }
    }
}

/// A body and its advice.
public struct BodyAdvice: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var type: BodyType
    /// Whom it speaks for.
    public var constituencies: [Constituency.Kind]
    /// For a municipal body, the municipality's CBS code.
    public var municipality: String?
    public var bindingAdvice: Bool
    public var established: Day
    /// Its members on the view's day.
    public var members: PersonCount
    /// Its figures per year given.
    public var years: [AdviceYear]
    public var overdue: AdviceOverdue

    init(_ body: Body, members: Int, advice: [Advice], on day: Day, responseDays: Int) {
        id = body.id.rawValue
        name = body.name
        type = body.type
        constituencies = body.constituencies
        municipality = body.municipality
        bindingAdvice = body.bindingAdvice
        established = body.established
        self.members = PersonCount(members)
        years = AdviceYear.years(of: advice)
        overdue = AdviceOverdue(advice, on: day, responseDays: responseDays)
    }
}

/// The advice given in one year: requested or not, what became of it, how fast it was answered.
public struct AdviceYear: Sendable, Hashable, Codable {
    public var year: Int
    public var given: PersonCount
    public var requested: PersonCount
    public var unrequested: PersonCount
    /// Adopted, adopted in part, not adopted, and not answered yet: adding up to ``given``.
    public var outcomes: Outcomes
    /// The shares of the answered advice, in whole percents; `nil` where the count is hidden.
    public var shares: Shares
    /// The median number of days from the advice to its answer (response or execution).
    public var medianDaysToResponse: Int?

    public struct Outcomes: Sendable, Hashable, Codable {
        public var adopted: PersonCount
        public var adoptedInPart: PersonCount
        public var notAdopted: PersonCount
        public var unanswered: PersonCount
    }

    public struct Shares: Sendable, Hashable, Codable {
        public var adopted: Int?
        public var adoptedInPart: Int?
        public var notAdopted: Int?
    }

    /// The figures per year of the given advice among `advice`, oldest year first.
    static func years(of advice: [Advice]) -> [AdviceYear] {
        let byYear = Dictionary(grouping: advice.compactMap { advice in advice.given.map { (advice, $0) } }) {
            $0.1.date.year
        }
        return byYear.keys.sorted().map { AdviceYear(year: $0, advice: byYear[$0]!.map(\.0)) }
    }

    /// The figures of `advice`, all given in `year`.
    init(year: Int, advice: [Advice]) {
        self.year = year
        given = PersonCount(advice.count)
        let requested = advice.count { $0.request != nil }
        let asked = PersonCount.breakdown(["requested": requested, "unrequested": advice.count - requested])
        self.requested = asked["requested"]!
        unrequested = asked["unrequested"]!
        var counts: [AdviceOutcome: Int] = [:]
        for case let outcome? in advice.map(\.outcome) { counts[outcome, default: 0] += 1 }
        let answered = counts.values.reduce(0, +)
        let adopted = counts[.adopted] ?? 0
        let inPart = counts[.adoptedInPart] ?? 0
        let notAdopted = counts[.notAdopted] ?? 0
        // The four add up to the given advice, the three answered ones to the answered: each
        // hidden as one breakdown, so that no small count follows from the others.
        let outcomes = PersonCount.breakdown([
            "adopted": adopted, "adopted-in-part": inPart, "not-adopted": notAdopted,
            "unanswered": advice.count - answered,
        ])
        self.outcomes = Outcomes(
            adopted: outcomes["adopted"]!, adoptedInPart: outcomes["adopted-in-part"]!,
            notAdopted: outcomes["not-adopted"]!, unanswered: outcomes["unanswered"]!)
        let shown = PersonCount.breakdown(["adopted": adopted, "adopted-in-part": inPart, "not-adopted": notAdopted])
        func share(_ key: String) -> Int? {
            guard answered > 0, let count = shown[key]?.value else { return nil }
            return (100 * count + answered / 2) / answered
        }
        shares = Shares(
            adopted: share("adopted"), adoptedInPart: share("adopted-in-part"), notAdopted: share("not-adopted"))
        let days = advice.compactMap { advice in
            advice.answered.flatMap { answered in advice.given.map { answered.days(since: $0.date) } }
        }
        .sorted()
        medianDaysToResponse = days.isEmpty ? nil : days[days.count / 2]
    }
}

/// What is overdue on a day: requests not answered with advice by their due date, and advice not
/// answered within the response time.
public struct AdviceOverdue: Sendable, Hashable, Codable {
    /// Requests not given advice yet.
    public var openRequests: PersonCount
    /// Of those, past their due date.
    public var requestsOverdue: PersonCount
    /// Given advice awaiting an answer.
    public var awaitingResponse: PersonCount
    /// Of those, past the response time.
    public var responsesOverdue: PersonCount

    init(_ advice: [Advice], on day: Day, responseDays: Int) {
        let statuses = advice.map { $0.status(on: day, responseDays: responseDays) }
        func count(_ wanted: Advice.Status...) -> Int { statuses.count(where: wanted.contains) }
        openRequests = PersonCount(count(.requested, .requestOverdue))
        requestsOverdue = PersonCount(count(.requestOverdue))
        awaitingResponse = PersonCount(count(.open, .overdue))
        responsesOverdue = PersonCount(count(.overdue))
    }
}

/// One advice and where it stands.
public struct AdviceEntry: Sendable, Hashable, Codable {
    public var id: String
    public var body: String
    public var bodyName: String
    public var requested: Bool
    /// Who asked for it or receives it: `core-group`, `region`, `municipality`, `care-provider`.
    public var addressee: AdviceAddressee.Kind
    /// The municipality's CBS code or the care provider's name.
    public var addresseeName: String?
    public var title: String
    /// The question, for requested advice.
    public var question: String?
    /// What the body advised, once given.
    public var text: String?
    public var pillars: [Int]
    public var themes: [String]
    public var participationLevel: Int
    public var binding: Bool
    public var status: Advice.Status
    public var requestedOn: Day?
    /// The day the body was asked to advise by.
    public var due: Day?
    public var givenOn: Day?
    /// The last day for the addressee's response.
    public var responseDue: Day?
    public var respondedOn: Day?
    public var outcome: AdviceOutcome?
    /// Why it was not (fully) adopted.
    public var reason: String?
    /// The decision, plan version or goal in which it was answered.
    public var answeredIn: InputLineage.Use?
    /// For binding advice: the day it was carried out.
    public var carriedOutOn: Day?
    /// Days from the advice to its answer.
    public var daysToResponse: Int?
    /// The body's reaction to the answer.
    public var reaction: String?
    public var reactedOn: Day?

    /// `advice` as it stands at the end of `day`, the addressee having `responseDays` to respond.
    public init(_ advice: Advice, state: ProgrammeState, on day: Day, responseDays: Int) {
        let request = advice.request
        let given = advice.given
        id = advice.id.rawValue
        body = advice.body.rawValue
        bodyName = state.bodies[advice.body]?.name ?? ""
        requested = request != nil
        addressee = advice.addressee.kind
        addresseeName = advice.addressee.detail
        title = given?.title ?? request?.title ?? ""
        question = request?.question
        text = given?.text
        pillars = given?.pillars ?? request?.pillars ?? []
        themes = given?.themes ?? request?.themes ?? []
        participationLevel = (given?.participationLevel ?? request?.participationLevel ?? .advise).rawValue
        binding = given?.binding ?? false
        status = advice.status(on: day, responseDays: responseDays)
        requestedOn = request?.date
        due = request?.due
        givenOn = given?.date
        responseDue = advice.responseDue(within: responseDays)
        let response = advice.response
        respondedOn = response?.date
        outcome = advice.outcome
        reason = response?.reason
        answeredIn = response.flatMap { response in
            response.into.map { InputLineage.Use($0, date: response.date, state: state) }
        }
        carriedOutOn = advice.carriedOut?.date
        daysToResponse = advice.answered.flatMap { answered in given.map { answered.days(since: $0.date) } }
        reaction = advice.reaction?.text
        reactedOn = advice.reaction?.date
    }
}
