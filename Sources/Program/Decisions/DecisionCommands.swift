/// Add someone to the core group.
public struct AddMember: Sendable, Hashable {
    public var name: String
    public var constituency: Constituency.Kind
    /// The municipality (name or CBS code) or care provider (name) for those constituencies.
    public var represents: String?
    public var date: Day

    public init(name: String, constituency: Constituency.Kind, represents: String?, date: Day) {
        self.name = name
        self.constituency = constituency
        self.represents = represents
        self.date = date
    }
}

/// A member leaves the core group.
public struct RemoveMember: Sendable, Hashable {
    public var member: MemberID
    public var date: Day
    public var reason: String?

    public init(member: MemberID, date: Day, reason: String?) {
        self.member = member
        self.date = date
        self.reason = reason
    }
}

/// Record a decision of the core group.
public struct RecordDecision: Sendable, Hashable {
    public var title: String
    public var text: String
    public var meeting: Meeting
    public var outcome: DecisionOutcome
    public var pillars: [Int]
    public var participationLevel: ParticipationLevel
    public var informedBy: [InputID]

    public init(
        title: String, text: String, meeting: Meeting, outcome: DecisionOutcome, pillars: [Int],
        participationLevel: ParticipationLevel, informedBy: [InputID]
    ) {
        self.title = title
        self.text = text
        self.meeting = meeting
        self.outcome = outcome
        self.pillars = pillars
        self.participationLevel = participationLevel
        self.informedBy = informedBy
    }
}

/// Amend an earlier decision, at a meeting that adopts the amendment.
public struct AmendDecision: Sendable, Hashable {
    public var decision: DecisionID
    public var reason: String
    public var meeting: Meeting
    public var title: String?
    public var text: String?
    public var pillars: [Int]?
    public var participationLevel: ParticipationLevel?
    public var informedBy: [InputID]

    public init(
        decision: DecisionID, reason: String, meeting: Meeting, title: String?, text: String?, pillars: [Int]?,
        participationLevel: ParticipationLevel?, informedBy: [InputID]
    ) {
        self.decision = decision
        self.reason = reason
        self.meeting = meeting
        self.title = title
        self.text = text
        self.pillars = pillars
        self.participationLevel = participationLevel
        self.informedBy = informedBy
    }
}

/// Revoke an earlier decision, at a meeting that adopts the revocation.
public struct RevokeDecision: Sendable, Hashable {
    public var decision: DecisionID
    public var reason: String
    public var meeting: Meeting

    public init(decision: DecisionID, reason: String, meeting: Meeting) {
        self.decision = decision
        self.reason = reason
        self.meeting = meeting
    }
}

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

/// Add a goal to the policy framework.
public struct AddGoal: Sendable, Hashable {
    public var title: String
    public var indicator: String
    public var unit: String
    public var direction: Direction
    public var baselineYear: Int
    public var baseline: Double
    public var targets: [Int: Double]
    public var pillars: [Int]
    public var date: Day

    public init(
        title: String, indicator: String, unit: String, direction: Direction, baselineYear: Int, baseline: Double,
        targets: [Int: Double], pillars: [Int], date: Day
    ) {
        self.title = title
        self.indicator = indicator
        self.unit = unit
        self.direction = direction
        self.baselineYear = baselineYear
        self.baseline = baseline
        self.targets = targets
        self.pillars = pillars
        self.date = date
    }
}

/// Adjust a goal, with a reason.
public struct AdjustGoal: Sendable, Hashable {
    public var goal: GoalID
    public var reason: String
    public var date: Day
    public var title: String?
    public var indicator: String?
    public var targets: [Int: Double]

    public init(goal: GoalID, reason: String, date: Day, title: String?, indicator: String?, targets: [Int: Double]) {
        self.goal = goal
        self.reason = reason
        self.date = date
        self.title = title
        self.indicator = indicator
        self.targets = targets
    }
}

/// Record a measured value of a goal's indicator.
public struct RecordMeasurement: Sendable, Hashable {
    public var goal: GoalID
    public var period: Period
    public var value: Double
    public var note: String?
    public var date: Day

    public init(goal: GoalID, period: Period, value: Double, note: String?, date: Day) {
        self.goal = goal
        self.period = period
        self.value = value
        self.note = note
        self.date = date
    }
}

/// Record that a report was published.
public struct PublishReport: Sendable, Hashable {
    public var position: Int64
    public var headHash: String
    public var digest: String
    public var format: String
    public var language: Language
    public var date: Day
    /// The day the report speaks of, when it was built as of a day (see ``ReportPublished/happenedBy``).
    public var happenedBy: Day?

    public init(
        position: Int64, headHash: String, digest: String, format: String, language: Language, date: Day,
        happenedBy: Day? = nil
    ) {
        self.position = position
        self.headHash = headHash
        self.digest = digest
        self.format = format
        self.language = language
        self.date = date
        self.happenedBy = happenedBy
    }
}
