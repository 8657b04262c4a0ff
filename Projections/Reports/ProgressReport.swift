import Foundation
import Program

/// A progress report (voortgangsrapportage): every read model as of one day by one log
/// position, what it was built from, what changed since the previous published report, and
/// what was recorded late about that report's period.
///
/// Built only from projections, never from a clock, so the same position and day always give
/// the same report — byte for byte once rendered.
public struct ProgressReport: Sendable, Hashable, Codable {
    public var programme: String
    public var region: String
    public var language: Language
    /// The last log position it reads, and the chain hash there: the recorded clock.
    public var position: Int64
    public var headHash: String
    /// The day that position was recorded (Europe/Amsterdam).
    public var recordedOn: Day
    /// The day it speaks of: ``happenedBy`` when set, else ``recordedOn``.
    public var asOf: Day
    /// The business clock: the facts it shows happened by the end of this day. `nil`: every
    /// fact recorded through ``position``.
    public var happenedBy: Day?
    public var previous: PreviousReport?
    public var changes: Changes?
    public var corrections: Corrections?
    public var framework: FrameworkView
    public var pillars: PillarsView
    public var coreGroup: CoreGroupView
    /// The participation bodies' advice, municipalities by name; `nil` (and absent from the
    /// JSON) when the programme has neither bodies nor advice, so such reports stay as they were.
    public var advice: AdviceView?
    public var plan: PlanView
    public var conferences: ConferenceView
    public var funds: FundsView
    public var timeline: TimelineView

    /// The last report published before this one's position.
    public struct PreviousReport: Sendable, Hashable, Codable {
        public var report: String
        public var position: Int64
        /// The day it was published.
        public var date: Day
        /// The day it spoke of: its facts happened by then.
        public var asOf: Day
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

    /// Facts about the previous report's period (through its day) recorded after it was built:
    /// how many, how they change its figures, and the notable ones.
    public struct Corrections: Sendable, Hashable, Codable {
        public var through: Day
        public var facts: Int64
        public var changes: Changes
        public var entries: [Entry]

        /// A notable fact recorded late: when it happened and where the log holds it.
        public struct Entry: Sendable, Hashable, Codable {
            public var position: Int64
            public var date: Day
            public var text: String
        }
    }

    /// The previous published report's view as it was built (`then`), and the same day as the
    /// log now tells it (`now`): their difference is what was recorded late.
    public struct Previous: Sendable {
        public var then: ProgrammeProjection
        public var now: ProgrammeProjection

        public init(then: ProgrammeProjection, now: ProgrammeProjection) {
            self.then = then
            self.now = now
        }
    }

    /// The report of `projection`; `previous` is the view of the previous published report
    /// (see ``previousReport(in:)``), when there is one.
    public init(_ projection: ProgrammeProjection, previous: Previous?, language: Language) {
        let definition = projection.state.definition ?? .zuidLimburg
        programme = definition.name
        region = definition.region
        self.language = language
        position = projection.position
        headHash = projection.headHash
        recordedOn = projection.lastRecordedAt.dayInNetherlands
        asOf = projection.asOfDay
        happenedBy = projection.happenedBy
        framework = FrameworkView(projection)
        pillars = PillarsView(projection)
        coreGroup = CoreGroupView(projection)
        advice = Self.advice(projection)
        plan = PlanView(projection)
        conferences = ConferenceView(projection)
        funds = FundsView(projection)
        timeline = TimelineView(projection, language: language)
        if let published = Self.previousReport(in: projection), let previous {
            self.previous = PreviousReport(
                report: published.report.rawValue, position: published.position, date: published.date,
                asOf: previous.then.asOfDay)
            changes = Changes(from: previous.then, to: projection)
            var late = Changes(from: previous.then, to: previous.now)
            late.events = previous.now.applied - previous.then.applied
            corrections = Corrections(
                through: previous.then.asOfDay, facts: late.events, changes: late,
                entries: previous.now.timeline.filter { $0.position > previous.then.position }.map {
                    Corrections.Entry(
                        position: $0.position, date: $0.date,
                        text: $0.text(language, municipalities: projection.state.municipalityNames))
                })
        }
    }

    /// The advice view of a programme with bodies or advice, addressees' municipalities by name.
    private static func advice(_ projection: ProgrammeProjection) -> AdviceView? {
        let state = projection.state
        guard !state.bodies.isEmpty || !state.advice.isEmpty else { return nil }
        var view = AdviceView(projection)
        let names = state.municipalityNames
        for index in view.advice.indices where view.advice[index].addressee == .municipality {
            view.advice[index].addresseeName = view.advice[index].addresseeName.map { names[$0] ?? $0 }
        }
        return view
    }

    /// The last report published before the projection's position (and, in a view of a past
    /// day, by that day).
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
