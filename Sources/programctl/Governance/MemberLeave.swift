import ArgumentParser
import Program

struct MemberLeave: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "Record that a member left the core group.",
        discussion: """
            --date is the first day they are no longer a member.

            Example:  programctl member leave K4 --as K1 --date 2024-09-01 \\
                        --reason "moved away"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The member's id, e.g. K4.")
    var member: MemberID

    @Option(help: "The first day they are no longer a member.", transform: Day.argument)
    var date: Day

    @Option(help: "Why they left (optional).")
    var reason: String?

    func command() throws -> Command {
        .removeMember(RemoveMember(member: member, date: date, reason: reason))
    }
}
