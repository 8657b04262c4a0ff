import Program

/// A region's demo story as it is written: its days of commands, and the building blocks the
/// commands are made of. Ids are predicted by counting, as the rules hand them out in order.
struct StoryDays {
    private var written: [DemoDay] = []
    private var random: SplitMix64
    /// Who records once the core group has a first member.
    static let secretary: MemberID = "K1"

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// The days in the order they happened; those at one moment in the order written.
    var days: [DemoDay] {
        written.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// Records `commands` on `date` at `hour` (a minute later for each earlier day written for that
    /// date), by `actor`; `publish` publishes the progress report as of that date afterwards.
    mutating func on(
        _ date: String, actor: MemberID? = secretary, _ name: String, _ commands: [Command], hour: Int = 10,
        publish: String? = nil
    ) {
        let sameDay = written.count { $0.time.dayInNetherlands == Self.day(date) }
        let time = Instant.startOf(Self.day(date)).adding(seconds: hour * 3600 + sameDay * 60)
        written.append(
            DemoDay(
                time: time, actor: actor, name: name, commands: commands, publishReportAsOf: publish.map(Self.day)))
    }

    /// One of `choices`, the same one every run.
    mutating func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func member(_ name: String, _ kind: Constituency.Kind, _ represents: String? = nil, on date: String)
        -> Command
    {
        .addMember(AddMember(name: name, constituency: kind, represents: represents, date: day(date)))
    }

    static func establish(
        _ name: String, _ type: BodyType, _ constituencies: [Constituency.Kind], binding: Bool = false,
        on date: String
    ) -> Command {
        .establishBody(
            EstablishBody(
                name: name, type: type, constituencies: constituencies, municipality: nil, bindingAdvice: binding,
                date: day(date)))
    }

    static func join(
        _ body: BodyID, _ name: String, _ kind: Constituency.Kind, _ represents: String? = nil, on date: String
    ) -> Command {
        .joinBody(JoinBody(body: body, name: name, constituency: kind, represents: represents, date: day(date)))
    }

    static func decision(
        _ title: String, _ text: String, _ date: String, present: [MemberID], votes: (Int, Int, Int), pillars: [Int],
        level: ParticipationLevel
    ) -> Command {
        .recordDecision(
            RecordDecision(
                title: title, text: text,
                meeting: Meeting(
                    date: day(date), present: present,
                    votes: Votes(inFavour: votes.0, against: votes.1, abstaining: votes.2)),
                outcome: .adopted, pillars: pillars, participationLevel: level, informedBy: []))
    }

    /// Unrequested advice of `body` to `to` (a municipality or care provider named by `name`).
    static func advice(
        _ body: BodyID, to: AdviceAddressee.Kind, named name: String? = nil, title: String, text: String,
        pillars: [Int], themes: [String], level: ParticipationLevel, members: [BodyMemberID], on date: String
    ) -> Command {
        .giveAdvice(
            GiveAdvice(
                request: nil, body: body, addressee: to, addresseeName: name, title: title, text: text,
                pillars: pillars, themes: themes, participationLevel: level, members: members, date: day(date)))
    }

    static func respond(
        _ advice: AdviceID, _ outcome: AdviceOutcome, reason: String? = nil, into: InputUse? = nil, on date: String
    ) -> Command {
        .respondToAdvice(RespondToAdvice(advice: advice, outcome: outcome, reason: reason, into: into, date: day(date)))
    }

    /// Registrations for conference C1 by made-up people (`number` makes each e-mail address unique).
    mutating func registration(number: Int, first: [String], last: [String], on date: String) -> Command {
        let category = pick([AttendeeCategory.youth, .youth, .parent, .parent, .careProvider, .municipality, .other])
        let age: AgeGroup? = category == .youth ? pick([.from12to15, .from16to17, .from18to23]) : nil
        let name = "\(pick(first)) \(pick(last))"
        return .register(
            Register(
                conference: "C1", category: category, name: name,
                email: name.lowercased().replacingOccurrences(of: " ", with: ".") + "\(number)@example.nl",
                phone: nil, municipality: nil, ageGroup: age,
                parentConsentBy: age?.needsParentalConsent == true ? "ouder van \(name)" : nil, date: Self.day(date)))
    }

    static func checkIn(_ registration: Int, at time: Instant) -> Command {
        .checkIn(CheckIn(registration: .numbered(registration), at: time))
    }

    static func takeUp(_ input: Int, into use: InputUse, on date: String) -> Command {
        .takeUpInput(TakeUpInput(input: .numbered(input), into: use, date: day(date), note: nil))
    }

    static func feedback(_ input: Int, _ channel: Channel, on date: String) -> Command {
        .giveFeedback(GiveFeedback(input: .numbered(input), channel: channel, date: day(date), note: nil))
    }

    static func spend(_ cents: Int64, pillar: Int, _ activity: String, on date: String) -> Command {
        .bookExpenditure(
            BookExpenditure(
                subsidy: "S1", amount: Cents(cents), pillar: pillar, activity: activity, description: nil,
                date: day(date)))
    }
}
