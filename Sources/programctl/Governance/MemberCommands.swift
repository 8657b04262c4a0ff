import ArgumentParser
import Program

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: "The core group (kerngroep): who joins, who leaves, who sat when.",
        subcommands: [MemberAdd.self, MemberLeave.self, MemberList.self])
}
