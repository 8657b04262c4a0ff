import Foundation
import Program

/// A progress report (voortgangsrapportage): every read model at one log position, what it was
/// built from, and what changed since the previous published report.
///
/// Built only from the projection(s), never from a clock, so the same position always gives the
/// same report — byte for byte once rendered.
public struct ProgressReport: Sendable, Hashable, Codable {
    public var programme: String
    public var region: String
    public var language: Language
    /// The last log position it includes, and the chain hash there.
    public var position: Int64
    public var headHash: String
    /// The day of the last event it includes (Europe/Amsterdam).
    public var asOf: Day
    public var previous: PreviousReport?
    public var changes: Changes?
    public var framework: FrameworkView
    public var pillars: PillarsView
    public var coreGroup: CoreGroupView
    public var plan: PlanView
    public var conferences: ConferenceView
    public var funds: FundsView
    public var timeline: TimelineView

    /// The last report published before this one's position.
    public struct PreviousReport: Sendable, Hashable, Codable {
        public var report: String
        public var position: Int64
        public var date: Day
    }

    /// What changed between the previous published report and this one.
    public struct Changes: Sendable, Hashable, Codable {
        public var events: Int64
        public var decisions: [String]
        public var inputsCollected: PersonCount
        public var inputsAnswered: PersonCount
        public var measurements: Int
        public var planDecisions: Int
        public var spent: Cents
        public var registrations: PersonCount
    }

    /// The report of `projection`; `previous` is the projection at the previous published report's
    /// position, when there is one (see ``previousReport(in:)``).
    public init(_ projection: ProgrammeProjection, previous: ProgrammeProjection?, language: Language) {
        let definition = projection.state.definition ?? .zuidLimburg
        programme = definition.name
        region = definition.region
        self.language = language
        position = projection.position
        headHash = projection.headHash
        asOf = projection.asOfDay
        framework = FrameworkView(projection)
        pillars = PillarsView(projection)
        coreGroup = CoreGroupView(projection)
        plan = PlanView(projection)
        conferences = ConferenceView(projection)
        funds = FundsView(projection)
        timeline = TimelineView(projection, language: language)
        if let published = Self.previousReport(in: projection), let previous {
            self.previous = PreviousReport(
                report: published.report.rawValue, position: published.position, date: published.date)
            changes = Changes(from: previous, to: projection)
        }
    }

    /// The last report published whose position lies before the projection's.
    public static func previousReport(in projection: ProgrammeProjection) -> ReportPublished? {
        projection.state.reports.values.filter { $0.position < projection.position }
            .max { ($0.position, $0.report) < ($1.position, $1.report) }
    }
}

extension ProgressReport.Changes {
    init(from old: ProgrammeProjection, to new: ProgrammeProjection) {
        let before = old.state
        let after = new.state
        events = new.position - old.position
        decisions = after.decisions.keys.filter { before.decisions[$0] == nil }.sorted().map(\.rawValue)
        inputsCollected = PersonCount(after.inputs.count - before.inputs.count)
        inputsAnswered = PersonCount(after.inputs.answered - before.inputs.answered)
        let measurements = { (state: ProgrammeState) in state.goals.values.reduce(0) { $0 + $1.measurements.count } }
        self.measurements = measurements(after) - measurements(before)
        let planDecisions = { (state: ProgrammeState) in state.planVersions.values.reduce(0) { $0 + $1.history.count } }
        self.planDecisions = planDecisions(after) - planDecisions(before)
        let spent = { (state: ProgrammeState) in state.subsidies.values.reduce(Cents.zero) { $0 + $1.spent } }
        self.spent = spent(after) - spent(before)
        let registrations = { (state: ProgrammeState) in
            state.conferences.values.reduce(0) { $0 + $1.registrations.count }
        }
        self.registrations = PersonCount(registrations(after) - registrations(before))
    }
}
