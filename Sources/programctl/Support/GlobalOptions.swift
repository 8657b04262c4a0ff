import ArgumentParser
import Foundation
import Program

/// The options every command takes, after the subcommand or — see ``GlobalOptionPlacement`` —
/// before it.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The programme's store (an SQLite file).",
            discussion: """
                Default: $PROGRAM_DB, else ./programme.sqlite. Like --as, --json and
                --request-id, it may also come before the subcommand: programctl --db FILE member list.
                """,
            valueName: "path"))
    var db: String?

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Who records this: an active core group member's id (kerngroeplid), e.g. K1. Kept with the events.",
            valueName: "member"))
    var actor: MemberID?

    @Flag(name: .long, help: "Print machine-readable JSON instead of text.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A unique id for this request: retrying with the same id records nothing twice.", valueName: "id"))
    var requestID: String?

    /// The store's path.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["PROGRAM_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "programme.sqlite"
    }
}
