import ArgumentParser
import Program

struct DecisionRecord: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a decision of the core group (besluit).",
        discussion: """
            \(meetingRules)
            An adopted decision (aangenomen) needs more votes for than against. --level is
            the rung of the participation ladder at which youth and parents took part:
            1 informeren (inform), 2 raadplegen (consult), 3 adviseren (advise),
            4 coproduceren (co-produce), 5 meebeslissen (co-decide),
            6 zelfbeheer (self-management).

            Example:
              programctl decision record --as K1 \\
                --title "Kerngroep stelt werkwijze vast" \\
                --text "De kerngroep werkt bottom-up langs drie pijlers." \\
                --date 2023-02-06 --present K1,K2,K3 --for 3 --outcome adopted \\
                --pillar 1 --pillar 2 --level 4
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var meeting: MeetingOptions

    @Option(help: "A short title.")
    var title: String

    @Option(help: "The decision's text.")
    var text: String?

    @Option(help: ArgumentHelp("Read the decision's text from a UTF-8 file.", valueName: "file"))
    var textFile: String?

    @Option(help: "What became of it: \(DecisionOutcome.choices).")
    var outcome: DecisionOutcome

    @Option(help: "A pillar (pijler) it concerns, by number or name; repeat for more.")
    var pillar: [PillarArgument] = []

    @Option(help: "The participation level of youth and parents, 1–6 or its name.")
    var level: ParticipationLevel

    @Option(help: ArgumentHelp("Inputs (inbreng) that informed it, comma-separated: I3,I7.", valueName: "inputs"))
    var informedBy: List<InputID>?

    func validate() throws {
        if (text == nil) == (textFile == nil) { throw ValidationError("Give the text with --text or --text-file.") }
    }

    func command() throws -> Command {
        let body = try text ?? readText(file: textFile!, option: "--text-file")
        return .recordDecision(
            RecordDecision(
                title: title, text: body, meeting: meeting.meeting, outcome: outcome,
                pillars: try global.pillarNumbers(pillar),
                participationLevel: level, informedBy: informedBy?.items ?? []))
    }
}
