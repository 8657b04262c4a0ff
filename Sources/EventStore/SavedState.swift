import Crypto
import Foundation

/// State derived from the log (e.g. a projection), saved beside it in the `checkpoints` table so
/// that a reader can start from it instead of from position 1. (Not to be confused with a signed
/// ``LogCheckpoint``, which commits to the log itself.)
///
/// Checkpoints are not part of the hashed log: they can be deleted or rebuilt at any time. A
/// reader trusts one only when it is authenticated with the store's checkpoint key, which is
/// kept outside the store file (``CheckpointKey``), when its ``position`` still has its
/// ``chainHash``, and when its ``version`` is the one it understands. An auditor compares it
/// with a fold of the log.
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

extension SavedState {
    /// The same state in bytes of its own.
    func copied() -> SavedState {
        var copy = self
        copy.state = state.withUnsafeBytes { Data($0) }
        return copy
    }
}

/// What a reader finds under a saved state's name.
public enum SavedStateCheck: Sendable, Hashable {
    /// Nothing is saved under the name.
    case none
    /// A state authenticated with the store's checkpoint key.
    case authentic(SavedState)
    /// A state that must not be trusted, and why: no key to check it with, or a wrong code
    /// (changed or forged without the key). It is given for an auditor to compare with the log.
    case unauthenticated(SavedState, reason: String)

    /// The same check, its state in bytes of its own.
    func copied() -> SavedStateCheck {
        switch self {
        case .none: .none
        case .authentic(let saved): .authentic(saved.copied())
        case .unauthenticated(let saved, let reason): .unauthenticated(saved.copied(), reason: reason)
        }
    }
}

extension EventStore {
    /// Always: saved states are kept in the file, authenticated with the key beside it.
    public var keepsSavedStates: Bool { true }

    /// The state saved under `name`, only if it is authenticated with the store's checkpoint key.

    /// The version and position of the state saved under `name`, read without its bytes and not
    /// authenticated: enough to tell when to save it again, never to trust it.
    public func savedStateHeader(named name: String) throws -> (version: Int, position: Int64)? {
        try reading { connection in
            let statement = try connection.statement("SELECT version, position FROM checkpoints WHERE name = ?")
            defer { statement.reset() }
            statement.bind(1, name)
            guard try statement.step() else { return nil }
            return (Int(statement.int64(0)), statement.int64(1))
        }
    }

    /// The state saved under `name`, and whether it is authenticated, lent to `body` as SQLite
    /// holds it: a large programme's state is tens of megabytes, and a copy costs as much as
    /// using it. The state's bytes are valid only until `body` returns.
    public func withSavedStateCheck<T>(named name: String, _ body: (SavedStateCheck) throws -> T) throws -> T {
        let key = CheckpointKey.load(forStore: path)
        return try reading { connection in
            let statement = try connection.statement("SELECT version, position, state FROM checkpoints WHERE name = ?")
            defer { statement.reset() }
            statement.bind(1, name)
            guard try statement.step() else { return try body(.none) }
            let (version, position) = (Int(statement.int64(0)), statement.int64(1))
            // chain hash (32 bytes) ‖ authentication code (32 bytes) ‖ state
            return try statement.withBytes(2) { blob in
                guard blob.count >= 64, let base = blob.baseAddress,
                    let hash = EventHash(raw: UnsafeRawBufferPointer(rebasing: blob[..<32]))
                else {
                    let saved = SavedState(
                        name: name, version: version, position: position, chainHash: .zero, state: Data())
                    return try body(
                        .unauthenticated(saved, reason: "its bytes are too short to hold a chain hash and a code"))
                }
                let state = Data(
                    bytesNoCopy: UnsafeMutableRawPointer(mutating: base + 64), count: blob.count - 64,
                    deallocator: .none)
                let saved = SavedState(name: name, version: version, position: position, chainHash: hash, state: state)
                guard let key else {
                    return try body(
                        .unauthenticated(
                            saved,
                            reason:
                                "there is no checkpoint key beside the store (\(CheckpointKey.path(forStore: path)))"))
                }
                let expected = key.authenticate(
                    name: name, version: version, position: position, chainHash: hash, state: state)
                guard blob[32..<64].elementsEqual(expected) else {
                    return try body(
                        .unauthenticated(saved, reason: "its authentication code is wrong: it was changed or forged"))
                }
                return try body(.authentic(saved))
            }
        }
    }

    /// Saves (or replaces) a state, authenticated with the store's checkpoint key, which is made
    /// when there is none. It is not an append: the events are not touched.
    public func save(_ checkpoint: SavedState) throws {
        if isReadOnly { throw EventStoreError.readOnly(path: path) }
        let key = try CheckpointKey.loadOrCreate(forStore: path)
        let code = key.authenticate(
            name: checkpoint.name, version: checkpoint.version, position: checkpoint.position,
            chainHash: checkpoint.chainHash, state: checkpoint.state)
        try writing { connection in
            let statement = try connection.statement(
                "INSERT OR REPLACE INTO checkpoints (name, version, position, state, saved_at) VALUES (?, ?, ?, ?, ?)")
            statement.bind(1, checkpoint.name)
            statement.bind(2, Int64(checkpoint.version))
            statement.bind(3, checkpoint.position)
            statement.bind(4, Data(checkpoint.chainHash.bytes) + code + checkpoint.state)
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
        try writing { try $0.execute("PRAGMA wal_checkpoint(PASSIVE)") }
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
