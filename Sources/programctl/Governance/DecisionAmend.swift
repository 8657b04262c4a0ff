import ArgumentParser
import Program

struct DecisionAmend: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Amend a decision: a new event that refers to it; the register keeps both.",
        discussion: """
            Give what changes (--title, --text, --pillar, --level, --informed-by) and why.
            \(meetingRules)
            The amendment needs more votes for than against.

            Example:
              programctl decision amend B1 --as K1 --reason "Pijler 3 toegevoegd" \\
                --pillar 1 --pillar 2 --pillar 3 --date 2023-03-06 --present K1,K2,K3 \\
                --for 3
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var meeting: MeetingOptions

    @Argument(help: "The decision, e.g. B1.")
    var decision: DecisionID

    @Option(help: "Why it is amended.")
    var reason: String

    @Option(help: "A new title.")
    var title: String?

    @Option(help: "A new text.")
    var text: String?

    @Option(help: "The pillars it now concerns (replaces the old list), by number or name; repeat.")
    var pillar: [PillarArgument] = []

    @Option(help: "A new participation level, 1–6.")
    var level: ParticipationLevel?

    @Option(help: ArgumentHelp("More inputs that informed it, comma-separated.", valueName: "inputs"))
    var informedBy: List<InputID>?

    func command() throws -> Command {
        .amendDecision(
            AmendDecision(
                decision: decision, reason: reason, meeting: meeting.meeting, title: title, text: text,
                pillars: pillar.isEmpty ? nil : try global.pillarNumbers(pillar), participationLevel: level,
                informedBy: informedBy?.items ?? []))
    }
}
