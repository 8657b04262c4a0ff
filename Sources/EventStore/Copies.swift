import CSQLite
import Foundation

extension EventStore {
    /// A consistent copy of the whole store — the log, the subject keys and the checkpoints — taken
    /// with SQLite's online backup while others keep reading and writing.
    ///
    /// The copy is one file in rollback-journal mode, safe to move. Keys and log travel together,
    /// so restoring it never makes data unreadable by accident (nor readable again: see the
    /// auditor's guide on erasures made after a backup).
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw EventStoreError.invalidArgument("\(destination) already exists: a backup goes to a new file")
        }
        try reading { connection in
            let target = try Connection(path: destination, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            guard let backup = sqlite3_backup_init(target.handle, "main", connection.handle, "main") else {
                throw target.lastError
            }
            var rc: Int32
            repeat {
                rc = sqlite3_backup_step(backup, -1)
                if rc == SQLITE_BUSY || rc == SQLITE_LOCKED { usleep(1000) }
            } while rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED
            sqlite3_backup_finish(backup)
            guard rc == SQLITE_DONE else { throw SQLiteError(code: rc, message: String(cString: sqlite3_errstr(rc))) }
            try target.execute("PRAGMA journal_mode = DELETE")
        }
    }

    /// Turns the closed store at `path` into one self-contained file: its write-ahead log folded
    /// in and gone (rollback-journal mode).
    package static func useRollbackJournal(_ path: String) throws {
        do {
            try Connection(path: path, flags: SQLITE_OPEN_READWRITE).execute("PRAGMA journal_mode = DELETE")
        } catch {
            throw translate(error, path: path)
        }
    }

    /// A self-contained copy of the log for auditors (`VACUUM INTO`): the events only — no
    /// subject keys (personal data stays encrypted, for good), no traces of destroyed keys and no
    /// checkpoints.
    public func exportLog(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw EventStoreError.invalidArgument("\(destination) already exists: an export goes to a new file")
        }
        do {
            try reading { connection in
                // A read-only store refuses writes with query_only; VACUUM INTO writes only the new file.
                if isReadOnly { try connection.execute("PRAGMA query_only = OFF") }
                defer { if isReadOnly { try? connection.execute("PRAGMA query_only = ON") } }
                let statement = try connection.statement("VACUUM INTO ?")
                statement.bind(1, destination)
                try statement.run()
            }
            let copy = try Connection(path: destination, flags: SQLITE_OPEN_READWRITE)
            try copy.execute(
                """
                PRAGMA secure_delete = ON; PRAGMA journal_mode = DELETE;
                DELETE FROM subject_keys; DELETE FROM destroyed_keys; DELETE FROM checkpoints; VACUUM;
                """)
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw Self.translate(error, path: destination)
        }
    }

    /// The leaf hashes of positions `first` through `last` (default: the head), in order: the
    /// leaves of the log's Merkle tree, as stored.
    public func leafHashes(from first: Int64 = 1, through last: Int64? = nil) throws -> [EventHash] {
        try reading { connection in
            let statement = try connection.statement(
                "SELECT leaf_hash FROM events WHERE position BETWEEN ? AND ? ORDER BY position")
            defer { statement.reset() }
            statement.bind(1, first)
            statement.bind(2, last ?? .max)
            var leaves: [EventHash] = []
            while try statement.step() { leaves.append(statement.withBytes(0) { EventHash(raw: $0) } ?? .zero) }
            return leaves
        }
    }
}
