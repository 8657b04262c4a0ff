import Program

/// The policy framework: each goal's targets against its measurements, year by year.
public struct FrameworkView: Sendable, Hashable, Codable {
    public var title: String
    public var firstYear: Int
    public var lastYear: Int
    public var goals: [GoalProgress]

    public init(_ projection: ProgrammeProjection) {
        let definition = projection.state.definition ?? .zuidLimburg
        title = definition.frameworkTitle
        firstYear = definition.frameworkFirstYear
        lastYear = definition.frameworkLastYear
        goals = projection.state.goals.values.sorted { $0.id < $1.id }.map {
            GoalProgress($0, years: definition.frameworkYears)
        }
    }
}

/// Where a goal stands.
public enum GoalStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The last measurement meets the final target.
    case achieved
    /// The last measurement meets the target for its year.
    case onTrack = "on-track"
    /// The last measurement falls short of the target for its year.
    case behind
    /// Nothing measured yet.
    case noData = "no-data"
}

/// Which way the last two measurements moved, relative to the goal's direction.
public enum Trend: String, Sendable, Hashable, Codable {
    case improving, stable, worsening
}

/// One goal's progress.
public struct GoalProgress: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var indicator: String
    public var unit: String
    public var direction: Direction
    public var baselineYear: Int
    public var baseline: Double
    public var pillars: [Int]
    public var years: [YearProgress]
    public var status: GoalStatus
    public var trend: Trend?
    public var adjustments: [Adjustment]

    /// A target against what was measured in one year.
    public struct YearProgress: Sendable, Hashable, Codable {
        public var year: Int
        public var target: Double?
        public var measured: Double?
        /// The period of the measured value: the whole year, or its latest part.
        public var period: String?
    }

    /// A change to the goal, with its reason.
    public struct Adjustment: Sendable, Hashable, Codable {
        public var date: Day
        public var reason: String
    }

    init(_ goal: Goal, years: ClosedRange<Int>) {
        id = goal.id.rawValue
        title = goal.title
        indicator = goal.indicator
        unit = goal.unit
        direction = goal.direction
        baselineYear = goal.baselineYear
        baseline = goal.baseline
        pillars = goal.pillars
        adjustments = goal.adjustments.map { Adjustment(date: $0.date, reason: $0.reason) }
        let measurements = goal.measurements.values.sorted { $0.period < $1.period }
        self.years = years.map { year in
            let inYear = measurements.filter { $0.period.year == year }
            let chosen = inYear.first { $0.period.part == .year } ?? inYear.last
            return YearProgress(
                year: year, target: goal.targets[year], measured: chosen?.value, period: chosen?.period.description)
        }
        trend = Self.trend(measurements.suffix(2).map(\.value), direction: goal.direction)
        status = Self.status(goal, latest: self.years.last { $0.measured != nil }, years: years)
    }

    /// Whether `value` is at least as good as `target`, given the direction.
    private static func meets(_ value: Double, _ target: Double, _ direction: Direction) -> Bool {
        direction == .increase ? value >= target : value <= target
    }

    private static func status(_ goal: Goal, latest: YearProgress?, years: ClosedRange<Int>) -> GoalStatus {
        guard let latest, let measured = latest.measured else { return .noData }
        let finalYear = goal.targets.keys.max() ?? years.upperBound
        if let final = goal.targets[finalYear], meets(measured, final, goal.direction) { return .achieved }
        guard let target = expectedTarget(goal, in: latest.year) else { return .noData }
        return meets(measured, target, goal.direction) ? .onTrack : .behind
    }

    /// The target for `year`, or the straight line from the baseline (or the previous target) to the next target.
    private static func expectedTarget(_ goal: Goal, in year: Int) -> Double? {
        if let target = goal.targets[year] { return target }
        guard let nextYear = goal.targets.keys.filter({ $0 > year }).min(), let next = goal.targets[nextYear] else {
            return goal.targets.keys.filter { $0 < year }.max().flatMap { goal.targets[$0] }
        }
        let previousYear = goal.targets.keys.filter { $0 < year }.max()
        let (fromYear, from) = previousYear.map { ($0, goal.targets[$0]!) } ?? (goal.baselineYear, goal.baseline)
        return from + (next - from) * Double(year - fromYear) / Double(nextYear - fromYear)
    }

    private static func trend(_ values: [Double], direction: Direction) -> Trend? {
        guard values.count == 2 else { return nil }
        let change = values[1] - values[0]
        if abs(change) < 1e-9 { return .stable }
        return (change > 0) == (direction == .increase) ? .improving : .worsening
    }
}
