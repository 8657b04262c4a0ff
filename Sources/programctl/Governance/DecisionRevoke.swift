import ArgumentParser
import Program

struct DecisionRevoke: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a decision (intrekken): a new event that refers to it.",
        discussion: """
            \(meetingRules)
            The revocation needs more votes for than against.

            Example:  programctl decision revoke B2 --as K1 \\
                        --reason "Vervangen door B5" --date 2024-01-15 \\
                        --present K1,K2,K3 --for 3
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var meeting: MeetingOptions

    @Argument(help: "The decision, e.g. B2.")
    var decision: DecisionID

    @Option(help: "Why it is revoked.")
    var reason: String

    func command() throws -> Command {
        .revokeDecision(RevokeDecision(decision: decision, reason: reason, meeting: meeting.meeting))
    }
}
