import EventStore
import PostgresNIO

/// What ``PostgresEventStore/purgeDestroyedKeys()`` did, and where destroyed keys' bytes may
/// still be: docs/postgresql-format.md, "Erasure".
public struct PostgresKeyPurge: Sendable, Equatable {
    /// Whether the server ran `CHECKPOINT`.
    public enum Checkpoint: Sendable, Equatable {
        /// It ran: the old file of `subject_keys` is gone, and the write-ahead log before it may
        /// be recycled.
        case done
        /// The server refused it (the role is neither superuser nor in `pg_checkpoint`): its message.
        case refused(String)
    }

    /// Destroyed keys whose deleted rows the rewrite had to keep, because a transaction older
    /// than their destruction was still running (in any database of the cluster: its id holds
    /// back every snapshot), or a snapshot, replication slot or prepared transaction older than it
    /// may still see them: purge again once it has ended. Counted from the sessions the role may
    /// see (all with `pg_read_all_stats`).
    public var heldBack: Int
    public var checkpoint: Checkpoint
    /// Where the bytes of destroyed keys may remain, for the operator to act on, one sentence each.
    public var remains: [String]
}

extension PostgresEventStore {
    /// Makes the bytes of destroyed keys unreachable in the database's files: `VACUUM FULL
    /// subject_keys`, then `CHECKPOINT`.
    ///
    /// Destroying a key deletes its row, which stays in the table's page as a dead tuple. Plain
    /// `VACUUM` marks its space free for reuse but leaves the page in place, the bytes possibly
    /// with it until a later row overwrites them; `VACUUM FULL` copies the live rows into a new
    /// file and drops the old one, emptied at commit and removed at the next checkpoint.
    /// `CHECKPOINT` (superuser or `pg_checkpoint`) makes that happen now and lets the write-ahead
    /// log before it be recycled; refused, it is reported, not thrown. The result says what
    /// remains: the write-ahead log, archives, standbys, base backups.
    ///
    /// Needs the table's owner (`VACUUM FULL` takes an exclusive lock on `subject_keys` while it
    /// runs: key reads and writes wait, appends do not).
    ///
    /// - Throws: ``EventStoreError/readOnly(path:)``, ``PostgresLogError`` (`42501` when the role
    ///   does not own the table).
    public func purgeDestroyedKeys() throws -> PostgresKeyPurge {
        guard !isReadOnly else { throw EventStoreError.readOnly(path: location) }
        return try withSession { session in
            let held = try session.query(
                """
                WITH horizon (xmin) AS (
                    SELECT backend_xid FROM pg_stat_activity
                     WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()
                    UNION ALL SELECT backend_xmin FROM pg_stat_activity
                     WHERE backend_xmin IS NOT NULL AND pid <> pg_backend_pid()
                       AND (datname = current_database() OR datname IS NULL)
                    UNION ALL SELECT xmin FROM pg_replication_slots
                     WHERE xmin IS NOT NULL AND (database = current_database() OR database IS NULL)
                    UNION ALL SELECT transaction FROM pg_prepared_xacts)
                SELECT count(*) FROM destroyed_keys d
                 WHERE EXISTS (SELECT 1 FROM horizon h WHERE age(h.xmin) >= age(d.xmin))
                """
            ).rows
            let heldBack = try held.first?.decode(Int64.self) ?? 0
            try session.execute("VACUUM FULL subject_keys")
            let checkpoint: PostgresKeyPurge.Checkpoint
            do {
                try session.execute("CHECKPOINT")
                checkpoint = .done
            } catch let error as PostgresLogError where error.sqlState == "42501" {
                checkpoint = .refused(error.message)
            }
            return PostgresKeyPurge(
                heldBack: Int(heldBack), checkpoint: checkpoint, remains: try remains(session, checkpoint))
        }
    }

    /// What keeps copies of the table's past pages, as the server's settings and state say.
    private func remains(_ session: PostgresSession, _ checkpoint: PostgresKeyPurge.Checkpoint) throws -> [String] {
        let rows = try session.query(
            """
            SELECT current_setting('archive_mode'), (SELECT count(*) FROM pg_replication_slots),
                   (SELECT count(*) FROM pg_stat_replication)
            """
        ).rows
        guard let row = rows.first else { throw PostgresLogError(message: "the server's settings returned no row") }
        let (archiveMode, slots, standbys) = try row.decode((String, Int64, Int64).self)
        var remains: [String] = []
        if case .refused = checkpoint {
            remains.append(
                "the old file of subject_keys, emptied, is removed at the next checkpoint (checkpoint_timeout)")
        }
        remains.append(
            "the write-ahead log (pg_wal) holds the keys as they were written until its segments are recycled"
                + " after a checkpoint and overwritten")
        if slots > 0 {
            remains.append("\(slots) replication slot(s) keep write-ahead log until their consumers read it")
        }
        if archiveMode != "off" {
            remains.append("the WAL archive (archive_command) holds the keys until its retention removes the segments")
        }
        if standbys > 0 {
            remains.append(
                "\(standbys) standby(s) replay the rewrite but keep the keys in their own write-ahead log until a"
                    + " restartpoint recycles it")
        }
        remains.append("base backups and dumps taken before the destruction hold the keys until they are deleted")
        return remains
    }
}
