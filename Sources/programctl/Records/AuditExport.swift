import ArgumentParser
import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import Reporting

struct AuditExport: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write a self-contained snapshot of the log for auditors, with a checkpoint. Personal data stays encrypted.",
        discussion: """
            DIR gets log.sqlite (the events only: no keys, so personal data in it can
            never be read) and, with --key, checkpoint.txt signed over exactly that log.
            Taken while others write.

            Example:  programctl audit export audit-2025 --key secretariaat.key
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The directory to create.")
    var directory: String

    @Option(help: "Sign a checkpoint of the export with this key file.")
    var key: String?

    func execute() throws {
        let signing = try key.map { try readTransparencyFile($0, option: "--key", as: NoteSigningKey.init(encoded:)) }
        if FileManager.default.fileExists(atPath: directory) {
            throw UsageError("\(directory) already exists: an export goes to a new directory")
        }
        let store = try global.store(.readOnly)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = URL(fileURLWithPath: directory).appendingPathComponent("log.sqlite").path
        try store.log.exportLog(to: path)
        let export = try EventStore(path: path, mode: .readOnly)
        let head = try export.head()
        if let signing {
            let checkpoint = try export.checkpoint(key: signing)
            try Data(checkpoint.encoded.utf8).write(
                to: URL(fileURLWithPath: directory).appendingPathComponent("checkpoint.txt"))
        }
        global.output.print(
            "exported \(head.position) events to \(path)" + (signing == nil ? "" : ", with a signed checkpoint.txt")
        )
    }
}

struct AuditReplay: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay the log and show the programme's state as of a date or a log position.",
        discussion: """
            Every event through the position is read and applied in order; the result is
            shown as the progress report (JSON by default) — the read models as they stood.
            --to DATE keeps the facts that had happened by the end of that day, as the log
            knows them now; --to POSITION reads the log as it stood at that position. Add
            --recorded-by DATE to read only what had been recorded by the end of that day.

            Example:  programctl audit replay --to 2024-12-31
                      programctl audit replay --to 2024-12-31 --recorded-by 2025-01-15
                      programctl audit replay --to 500 --format md
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "A date (what had happened by the end of that day, Europe/Amsterdam) or a log position.",
            valueName: "date|position"))
    var to: String

    @Option(
        help: ArgumentHelp("Only what the log had recorded by the end of this day.", valueName: "date"),
        transform: Day.argument)
    var recordedBy: Day?

    @Option(help: "json (default), md, html or csv.")
    var format: ReportFormat = .json

    func execute() throws {
        var moment = ProgressReports.Moment(recorded: recordedBy.map { .endOf($0) } ?? .head)
        if let day = Day(iso: to) {
            moment.happenedBy = day
        } else if let position = Int64(to) {
            if recordedBy != nil { throw UsageError("--to: give a date with --recorded-by, not a position") }
            moment.recorded = .position(position)
        } else {
            throw UsageError("--to: '\(to)' is neither \(Day.expected) nor a log position")
        }
        let store = try global.store(.readOnly)
        let position = try ProgressReports.position(of: moment.recorded, in: store.log)
        if position == 0 {
            let when = recordedBy.map { " by the end of \($0)" } ?? ""
            FileHandle.standardError.write(
                Data("programctl: nothing was recorded\(when): nothing to replay\n".utf8))
            return
        }
        let progress = Progress("replaying", total: position)
        defer { progress.finish() }
        let report = try ProgressReports.build(
            from: store.log, through: position, happenedBy: moment.happenedBy, language: global.reportLanguage,
            progress: progress.update)
        writeOut(format.render(report))
    }
}

struct Backup: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy everything needed to restore — the log and the personal-data keys — into a new file, online.",
        discussion: """
            Uses SQLite's online backup: consistent even while programd reads and others
            write. Log and keys are copied together, so a restore never shreds data by
            accident. To restore, stop the writers and copy the backup into place;
            erasures made after the backup must be applied again (docs/auditing.md,
            "Restoring a backup").

            Example:  programctl backup /backups/programme-2025-01-31.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The backup file to create.")
    var file: String

    func execute() throws {
        if FileManager.default.fileExists(atPath: file) {
            throw UsageError("\(file) already exists: a backup goes to a new file")
        }
        let store = try global.store(.readOnly)
        guard let log = store.log as? EventStore else {
            throw UsageError(
                "\(store.log.location) is a PostgreSQL database: back it up with pg_dump or pg_basebackup (docs/operations.md)"
            )
        }
        try log.backup(to: file)
        let copy = try EventStore(path: file, mode: .readOnly)
        global.output.print("backed up \(try copy.head().position) events and their keys to \(file)")
    }
}
