import Foundation

/// State derived from the log (e.g. a projection), saved beside it in the `checkpoints` table so
/// that a reader can start from it instead of from position 1. (Not to be confused with a signed
/// ``LogCheckpoint``, which commits to the log itself.)
///
/// Checkpoints are not part of the hashed log: they can be deleted or rebuilt at any time, and a
/// reader must check that one still fits the log (its ``position`` exists and its ``chainHash``
/// matches) and that its ``version`` is the one it understands.
public struct SavedState: Sendable, Hashable {
    public var name: String
    /// The version of the code that saved the state; another version must not use it.
    public var version: Int
    /// The last position folded into the state.
    public var position: Int64
    /// The chain hash at ``position`` when it was saved.
    public var chainHash: EventHash
    public var state: Data

    public init(name: String, version: Int, position: Int64, chainHash: EventHash, state: Data) {
        self.name = name
        self.version = version
        self.position = position
        self.chainHash = chainHash
        self.state = state
    }
}

extension EventStore {
    /// The state saved under `name`, if any.
    public func savedState(named name: String) throws -> SavedState? {
        try reading { connection in
            let statement = try connection.statement(
                "SELECT version, position, state, saved_at FROM checkpoints WHERE name = ?")
            defer { statement.reset() }
            statement.bind(1, name)
            guard try statement.step() else { return nil }
            let state = statement.data(2)
            guard state.count >= 32, let hash = EventHash(bytes: state.prefix(32)) else { return nil }
            return SavedState(
                name: name, version: Int(statement.int64(0)), position: statement.int64(1), chainHash: hash,
                state: state.dropFirst(32))
        }
    }

    /// Saves (or replaces) a state. It is not an append: the events are not touched.
    public func save(_ checkpoint: SavedState) throws {
        if isReadOnly { throw EventStoreError.readOnly(path: path) }
        try reading { connection in
            let statement = try connection.statement(
                "INSERT OR REPLACE INTO checkpoints (name, version, position, state, saved_at) VALUES (?, ?, ?, ?, ?)")
            statement.bind(1, checkpoint.name)
            statement.bind(2, Int64(checkpoint.version))
            statement.bind(3, checkpoint.position)
            statement.bind(4, Data(checkpoint.chainHash.bytes) + checkpoint.state)
            statement.bind(5, Timestamp.format(options.clock()))
            try statement.run()
        }
        // A saved state is large: copy it out of the write-ahead log at once, so that readers
        // do not look every page up in the log's index.
        try flushWriteAheadLog()
    }

    /// Copies committed pages from the write-ahead log into the database file as far as open
    /// readers allow, without waiting for them (a passive checkpoint). Readers that start after
    /// a complete copy read the database file alone, which is faster on a long log.
    public func flushWriteAheadLog() throws {
        if isReadOnly { throw EventStoreError.readOnly(path: path) }
        try reading { try $0.execute("PRAGMA wal_checkpoint(PASSIVE)") }
    }

    /// The chain hash at `position`, if the log has that position.
    public func chainHash(at position: Int64) throws -> EventHash? {
        try reading { connection in
            let statement = try connection.statement("SELECT chain_hash FROM events WHERE position = ?")
            defer { statement.reset() }
            statement.bind(1, position)
            guard try statement.step() else { return nil }
            return statement.withBytes(0) { EventHash(raw: $0) }
        }
    }
}
