/// Draft a new version of the plan of approach.
public struct DraftPlan: Sendable, Hashable {
    public var title: String
    public var summary: String
    public var date: Day
    public var informedBy: [InputID]

    public init(title: String, summary: String, date: Day, informedBy: [InputID]) {
        self.title = title
        self.summary = summary
        self.date = date
        self.informedBy = informedBy
    }
}

/// Submit a plan version to the municipalities.
public struct SubmitPlan: Sendable, Hashable {
    public var version: Int
    public var date: Day

    public init(version: Int, date: Day) {
        self.version = version
        self.date = date
    }
}

/// Record a municipality's decision on a submitted plan version.
public struct RecordPlanDecision: Sendable, Hashable {
    public var version: Int
    /// Name or CBS code.
    public var municipality: String
    public var outcome: PlanOutcome
    public var date: Day
    public var note: String?

    public init(version: Int, municipality: String, outcome: PlanOutcome, date: Day, note: String?) {
        self.version = version
        self.municipality = municipality
        self.outcome = outcome
        self.date = date
        self.note = note
    }
}
