import ArgumentParser
import Program

struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "The policy framework 2024–2028 (beleidskader): participation goals, their targets and measurements.",
        subcommands: [GoalCommand.self, FrameworkMeasure.self])
}

struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal",
        abstract: "Add or adjust a goal (doel) of the framework.",
        subcommands: [GoalAdd.self, GoalAdjust.self])
}

struct GoalAdd: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a participation goal with an indicator, a baseline and a target per year.",
        discussion: """
            Target years lie within the framework period (2024–2028 for Zuid-Limburg).

            Example:
              programctl framework goal add --as K1 --title "Jongeren beslissen mee" \\
                --indicator "Aandeel besluiten genomen op niveau 4 of hoger" --unit % \\
                --direction increase --baseline-year 2023 --baseline 10 \\
                --target 2024=20 --target 2026=40 --target 2028=60 --pillar 2 \\
                --date 2023-09-04
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The goal's title.")
    var title: String

    @Option(help: "What is measured.")
    var indicator: String

    @Option(help: "The unit, e.g. % or aantal.")
    var unit: String

    @Option(help: "Which way is better: \(Direction.choices).")
    var direction: Direction = .increase

    @Option(help: "The year of the baseline.")
    var baselineYear: Int

    @Option(help: "The baseline value.")
    var baseline: Double

    @Option(help: "A target, YEAR=VALUE; repeat for each year.")
    var target: [YearTarget] = []

    @Option(help: "A pillar (pijler) it belongs to, by number or name; repeat for more.")
    var pillar: [PillarArgument] = []

    @Option(help: "The date it was set.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .addGoal(
            AddGoal(
                title: title, indicator: indicator, unit: unit, direction: direction,
                baselineYear: baselineYear,
                baseline: baseline, targets: try targets(target), pillars: try global.pillarNumbers(pillar), date: date)
        )
    }
}

struct GoalAdjust: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjust",
        abstract: "Adjust a goal (bijstellen): new targets, title or indicator, with a required reason.",
        discussion: """
            Example:  programctl framework goal adjust D1 --as K1 \\
                        --reason "Ambitie verhoogd na evaluatie" --target 2028=70 \\
                        --date 2025-02-03
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The goal, e.g. D1.")
    var goal: GoalID

    @Option(help: "Why it is adjusted (required).")
    var reason: String

    @Option(help: "The date of the adjustment.", transform: Day.argument)
    var date: Day

    @Option(help: "A new title.")
    var title: String?

    @Option(help: "A new indicator.")
    var indicator: String?

    @Option(help: "A new target, YEAR=VALUE; repeat.")
    var target: [YearTarget] = []

    func command() throws -> Command {
        .adjustGoal(
            AdjustGoal(
                goal: goal, reason: reason, date: date, title: title, indicator: indicator,
                targets: try targets(target)))
    }
}

struct FrameworkMeasure: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Record a measured value of a goal's indicator over a period (meting).",
        discussion: """
            Periods: a year (2024), a half (2024-H1) or a quarter (2024-Q3), within the
            framework period.

            Example:  programctl framework measure D1 --as K1 --period 2024 --value 22 \\
                        --note "Jaarverslag" --date 2025-01-20
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The goal, e.g. D1.")
    var goal: GoalID

    @Option(help: "The period measured: 2024, 2024-H1 or 2024-Q3.")
    var period: Period

    @Option(help: "The measured value.")
    var value: Double

    @Option(help: "Where the value comes from, or what it means.")
    var note: String?

    @Option(help: "The date it was measured.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .recordMeasurement(RecordMeasurement(goal: goal, period: period, value: value, note: note, date: date))
    }
}

/// The targets by year; a year given twice is refused.
private func targets(_ targets: [YearTarget]) throws(RuleViolation) -> [Int: Double] {
    var byYear: [Int: Double] = [:]
    for target in targets {
        if byYear[target.year] != nil { throw RuleViolation("target", "\(target.year) is given twice") }
        byYear[target.year] = target.value
    }
    return byYear
}
