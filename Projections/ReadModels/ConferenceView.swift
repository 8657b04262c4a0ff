import Program

/// Conferences: registrations by status and category — counts only, small ones hidden.
public struct ConferenceView: Sendable, Hashable, Codable {
    public var conferences: [Stats]

    public struct Stats: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var date: Day
        public var venue: String
        public var capacity: Int
        /// Registrations received, whatever became of them.
        public var registrations: PersonCount
        public var byStatus: [String: PersonCount]
        /// Per category (youth, parent, …), per status.
        public var byCategory: [String: [String: PersonCount]]
    }

    /// The statuses of a registration on a day: `registered` (holding a place), `checked-in`,
    /// `no-show` (held a place, the conference is over, never checked in), `waitlisted`, `cancelled`.
    public static let statuses = ["registered", "checked-in", "no-show", "waitlisted", "cancelled"]

    /// The index in ``statuses`` of a registration's status.
    private static func status(_ status: Registration.Status, checkedIn: Bool, conferenceIsOver: Bool) -> Int {
        if checkedIn { return 1 }
        switch status {
        case .registered: return conferenceIsOver ? 2 : 0
        case .waitlisted: return 3
        case .cancelled: return 4
        }
    }

    public init(_ projection: ProgrammeProjection) {
        conferences = projection.state.conferences.values.sorted { $0.id < $1.id }.map { conference in
            let table = conference.registrations
            let isOver = conference.date < projection.asOfDay
            let zero = [Int](repeating: 0, count: Self.statuses.count)
            var counts = zero
            var byCategory: [AttendeeCategory: [Int]] = [:]
            for row in table.rows {
                let status = Self.status(
                    table.status(at: row), checkedIn: table.checkedIn(at: row) != nil, conferenceIsOver: isOver)
                counts[status] += 1
                byCategory[table.category(at: row), default: zero][status] += 1
            }
            func named(_ counts: [Int]) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: zip(Self.statuses, counts))
            }
            return Stats(
                id: conference.id.rawValue, title: conference.title, date: conference.date, venue: conference.venue,
                capacity: conference.capacity, registrations: PersonCount(table.count),
                byStatus: PersonCount.breakdown(named(counts)),
                byCategory: PersonCount.table(
                    Dictionary(uniqueKeysWithValues: byCategory.map { ($0.key.rawValue, named($0.value)) })))
        }
    }
}
