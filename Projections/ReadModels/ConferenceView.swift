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

    /// The status of a registration on a day: `registered` (holding a place), `checked-in`,
    /// `no-show` (held a place, the conference is over, never checked in), `waitlisted`, `cancelled`.
    public static func status(
        _ status: Registration.Status, checkedIn: Bool, conference: Conference, on day: Day
    ) -> String {
        if checkedIn { return "checked-in" }
        switch status {
        case .registered: return conference.date < day ? "no-show" : "registered"
        case .waitlisted: return "waitlisted"
        case .cancelled: return "cancelled"
        }
    }

    public static let statuses = ["registered", "checked-in", "no-show", "waitlisted", "cancelled"]

    public init(_ projection: ProgrammeProjection) {
        conferences = projection.state.conferences.values.sorted { $0.id < $1.id }.map { conference in
            let table = conference.registrations
            let zero = Dictionary(uniqueKeysWithValues: Self.statuses.map { ($0, 0) })
            var counts = zero
            var byCategory: [String: [String: Int]] = [:]
            for row in table.rows {
                let status = Self.status(
                    table.status(at: row), checkedIn: table.checkedIn(at: row) != nil, conference: conference,
                    on: projection.asOfDay)
                counts[status, default: 0] += 1
                byCategory[table.category(at: row).rawValue, default: zero][status, default: 0] += 1
            }
            return Stats(
                id: conference.id.rawValue, title: conference.title, date: conference.date, venue: conference.venue,
                capacity: conference.capacity, registrations: PersonCount(table.count),
                byStatus: PersonCount.breakdown(counts), byCategory: PersonCount.table(byCategory))
        }
    }
}
