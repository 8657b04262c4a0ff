import ArgumentParser
import Foundation
import Program
import ProgramStore

struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "Personal data (AVG/GDPR): erase a person's data, or give them a copy of it.",
        discussion: """
            Names, e-mail addresses, phone numbers and quotes are stored encrypted with a
            key per person (a pseudonymous subject: P1, P2, …). `conference list C1` shows
            who is which subject.
            """,
        subcommands: [PrivacyForget.self, PrivacyPurge.self, PrivacyExport.self])
}

struct PrivacyForget: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase a subject's personal data: destroy their key and record that it was done.",
        discussion: """
            The log itself is never changed: the encrypted data stays, and every hash
            still verifies, but without the key nobody can read it again. The key is
            overwritten in the file and the write-ahead log is cleared, so it is gone from
            every file of the store. Backups made before hold the key: see
            docs/auditing.md on restoring.

            While another connection still reads from before the erasure (an open sqlite3
            shell, a running backup), the key's old bytes stay in the file's free pages
            and write-ahead log: the erasure is recorded all the same, and forget exits 3
            saying so. Do not forget again: run `programctl privacy purge` once the reader
            has let go, to finish and confirm.

            Example:  programctl privacy forget P17 --as K1 \\
                        --reason "verzoek van betrokkene"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The subject, e.g. P17.")
    var subject: SubjectID

    @Option(help: "Why (e.g. the person's request).")
    var reason: String

    @Option(help: "The date of the request (default: today).", transform: Day.argument)
    var date: Day?

    func command() throws -> Command {
        .forgetSubject(
            ForgetSubject(subject: subject, reason: reason, date: date ?? Instant(Date()).dayInNetherlands))
    }
}

struct PrivacyExport: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Give a person their own data (inzageverzoek) as JSON, and record that it was given.",
        discussion: "Example:  programctl privacy export P17 --as K1 -o P17.json")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The subject, e.g. P17.")
    var subject: SubjectID

    @Option(name: .shortAndLong, help: "Write the JSON to this file (default: standard output).")
    var output: String?

    func execute() throws {
        let store = try global.store()
        let state = try store.currentState().state
        guard state.subjects.contains(subject) else {
            throw RuleViolation("subject", "\(subject) is not a data subject in this programme")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(try store.export(subject: subject))
        let result = try store.record(
            .recordDataExport(RecordDataExport(subject: subject, date: Instant(Date()).dayInNetherlands)),
            actor: global.actor, name: Self.commandPath, requestID: global.requestID)
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
            global.output.recorded(result)
        } else {
            writeOut(data + Data("\n".utf8))
        }
        try global.output.followUps(result.pending, store: global.shownPath)
    }
}
