import Program

/// The core group: its make-up over time (counts only, never names), its decisions and the
/// participation levels at which they were taken.
public struct CoreGroupView: Sendable, Hashable, Codable {
    /// Active members now, by constituency.
    public var members: [String: PersonCount]
    public var activeMembers: PersonCount
    /// Active members at the start of each quarter since the first member joined.
    public var overTime: [Composition]
    /// The decision register, oldest first.
    public var decisions: [DecisionEntry]
    /// Decisions in force per participation level (1–6).
    public var decisionsByLevel: [String: Int]

    public struct Composition: Sendable, Hashable, Codable {
        public var date: Day
        public var members: [String: PersonCount]
    }

    public init(_ projection: ProgrammeProjection) {
        let state = projection.state
        let today = projection.asOfDay
        func composition(on day: Day) -> [String: PersonCount] {
            PersonCount.breakdown(
                Dictionary(grouping: state.activeMembers(on: day), by: { $0.constituency.kind.rawValue }).mapValues(
                    \.count))
        }
        members = composition(on: today)
        activeMembers = PersonCount(state.activeMembers(on: today).count)
        var quarters: [Day] = []
        if let first = state.members.values.map(\.joined).min() {
            var day = Day(year: first.year, month: (first.month - 1) / 3 * 3 + 1, day: 1)!
            while day <= today {
                quarters.append(day)
                day =
                    day.month >= 10
                    ? Day(year: day.year + 1, month: 1, day: 1)! : Day(year: day.year, month: day.month + 3, day: 1)!
            }
        }
        overTime = quarters.map { Composition(date: $0, members: composition(on: $0)) }
        decisions = state.decisions.values.sorted { $0.id < $1.id }.map(DecisionEntry.init)
        decisionsByLevel = Dictionary(
            grouping: state.decisions.values.filter { $0.revocation == nil && $0.outcome == .adopted },
            by: { String($0.participationLevel.rawValue) }
        ).mapValues(\.count)
    }
}

/// A decision in the register, with its history.
public struct DecisionEntry: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var text: String
    public var date: Day
    public var outcome: DecisionOutcome
    /// `in-force`, `amended` (in force, changed since) or `revoked`; for adopted decisions.
    public var status: String
    public var participationLevel: Int
    public var pillars: [Int]
    public var informedBy: [String]
    public var present: Int
    public var votes: Votes
    public var history: [Change]

    /// One step in a decision's history.
    public struct Change: Sendable, Hashable, Codable {
        public var date: Day
        /// `recorded`, `amended` or `revoked`.
        public var kind: String
        public var reason: String?
    }

    init(_ decision: Decision) {
        id = decision.id.rawValue
        title = decision.title
        text = decision.text
        date = decision.meeting.date
        outcome = decision.outcome
        status = decision.revocation != nil ? "revoked" : decision.amendments.isEmpty ? "in-force" : "amended"
        participationLevel = decision.participationLevel.rawValue
        pillars = decision.pillars
        informedBy = decision.informedBy.map(\.rawValue)
        present = decision.meeting.present.count
        votes = decision.meeting.votes
        history =
            [Change(date: decision.meeting.date, kind: "recorded", reason: nil)]
            + decision.amendments.map { Change(date: $0.meeting.date, kind: "amended", reason: $0.reason) }
            + [decision.revocation].compactMap { $0 }.map {
                Change(date: $0.meeting.date, kind: "revoked", reason: $0.reason)
            }
    }
}
