import ArgumentParser
import Program

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract:
            "The plan of approach (plan van aanpak): draft versions, submit one, record each municipality's decision.",
        subcommands: [PlanDraft.self, PlanSubmit.self, PlanDecide.self, PlanStatus.self])
}

struct PlanDraft: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Record a new version of the plan (versions are numbered 1, 2, …).",
        discussion: """
            Example:  programctl plan draft --as K1 \\
                        --title "Plan van aanpak cliëntparticipatie" \\
                        --summary "Bottom-up, drie pijlers" --date 2023-04-17 \\
                        --informed-by I1,I2
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The plan's title.")
    var title: String

    @Option(help: "What this version says, in short.")
    var summary: String

    @Option(help: "The date of the draft.", transform: Day.argument)
    var date: Day

    @Option(help: ArgumentHelp("Inputs that informed it, comma-separated.", valueName: "inputs"))
    var informedBy: List<InputID>?

    func command() throws -> Command {
        .draftPlan(DraftPlan(title: title, summary: summary, date: date, informedBy: informedBy?.items ?? []))
    }
}

struct PlanSubmit: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Record that a plan version was put to the municipalities for decision (ter besluitvorming).",
        discussion: "Example:  programctl plan submit 1 --as K1 --date 2023-05-01")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The plan version.")
    var version: Int

    @Option(help: "The date it was submitted.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .submitPlan(SubmitPlan(version: version, date: date))
    }
}

struct PlanDecide: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record a municipality's decision on a submitted plan version.",
        discussion: """
            Outcomes: adopted (vastgesteld), adopted-with-amendments (vastgesteld met
            amendementen), rejected (verworpen). A later decision of the same municipality
            replaces its earlier one.

            Example:  programctl plan decide 1 --as K1 --municipality Heerlen \\
                        --outcome adopted --date 2023-06-20
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The plan version.")
    var version: Int

    @Option(help: "The municipality (gemeente): name or CBS code.")
    var municipality: String

    @Option(help: "How the municipality decided: \(PlanOutcome.choices).")
    var outcome: PlanOutcome

    @Option(help: "The date of the council's or board's decision.", transform: Day.argument)
    var date: Day

    @Option(help: "A note, e.g. the amendments.")
    var note: String?

    func command() throws -> Command {
        .recordPlanDecision(
            RecordPlanDecision(
                version: version, municipality: municipality, outcome: outcome, date: date, note: note))
    }
}

struct PlanStatus: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Each plan version and how the municipalities decided on it, e.g. \"adopted by 12 of 16\".")

    @OptionGroup var global: GlobalOptions

    func execute() throws {
        let state = try global.store(.readOnly).currentState().state
        let versions = state.planVersions.values.sorted { $0.version < $1.version }
        guard let definition = state.definition, !versions.isEmpty else {
            global.output.nothing("no plan versions drafted yet")
            return
        }
        let rows = versions.map { Entry($0, municipalities: definition.municipalities(on: $0.submitted ?? $0.drafted)) }
        if global.json {
            global.output.print(json: rows)
            return
        }
        for (version, row) in zip(versions, rows) {
            let status =
                version.submitted == nil
                ? "draft, not submitted"
                : "submitted \(version.submitted!): adopted by \(row.adopted) of \(row.municipalities)"
            global.output.print("version \(version.version)  \(version.title)  (\(status))")
            for decision in row.decisions where version.submitted != nil {
                global.output.print("    \(decision.municipality): \(decision.outcome) \(decision.date)")
            }
        }
    }
}

extension PlanStatus {
    /// A plan version and the municipalities' decisions on it, as `--json` shows it.
    struct Entry: Encodable {
        /// One municipality's decision, `pending` while it has none.
        struct Decision: Encodable {
            var municipality: String
            var outcome: String
            var date: String
        }
        var version: Int
        var title: String
        var drafted: String
        var submitted: String
        var adopted: Int
        var municipalities: Int
        var decisions: [Decision]

        /// `version` as decided on by `municipalities`, those of the day it was submitted (or drafted).
        init(_ version: PlanVersion, municipalities: [Municipality]) {
            self.version = version.version
            title = version.title
            drafted = version.drafted.iso
            submitted = version.submitted?.iso ?? ""
            adopted = version.decisions.values.filter(\.outcome.isAdoption).count
            self.municipalities = municipalities.count
            decisions = municipalities.map { municipality in
                let decision = version.decisions[municipality.code]
                return Decision(
                    municipality: municipality.name, outcome: decision?.outcome.rawValue ?? "pending",
                    date: decision?.date.iso ?? "")
            }
        }
    }
}
