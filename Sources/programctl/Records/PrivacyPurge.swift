import ArgumentParser
import EventStore
import Foundation
import PostgresEventStore
import ProgramStore

struct PrivacyPurge: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Take the bytes of destroyed keys out of every file of the store, and confirm it.",
        discussion: """
            `privacy forget` destroys a key in the log's current state at once; its old
            bytes leave the database file and the write-ahead log when SQLite can copy the
            log back and truncate it, which waits for every connection still reading from
            before the erasure (an open sqlite3 shell, a running backup). This command
            does that, rewrites the file if a destroyed key's bytes are still in it, and
            confirms by looking for the bytes of every key ever destroyed — by a hash kept
            of each, never the key — in every file of the store. It records nothing.

            Exits 0 when no file holds a destroyed key's bytes, 3 while a reader still
            holds the old pages: run it again once that reader has let go.

            On PostgreSQL (--db postgres://…, as the tables' owner) it rewrites the keys'
            table (VACUUM FULL) and checkpoints, then names what still holds destroyed
            keys outside the tables — the write-ahead log, archives, standbys, backups —
            for the operator (docs/postgresql-format.md, "Erasure"). Exits 3 while a
            transaction older than an erasure holds its row, or when the checkpoint was
            refused.

            Example:  programctl privacy purge
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("How long to wait for readers to let go.", valueName: "seconds"))
    var wait: Int = 10

    func validate() throws {
        if wait < 0 { throw ValidationError("--wait takes a number of seconds, 0 or more.") }
    }

    func execute() throws {
        if LogLocation(global.path).isDatabaseURL {
            return try purgeDatabase()
        }
        var options = EventStore.Options()
        options.busyTimeoutMilliseconds = wait * 1000
        let purge = try EventStore(path: global.path, mode: .readWrite, options: options).purgeDestroyedKeys()
        let files = purge.files.map { file in
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            let holding = file.destroyedKeys.isEmpty ? "" : ", holds \(file.destroyedKeys.joined(separator: ", "))"
            return (name, "\(name) (\(file.size) bytes\(holding))")
        }
        if global.json {
            global.output.print(json: Report(purge))
        } else if purge.isComplete {
            let subjects = purge.subjects.isEmpty ? "none destroyed yet" : purge.subjects.joined(separator: ", ")
            global.output.print(
                "confirmed: no file of the store holds the bytes of a destroyed key (\(subjects)); scanned "
                    + files.map(\.1).joined(separator: ", ")
                    + (purge.vacuumed ? "; the database was rewritten to clear them" : ""))
        } else {
            let advice =
                purge.checkpointed
                ? "they are still there after a checkpoint and a rewrite of the database: report it"
                : "another connection still reads from before the erasure (an open sqlite3 shell, a running "
                    + "backup) and holds the old pages: run `programctl privacy purge` again once it has let go"
            FileHandle.standardError.write(
                Data("warning: not yet purged: \(files.map(\.1).joined(separator: ", ")); \(advice).\n".utf8))
        }
        if !purge.isComplete { throw Reported(status: .followUpPending) }
    }
}

extension PrivacyPurge {
    /// What a purge found, as `--json` shows it.
    struct Report: Encodable {
        /// A file of the store: its name, size and the subjects whose destroyed keys it still holds.
        struct File: Encodable {
            var file: String
            var bytes: Int
            var destroyedKeys: [String]
        }
        var confirmed: Bool
        var checkpointed: Bool
        var vacuumed: Bool
        var subjects: [String]
        var files: [File]

        init(_ purge: KeyPurge) {
            confirmed = purge.isComplete
            checkpointed = purge.checkpointed
            vacuumed = purge.vacuumed
            subjects = purge.subjects
            files = purge.files.map {
                File(
                    file: URL(fileURLWithPath: $0.path).lastPathComponent, bytes: $0.size,
                    destroyedKeys: $0.destroyedKeys)
            }
        }
    }
}

extension PrivacyPurge {
    /// The purge on PostgreSQL: `subject_keys` rewritten and a checkpoint (docs/postgresql-format.md,
    /// "Erasure"); what stays elsewhere — the write-ahead log, archives, standbys, backups — is named.
    func purgeDatabase() throws {
        let log = try PostgresEventStore(url: global.path, mode: .readWrite)
        let purge = try log.purgeDestroyedKeys()
        let complete = purge.heldBack == 0 && purge.checkpoint == .done
        if global.json {
            global.output.print(json: DatabaseReport(purge, confirmed: complete))
        } else {
            let checkpoint =
                switch purge.checkpoint {
                case .done: "and checkpointed"
                case .refused(let message):
                    "but the checkpoint was refused (\(message)): the next scheduled one does it"
                }
            global.output.print("rewrote subject_keys in \(log.location) \(checkpoint)")
            if purge.heldBack > 0 {
                global.output.print(
                    "\(purge.heldBack) destroyed key(s) still held by a transaction older than their erasure:"
                        + " run `programctl privacy purge` again once it has ended")
            }
            for remaining in purge.remains { global.output.print("remains: \(remaining)") }
        }
        if !complete { throw Reported(status: .followUpPending) }
    }

    /// What a purge of a database did, as `--json` shows it.
    struct DatabaseReport: Encodable {
        var confirmed: Bool
        var heldBack: Int
        var checkpointed: Bool
        var remains: [String]

        init(_ purge: PostgresKeyPurge, confirmed: Bool) {
            self.confirmed = confirmed
            heldBack = purge.heldBack
            checkpointed = purge.checkpoint == .done
            remains = purge.remains
        }
    }
}
