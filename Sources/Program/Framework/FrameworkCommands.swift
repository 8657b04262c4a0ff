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
