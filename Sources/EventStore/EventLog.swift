import Foundation

/// What every backend of the event log does: the contract that ``EventStore`` (SQLite, embedded)
/// and `PostgresEventStore` (PostgreSQL, shared) both keep, written without SQL.
///
/// - Positions are gapless from 1 and in commit order, whatever the number of writers.
/// - A batch is appended to one stream all or nothing, after its expected version is checked; a
///   batch whose event ids are stored already is a retry and writes nothing.
/// - Every event is stored with the canonical encoding's leaf hash and the chain hash
///   (docs/event-log-format.md), so a log copied between backends keeps every hash.
/// - Stored events never change; personal data is erased by destroying its subject's key.
///
/// Calls block the calling thread, as ``EventStore``'s do; async callers run them with
/// ``offload(_:)``. Merkle roots, proofs and checkpoints are written once, over this contract
/// (Transparency/Proofs.swift).
public protocol EventLog: Sendable {
    /// The log inside one write transaction, with the writer lock held.
    associatedtype Transaction: LogTransaction, ~Copyable

    /// Where the log lives, for messages: a file's path, or a database URL without its password.
    var location: String { get }

    /// Runs `body` in one write transaction, with the writer lock held: what it decides cannot be
    /// overtaken by another writer. Commits when `body` returns, writes nothing when it throws.
    func write<T>(_ body: (inout Transaction) throws -> T) throws -> T

    /// The last position and its chain hash.
    func head() throws -> LogHead

    /// Up to `limit` events from `position` on (a page), in order.
    func read(from position: Int64, limit: Int) throws -> [StoredEvent]

    /// The events of one stream, from `version` on.
    func read(stream: String, fromVersion version: Int64) throws -> [StoredEvent]

    /// The version of a stream's last event, 0 when it has none.
    func version(of stream: String) throws -> Int64

    /// The leaf hashes of positions `first` through `last` (the head when `nil`): the Merkle tree's leaves.
    func leafHashes(from first: Int64, through last: Int64?) throws -> [EventHash]

    /// The chain hash at `position`, if the log has that position.
    func chainHash(at position: Int64) throws -> EventHash?

    /// Walks the whole log and recomputes every hash; see ``EventStore/verify(against:progress:)``.
    func verify(against recordedHead: LogHead?, progress: ((Int64) -> Void)?) throws -> VerificationReport

    /// The subject's key, or `nil` when it has none (never had, or was destroyed).
    func subjectKey(_ subject: String) throws -> SubjectKey?

    /// Every subject key, to copy the log with them (``copy(from:progress:)``).
    func keptSubjectKeys() throws -> [KeptSubjectKey]

    /// The trace of every destroyed key, to copy the log with them.
    func keptKeyTraces() throws -> [KeptKeyTrace]
}

/// The log inside one write transaction of an ``EventLog``; it cannot outlive the transaction.
/// Reads see every committed event plus what the transaction appended so far.
public protocol LogTransaction: ~Copyable {
    /// The last position and its chain hash.
    func head() throws -> LogHead

    /// The version of a stream's last event, 0 when it has none.
    func version(of stream: String) throws -> Int64

    /// Up to `limit` events from `position` on.
    func read(from position: Int64, limit: Int) throws -> [StoredEvent]

    /// The events of one stream from `version` on, including what this transaction appended.
    func read(stream: String, fromVersion version: Int64) throws -> [StoredEvent]

    /// The position an event id is stored at, if it is.
    func position(ofEventID id: UUID) throws -> Int64?

    /// Appends a batch to one stream; see ``EventLog/append(_:to:expecting:metadata:)``.
    mutating func append(
        _ events: [NewEvent], to stream: String, expecting expected: ExpectedVersion, metadata: CommandMetadata
    ) throws -> AppendResult

    /// The subject's key, or `nil` when it has none.
    func subjectKey(_ subject: String) throws -> SubjectKey?

    /// Stores a new key for a subject that has none; committed with the transaction.
    func storeSubjectKey(_ key: SubjectKey, for subject: String) throws

    /// Destroys the subject's key, keeping only its trace; returns whether there was one.
    @discardableResult
    func destroySubjectKey(_ subject: String) throws -> Bool

    /// Writes a stored event exactly as it is stored: how ``EventLog/copy(from:progress:)``, which
    /// checks first that it follows the head, copies a log.
    mutating func copy(_ event: StoredEvent) throws

    /// Keeps a subject key as the copied log kept it.
    func restore(_ key: KeptSubjectKey) throws

    /// Keeps a destroyed key's trace as the copied log kept it.
    func restore(_ trace: KeptKeyTrace) throws
}

extension EventLog {
    /// Appends a batch of events to one stream in one transaction, all or nothing.
    ///
    /// - Parameters:
    ///   - expected: the stream's version as the writer saw it; a mismatch throws
    ///     ``EventStoreError/wrongExpectedVersion(stream:expected:actual:)`` and writes nothing.
    /// - Returns: the positions written, or, when the batch's event ids are already stored
    ///   (a retry), the positions they were stored at, writing nothing.
    @discardableResult
    public func append(
        _ events: [NewEvent], to stream: String, expecting expected: ExpectedVersion, metadata: CommandMetadata
    ) throws -> AppendResult {
        try write { transaction in
            try transaction.append(events, to: stream, expecting: expected, metadata: metadata)
        }
    }

    /// Runs a blocking call of this log on a background thread, off Swift's cooperative pool and
    /// off any event loop. Calls run side by side: a long one does not hold up the others.
    public func offload<T: Sendable>(_ body: @escaping @Sendable (Self) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            BlockingThreads.shared.run {
                continuation.resume(with: Result { try body(self) })
            }
        }
    }
}
