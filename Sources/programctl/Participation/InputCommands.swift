import ArgumentParser
import Program
import ProgramStore

struct InputCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "input",
        abstract:
            "Bottom-up input (inbreng) under the three pillars: collect, follow up, give feedback (terugkoppeling).",
        subcommands: [InputAdd.self, InputRespond.self, InputFeedback.self, InputImport.self, InputList.self])
}

struct InputAdd: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record input collected under a pillar (pijler); it gets an id (I1, I2, …).",
        discussion: """
            Pillars of Zuid-Limburg:
              1 regular co-determination (reguliere medezeggenschap),
              2 regional co-determination (regionale medezeggenschap),
              3 empowerment.
            Sources and channels are given by code or Dutch name (see --source,
              --channel).
            --level: the participation level at which it was asked, 1–6.
            A --quote of a young person or parent is personal data: stored encrypted,
              erasable.

            Example:  programctl input add --as K1 --pillar 3 --source youth \\
                        --channel conference --municipality Kerkrade --theme school \\
                        --theme wonen --date 2023-06-07 \\
                        --summary "Jongeren willen een vast aanspreekpunt" --level 2
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The pillar (pijler), by number or name: 1, 2 or 3, or e.g. empowerment.")
    var pillar: PillarArgument

    @Option(help: "Who brought it in: \(InputSource.choices).")
    var source: InputSource

    @Option(help: "How it was collected: \(Channel.choices).")
    var channel: Channel

    @Option(help: "The municipality it came from: name or CBS code.")
    var municipality: String?

    @Option(help: "A theme; repeat for more.")
    var theme: [String] = []

    @Option(help: "The date it was collected.", transform: Day.argument)
    var date: Day

    @Option(help: "What was brought in, in your words.")
    var summary: String

    @Option(help: "The participation level at which it was asked, 1–6 or its name.")
    var level: ParticipationLevel

    @Option(help: "A quote of the contributor (stored encrypted).")
    var quote: String?

    func command() throws -> Command {
        .addInput(
            AddInput(
                pillar: try global.pillarNumbers([pillar])[0], source: source, channel: channel,
                municipality: municipality, themes: theme,
                date: date, summary: summary, participationLevel: level, quote: quote))
    }
}

struct InputRespond: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract:
            "Record what became of an input: taken up (overgenomen) in a decision, plan version or goal, or declined with a reason.",
        discussion: """
            Example:  programctl input respond I4 --as K1 --taken-up-in B2 \\
                        --date 2023-07-03
                      programctl input respond I5 --as K1 \\
                        --declined "valt buiten de jeugdhulp" --date 2023-07-03
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The input, e.g. I4.")
    var input: InputID

    @Option(
        help: ArgumentHelp("Taken up in a decision (B2), a plan version (plan-1) or a goal (D1).", valueName: "target"))
    var takenUpIn: InputUse?

    @Option(help: ArgumentHelp("Declined, with this reason.", valueName: "reason"))
    var declined: String?

    @Option(help: "The date of the response.", transform: Day.argument)
    var date: Day

    @Option(help: "A note.")
    var note: String?

    func validate() throws {
        if (takenUpIn == nil) == (declined == nil) {
            throw ValidationError("Give either --taken-up-in TARGET or --declined REASON.")
        }
    }

    func command() throws -> Command {
        if let takenUpIn { return .takeUpInput(TakeUpInput(input: input, into: takenUpIn, date: date, note: note)) }
        // validate() makes sure that it is one or the other.
        return .declineInput(DeclineInput(input: input, reason: declined ?? "", date: date))
    }
}

struct InputFeedback: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Record feedback to the contributors (terugkoppeling): what was done with their input.",
        discussion: """
            Example:  programctl input feedback I4 --as K1 --channel meeting \\
                        --date 2023-09-12
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The input, e.g. I4.")
    var input: InputID

    @Option(help: "How the feedback was given: \(Channel.choices).")
    var channel: Channel

    @Option(help: "The date of the feedback.", transform: Day.argument)
    var date: Day

    @Option(help: "A note.")
    var note: String?

    func command() throws -> Command {
        .giveFeedback(GiveFeedback(input: input, channel: channel, date: date, note: note))
    }
}

struct InputList: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Inputs with their follow-up: taken up, declined, feedback given, days to feedback.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this pillar, by number or name.")
    var pillar: PillarArgument?

    func execute() throws {
        let store = try global.store(.readOnly)
        let state = try store.currentState().state
        let pillar = try self.pillar.map { try $0.number(in: state.definition) }
        let inputs = state.inputs.all.filter { pillar == nil || $0.pillar == pillar }.sorted { $0.id < $1.id }
        // Summaries are in the log, not in the state.
        if inputs.isEmpty {
            global.output.nothing(
                pillar.map { "no inputs recorded under pillar \($0) yet" } ?? "no inputs recorded yet")
            return
        }
        let summaries = try store.log.inputSummaries(at: inputs.map(\.collectedAt))
        let rows = inputs.map { Entry($0, summary: summaries[$0.collectedAt] ?? "") }
        if global.json {
            global.output.print(json: rows)
            return
        }
        global.output.table(
            ["ID", "PILLAR", "DATE", "SOURCE", "RESPONSE", "FEEDBACK", "SUMMARY"],
            rows.map {
                [$0.id, $0.pillar, $0.date, $0.source, $0.response, $0.feedback, String($0.summary.prefix(50))]
            })
    }
}

extension InputList {
    /// An input and its follow-up as `--json` shows it.
    struct Entry: Encodable {
        var id: String
        var pillar: String
        var date: String
        var source: String
        var channel: String
        var summary: String
        /// `open`, `taken up in …` or `declined: …`.
        var response: String
        /// The first feedback's date and the days it took, or empty.
        var feedback: String

        init(_ input: Input, summary: String) {
            id = input.id.rawValue
            pillar = String(input.pillar)
            date = input.collected.iso
            source = input.source.rawValue
            channel = input.channel.rawValue
            self.summary = summary
            response =
                input.declined.map { "declined: \($0.reason)" }
                ?? (input.uses.isEmpty
                    ? "open" : "taken up in " + input.uses.map(\.into.description).joined(separator: ", "))
            feedback = input.feedback.first.map { "\($0.date) (\($0.date.days(since: input.collected)) days)" } ?? ""
        }
    }
}
