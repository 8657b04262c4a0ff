import ArgumentParser

@main
struct Programctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programctl",
        abstract: "Record the youth-care participation programme (cliënt- en jongerenparticipatie) in its event log.",
        discussion: """
            Every action is recorded as an immutable event in one SQLite file, the
            programme's store (--db, default $PROGRAM_DB, else ./programme.sqlite).
            Nothing recorded is ever changed: a correction is a new event. Core group
            members (kerngroepleden) record with --as.

            Start:  programctl init --db zl.sqlite
                    programctl member add --db zl.sqlite --name "…" \\
                      --constituency youth --date 2023-01-16
            Read:   programctl log --db zl.sqlite

            The options every command takes (--db, --as, --json, --lang, --request-id) may
            come before the subcommand as well as after it:
                    programctl --db zl.sqlite --json member list

            Shell completion: programctl --generate-completion-script bash (or zsh, fish);
            docs/cli.md says where to put it.

            \(ExitStatus.table)
            """,
        version: "1.0.0",
        subcommands: [
            Init.self, MemberCommand.self, DecisionCommand.self, BodyCommand.self, AdviceCommand.self, PlanCommand.self,
            FrameworkCommand.self,
            ConferenceCommand.self, InputCommand.self, SubsidyCommand.self, PrivacyCommand.self, ReportCommand.self,
            AuditCommand.self, Backup.self, StoreCommand.self, Demo.self, Log.self,
        ]
    )

    /// Runs the command line, with the global options allowed before the subcommand too. With
    /// `--json` anywhere before a `--`, argument-parser's usage errors (an unknown option, a
    /// missing or malformed value) are reported as every other failure is: one JSON object on
    /// standard error, exit 64.
    static func main() {
        let arguments = GlobalOptionPlacement.placed(Array(CommandLine.arguments.dropFirst()), root: Self.self)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // An ExitCode is a failure the command has reported already.
            if !(error is ExitCode), exitCode(for: error) == ExitStatus.usage.code,
                arguments.prefix(while: { $0 != "--" }).contains("--json")
            {
                exit(withError: Failure(usage: message(for: error)).report(json: true))
            }
            exit(withError: error)
        }
    }
}
