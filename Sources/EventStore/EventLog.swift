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

    /// Every subject key, to copy the log with them (``copy(from:withKeys:progress:)``).
    func keptSubjectKeys() throws -> [KeptSubjectKey]

    /// The trace of every destroyed key, to copy the log with them.
    func keptKeyTraces() throws -> [KeptKeyTrace]

    /// Up to `limit` events from `position` on, with only what a fold reads: lighter than ``read(from:limit:)``.
    func readRecords(from position: Int64, limit: Int) throws -> [EventRecord]

    /// The last position recorded at or before `date` (0 when none was).
    func position(recordedAtOrBefore date: Date) throws -> Int64

    /// Calls `body` with the saved state `name` and whether it is authentic (see ``SavedStateCheck``).
    func withSavedStateCheck<T>(named name: String, _ body: (SavedStateCheck) throws -> T) throws -> T

    /// Saves a fold's state, replacing the one of the same name; a backend that keeps no saved
    /// states (``keepsSavedStates``) saves nothing, and its readers fold the log.
    func save(_ state: SavedState) throws

    /// Whether ``save(_:)`` keeps what it is given.
    var keepsSavedStates: Bool { get }

    /// The version and position of the saved state `name`, without its bytes or any check.
    func savedStateHeader(named name: String) throws -> (version: Int, position: Int64)?

    /// A self-contained SQLite file of the log for auditors, at `destination` (which must not
    /// exist): the events only — no subject keys (personal data stays encrypted, for good), no
    /// traces of destroyed keys and no saved states.
    func exportLog(to destination: String) throws

    /// Right after a subject's key was destroyed: takes the key's old bytes out of what the backend
    /// still keeps, when it can at once. Returns why not, when they remain (then
    /// `programctl privacy purge` finishes it).
    func purgeAfterErasure() throws -> String?

    /// Keeps a signed checkpoint of the log for readers (`/checkpoint`); returns `false` when one of
    /// that size was kept already. Refuses a checkpoint whose root is not the log's.
    @discardableResult
    func publish(_ checkpoint: LogCheckpoint) throws -> Bool

    /// The latest checkpoint kept with ``publish(_:)``, as a signed note, if any.
    func latestPublishedCheckpoint() throws -> String?

    /// A value that changes whenever another process may have appended: cheap enough to poll.
    func changeStamp() throws -> LogChangeStamp

    /// Returns when an append may have moved the head past `position`, or after `interval` at the
    /// latest: how a follower waits (``tail(after:every:pageSize:)``).
    func waitForAppend(after position: Int64, upTo interval: Duration) async
}

/// A value of ``EventLog/changeStamp()``: equal stamps mean nothing was appended in between.
public struct LogChangeStamp: Hashable, Sendable {
    /// Which connection took it, where the value means something only to one connection.
    public var source: Int
    /// The backend's counter (SQLite's `data_version`, the head position on PostgreSQL).
    public var value: Int64

    public init(source: Int, value: Int64) {
        self.source = source
        self.value = value
    }
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

    /// Writes a page of stored events exactly as they are stored: how
    /// ``EventLog/copy(from:withKeys:progress:)``, which checks first that each follows the one
    /// before it from the head, copies a log.
    mutating func copy(_ events: [StoredEvent]) throws

    /// Keeps a subject key as the copied log kept it.
    func restore(_ key: KeptSubjectKey) throws

    /// Keeps a destroyed key's trace as the copied log kept it.
    func restore(_ trace: KeptKeyTrace) throws
}

extension EventLog {
    /// Calls `body` for every event from `position` through `last` (or the head), in order,
    /// reading in pages of `pageSize`.
    ///
    /// A reader is held only while a page is read, so `body` may use the store. Stored events
    /// never change, so pages read one after another are consistent: events committed meanwhile
    /// only ever appear at the end.
    public func scan(
        from position: Int64 = 1, through last: Int64? = nil, pageSize: Int = 2000, _ body: (StoredEvent) throws -> Void
    ) throws {
        var next = max(1, position)
        while true {
            let page = try read(from: next, limit: pageSize)
            for event in page {
                if let last, event.position > last { return }
                try body(event)
            }
            guard let final = page.last, page.count == pageSize else { return }
            next = final.position + 1
        }
    }

    /// Polls: sleeps `interval`.
    public func waitForAppend(after position: Int64, upTo interval: Duration) async {
        try? await Task.sleep(for: interval)
    }

    /// The saved state `name` when it is authentic.
    public func savedState(named name: String) throws -> SavedState? {
        if case .authentic(let saved) = try savedStateCheck(named: name) { return saved }
        return nil
    }

    /// The saved state `name`, checked: authentic, unauthenticated (and why), or none.
    public func savedStateCheck(named name: String) throws -> SavedStateCheck {
        try withSavedStateCheck(named: name) { $0.copied() }
    }

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
