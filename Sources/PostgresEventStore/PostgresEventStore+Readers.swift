import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    /// Up to `limit` events from `position` on, with only what a fold reads.
    public func readRecords(from position: Int64, limit: Int = 4096) throws -> [EventRecord] {
        try withSession { session in
            try session.query(
                """
                SELECT position, type, schema_version, payload, recorded_at, chain_hash FROM events
                WHERE position >= \(max(1, position)) ORDER BY position LIMIT \(Int64(max(0, limit)))
                """
            ).rows.map { row in
                RowBytes(row).withCells { cells in
                    EventRecord(
                        position: cells.int64(0), type: String(decoding: cells[1], as: UTF8.self),
                        schemaVersion: Int(cells.int64(2)), payload: Data(cells[3]),
                        recordedAt: Timestamp.parse(bytes: cells[4]) ?? Date(timeIntervalSince1970: 0),
                        chainHash: EventHash(raw: cells[5]) ?? .zero)
                }
            }
        }
    }

    /// The last position recorded at or before `date` (0 when none was): `recorded_at` never
    /// decreases along the log, and its fixed-width text sorts as the instants do.
    public func position(recordedAtOrBefore date: Date) throws -> Int64 {
        try withSession { session in
            try session.query(
                """
                SELECT COALESCE(MAX(position), 0) FROM events
                WHERE recorded_at COLLATE "C" <= \(Timestamp.format(date)) COLLATE "C"
                """
            ).rows.first?.decode(Int64.self) ?? 0
        }
    }

    /// None: a PostgreSQL log keeps no saved states (see docs/postgresql-format.md), so readers
    /// fold the log.
    public func withSavedStateCheck<T>(named name: String, _ body: (SavedStateCheck) throws -> T) throws -> T {
        try body(.none)
    }

    /// Saves nothing: a PostgreSQL log keeps no saved states.
    public func save(_ state: SavedState) throws {}

    /// Never: a saved state's authentication key would have to be shared by every machine.
    public var keepsSavedStates: Bool { false }

    /// None.
    public func savedStateHeader(named name: String) throws -> (version: Int, position: Int64)? { nil }

    /// Rewrites `subject_keys` at once (``purgeDestroyedKeys()``) when the role owns it and nothing
    /// holds the old rows back; else says why the destroyed key's bytes stay in the table's pages.
    public func purgeAfterErasure() throws -> String? {
        let purge: PostgresKeyPurge
        do {
            purge = try purgeDestroyedKeys()
        } catch let error as PostgresLogError where error.sqlState == "42501" {
            return "its bytes remain in a dead row of subject_keys in \(location), which this role may not rewrite:"
                + " as the tables' owner"
        }
        if purge.heldBack > 0 {
            return "its bytes remain in a dead row of subject_keys in \(location): a transaction older than the "
                + "erasure still runs and holds it; once it has ended"
        }
        return nil
    }

    /// The head position: it moves with every append, whichever connection made it.
    public func changeStamp() throws -> LogChangeStamp {
        LogChangeStamp(source: 0, value: try head().position)
    }

    /// Keeps a signed checkpoint for readers, as ``EventStore/publish(_:)`` does.
    @discardableResult
    public func publish(_ checkpoint: LogCheckpoint) throws -> Bool {
        guard !isReadOnly else { throw EventStoreError.readOnly(path: location) }
        try checkPublishable(checkpoint)
        return try withSession { session in
            let inserted = try session.query(
                """
                INSERT INTO published_checkpoints (size, root, note, published_at)
                VALUES (\(checkpoint.size), \(ByteBuffer(bytes: checkpoint.root.bytes)), \(checkpoint.encoded),
                        \(Timestamp.format(clock())))
                ON CONFLICT (note) DO NOTHING
                """)
            return (inserted.metadata.rows ?? 0) > 0
        }
    }

    /// The latest published checkpoint (the largest size, the last published of it), if any.
    public func latestPublishedCheckpoint() throws -> String? {
        try withSession { session in
            guard try hasTable(session, "published_checkpoints") else { return nil }
            return try session.query(
                "SELECT note FROM published_checkpoints ORDER BY size DESC, sequence DESC LIMIT 1"
            ).rows.first?.decode(String.self)
        }
    }
}
