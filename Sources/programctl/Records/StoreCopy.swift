import ArgumentParser
import EventStore
import Foundation
import ProgramStore

struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Move a programme's log between backends: an SQLite file and a PostgreSQL database.",
        subcommands: [StoreCopy.self])
}

struct StoreCopy: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a log, with its personal-data keys, into a new SQLite file or an empty PostgreSQL database.",
        discussion: """
            FROM and TO are each a file (an SQLite store) or a PostgreSQL URL \
            (postgres://USER@HOST[:PORT]/DATABASE). FROM is verified first — a log that \
            fails is not copied (exit 74) — and every event is written exactly as stored, \
            so every hash, checkpoint, proof and receipt stays valid; each is checked again \
            as it is written. The subject keys and the traces of destroyed keys go along, \
            so personal data stays readable (and erased data erased). One transaction: \
            all or nothing. A file TO must not exist; a database TO must hold no events \
            (its tables are made when it has none). Saved states and published \
            checkpoints are not copied: readers fold the log again, and `audit checkpoint \
            --publish` publishes again. Stop the writers of FROM first: what they append \
            after its verification is not copied.

            Example:  programctl store copy zl.sqlite postgres://programme@db.example/zl
                      programctl store copy postgres://programme@db.example/zl zl-back.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The log to copy: a file or a postgres:// URL.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where to copy it: a new file or a postgres:// URL.", valueName: "to"))
    var to: String

    func execute() throws {
        let source = try LogLocation(from).open(mode: .readOnly)
        if !LogLocation(to).isDatabaseURL, FileManager.default.fileExists(atPath: to) {
            throw UsageError("\(to) already exists: a copy goes to a new file or an empty database")
        }
        let progress = Progress("copying", total: try source.head().position)
        do {
            let target = try LogLocation(to).open(mode: .create)
            if try target.head().position > 0 {
                throw UsageError("\(target.location) already holds events: a copy goes to an empty database")
            }
            let copied = try target.copy(from: source, progress: progress.update)
            progress.finish()
            global.output.print(
                "copied \(copied.head.position) events, \(copied.subjectKeys) subject keys and \(copied.keyTraces) "
                    + "traces of destroyed keys from \(source.location) to \(target.location); "
                    + "head \(copied.head.position):\(copied.head.chainHash.hex)")
        } catch {
            // A new file that holds nothing copied goes again.
            if !LogLocation(to).isDatabaseURL {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
            }
            throw error
        }
    }
}
