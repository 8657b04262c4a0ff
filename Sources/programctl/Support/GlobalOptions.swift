import ArgumentParser
import Foundation
import Program
import ProgramStore

/// The options every command takes, after the subcommand or — see ``GlobalOptionPlacement`` —
/// before it.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The programme's store: an SQLite file, or a PostgreSQL database's postgres:// URL.",
            discussion: """
                A URL is postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (docs/operations.md, \
                "PostgreSQL"). Default: $PROGRAM_DB, else ./programme.sqlite. Like --as, --json, --lang and \
                --request-id, it may also come before the subcommand: programctl --db FILE member list.
                """,
            valueName: "path|url"))
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of text output and reports: nl (Nederlands) or en.",
            discussion: """
                Amounts and dates are written as the language writes them: € 48.000,00 and \
                7 juni 2023, or €48,000.00 and 7 June 2023. Default: nl when the first of \
                $LC_ALL, $LC_MESSAGES and $LANG that is set starts with nl, else en; for a \
                report (report progress, report publish, audit replay), nl. --json output is \
                the same in either.
                """,
            valueName: "nl|en"))
    var lang: Language?

    /// The language of text output: `--lang`, else the environment's.
    var language: Language { lang ?? Language(environment: ProcessInfo.processInfo.environment) }

    /// The language of a report: `--lang`, else Dutch, the programme's own.
    var reportLanguage: Language { lang ?? .dutch }

    /// The store as messages show it: a URL without its password.
    var shownPath: String { LogLocation(path).shown }

    /// The store's path.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["PROGRAM_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "programme.sqlite"
    }
}
