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
    public static func status(_ registration: Registration, conference: Conference, on day: Day) -> String {
        if registration.checkedIn != nil { return "checked-in" }
        switch registration.status {
        case .registered: return conference.date < day ? "no-show" : "registered"
        case .waitlisted: return "waitlisted"
        case .cancelled: return "cancelled"
        }
    }

    public static let statuses = ["registered", "checked-in", "no-show", "waitlisted", "cancelled"]

    public init(_ projection: ProgrammeProjection) {
        conferences = projection.state.conferences.values.sorted { $0.id < $1.id }.map { conference in
            let registrations = Array(conference.registrations.values)
            let status = { Self.status($0, conference: conference, on: projection.asOfDay) }
            let counts = Dictionary(grouping: registrations, by: status).mapValues(\.count)
            let byCategory = PersonCount.table(
                Dictionary(grouping: registrations, by: { $0.category.rawValue }).mapValues { group in
                    Dictionary(
                        uniqueKeysWithValues: Self.statuses.map { key in (key, group.count { status($0) == key }) })
                })
            return Stats(
                id: conference.id.rawValue, title: conference.title, date: conference.date, venue: conference.venue,
                capacity: conference.capacity, registrations: PersonCount(registrations.count),
                byStatus: PersonCount.breakdown(
                    Dictionary(uniqueKeysWithValues: Self.statuses.map { ($0, counts[$0] ?? 0) })),
                byCategory: byCategory)
        }
    }
}
