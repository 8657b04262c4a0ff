/// Rules for the policy framework's goals and measurements.
extension Rules {
    func addGoal(_ command: AddGoal) throws(RuleViolation) -> [ProgramEvent] {
        let title = try Text.validated(command.title, field: "title")
        let indicator = try Text.validated(command.indicator, field: "indicator", limit: 500)
        let unit = try Text.validated(command.unit, field: "unit", limit: 30)
        try checkFactDate(command.date)
        if command.baselineYear > definition.frameworkFirstYear || command.baselineYear < definition.startsOn.year - 10
        {
            throw RuleViolation(
                "baseline-year",
                "\(command.baselineYear) must be a year from \(definition.startsOn.year - 10) up to the framework's first year (\(definition.frameworkFirstYear))"
            )
        }
        try checkValue(command.baseline, field: "baseline")
        if command.targets.isEmpty {
            throw RuleViolation("target", "give at least one yearly target, e.g. --target 2028=60")
        }
        try checkTargets(command.targets)
        try checkPillars(command.pillars)
        return [
            .goalAdded(
                GoalAdded(
                    goal: state.nextID(), title: title, indicator: indicator, unit: unit, direction: command.direction,
                    baselineYear: command.baselineYear, baseline: command.baseline, targets: command.targets,
                    pillars: command.pillars.sorted(), date: command.date))
        ]
    }

    func adjustGoal(_ command: AdjustGoal) throws(RuleViolation) -> [ProgramEvent] {
        let goal = try goal(command.goal)
        let reason = try Text.validated(command.reason, field: "reason", limit: Text.paragraphLimit, multiline: true)
        try checkFactDate(command.date)
        if command.date < goal.added {
            throw RuleViolation("date", "\(goal.id) was added on \(goal.added): an adjustment comes after")
        }
        let title = try Text.validatedOptional(command.title, field: "title")
        let indicator = try Text.validatedOptional(command.indicator, field: "indicator", limit: 500)
        if title == nil && indicator == nil && command.targets.isEmpty {
            throw RuleViolation("adjustment", "changes nothing: give a new title, indicator or targets")
        }
        try checkTargets(command.targets)
        return [
            .goalAdjusted(
                GoalAdjusted(
                    goal: goal.id, reason: reason, date: command.date, title: title, indicator: indicator,
                    targets: command.targets))
        ]
    }

    func recordMeasurement(_ command: RecordMeasurement) throws(RuleViolation) -> [ProgramEvent] {
        let goal = try goal(command.goal)
        if !definition.frameworkYears.contains(command.period.year) {
            throw RuleViolation(
                "period",
                "\(command.period) is outside the framework period \(definition.frameworkFirstYear)–\(definition.frameworkLastYear)"
            )
        }
        try checkValue(command.value, field: "value")
        try checkFactDate(command.date)
        if command.date < goal.added {
            throw RuleViolation("date", "\(goal.id) was added on \(goal.added): a measurement comes after")
        }
        if let began = Self.start(of: command.period), command.date < began {
            throw RuleViolation("date", "\(command.date) is before the period \(command.period) began (\(began))")
        }
        let note = try Text.validatedOptional(command.note, field: "note", limit: Text.paragraphLimit, multiline: true)
        return [
            .measurementRecorded(
                MeasurementRecorded(
                    goal: goal.id, period: command.period, value: command.value, note: note, date: command.date))
        ]
    }

    /// The first day of a period: 1 January, 1 July for the second half, 1 April for the second quarter, ….
    private static func start(of period: Period) -> Day? {
        let month =
            switch period.part {
            case .year: 1
            case .half(let half): (half - 1) * 6 + 1
            case .quarter(let quarter): (quarter - 1) * 3 + 1
            }
        return Day(year: period.year, month: month, day: 1)
    }

    private func goal(_ id: GoalID) throws(RuleViolation) -> Goal {
        guard let goal = state.goals[id] else { throw RuleViolation("goal", "\(id) is not a goal of the framework") }
        return goal
    }

    private func checkTargets(_ targets: [Int: Double]) throws(RuleViolation) {
        for (year, value) in targets.sorted(by: { $0.key < $1.key }) {
            if !definition.frameworkYears.contains(year) {
                throw RuleViolation(
                    "target",
                    "\(year) is outside the framework period \(definition.frameworkFirstYear)–\(definition.frameworkLastYear)"
                )
            }
            try checkValue(value, field: "target")
        }
    }
}
