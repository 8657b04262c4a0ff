/// Which way an indicator should move.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    case increase
    case decrease

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.increase, .dutch): "stijgend"
        case (.decrease, .dutch): "dalend"
        case (_, .english): rawValue
        }
    }
}

/// A participation goal was added to the policy framework (beleidskader), with a target per year.
public struct GoalAdded: EventPayload {
    public static let typeName = "GoalAdded"
    public var goal: GoalID
    public var title: String
    /// What is measured, e.g. "Aandeel besluiten genomen op niveau 4 of hoger".
    public var indicator: String
    /// E.g. "%" or "aantal".
    public var unit: String
    public var direction: Direction
    public var baselineYear: Int
    public var baseline: Double
    /// The target for each framework year, keyed by year.
    public var targets: [Int: Double]
    public var pillars: [Int]
    public var date: Day

    public init(
        goal: GoalID, title: String, indicator: String, unit: String, direction: Direction, baselineYear: Int,
        baseline: Double, targets: [Int: Double], pillars: [Int], date: Day
    ) {
        self.goal = goal
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

    public var stream: String { "framework" }
    public var wrapped: ProgramEvent { .goalAdded(self) }
}

/// A goal was adjusted, for a stated reason; the fields given replace the old ones
/// (targets year by year).
public struct GoalAdjusted: EventPayload {
    public static let typeName = "GoalAdjusted"
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

    public var stream: String { "framework" }
    public var wrapped: ProgramEvent { .goalAdjusted(self) }
}

/// A value of a goal's indicator was measured over a period.
public struct MeasurementRecorded: EventPayload {
    public static let typeName = "MeasurementRecorded"
    public var goal: GoalID
    /// `2024`, `2024-H1` or `2024-Q3`.
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

    public var stream: String { "framework" }
    public var wrapped: ProgramEvent { .measurementRecorded(self) }
}
