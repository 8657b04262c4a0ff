import EventStore
import Foundation
import PostgresNIO

/// The log inside one write transaction of a ``PostgresEventStore``, with the `head` row locked.
///
/// Handed to the closure of ``PostgresEventStore/write(_:)``; it cannot outlive it. Reads see
/// every committed event plus what this transaction appended so far.
public struct PostgresWriteTransaction: ~Copyable, LogTransaction {
    let session: PostgresSession
    let clock: @Sendable () -> Date
    /// The head as locked, moved by each append: no other writer can move it meanwhile.
    var last: LogHead
    var lastRecordedAt: String
    private var encoder = CanonicalEncoder()

    /// Where an event is stored: its position, stream and version in it.
    typealias Location = (position: Int64, stream: String, version: Int64)

    init(session: PostgresSession, clock: @escaping @Sendable () -> Date, head: LogHead, lastRecordedAt: String) {
        self.session = session
        self.clock = clock
        self.last = head
        self.lastRecordedAt = lastRecordedAt
    }

    /// The last position and its chain hash.
    public func head() throws -> LogHead { last }

    /// The version of a stream's last event, 0 when it has none.
    public func version(of stream: String) throws -> Int64 {
        try PostgresEventStore.version(of: stream, in: session)
    }

    /// Up to `limit` events from `position` on: what a writer catches up on before deciding.
    public func read(from position: Int64, limit: Int = 1000) throws -> [StoredEvent] {
        try PostgresEventStore.events(from: position, limit: limit, in: session)
    }

    /// The events of one stream from `version` on, including what this transaction appended.
    public func read(stream: String, fromVersion version: Int64 = 1) throws -> [StoredEvent] {
        try PostgresEventStore.events(inStream: stream, fromVersion: version, in: session)
    }

    /// The position an event id is stored at, if it is.
    public func position(ofEventID id: UUID) throws -> Int64? {
        try Self.location(of: id, in: session)?.position
    }

    /// Appends a batch to one stream; see ``EventLog/append(_:to:expecting:metadata:)``.
    ///
    /// Two statements: one reads the stream's version and where any of the batch's ids is stored
    /// already, one inserts the whole batch (the insert trigger moves the head) and notifies
    /// listeners of the new head at commit (``PostgresEventStore/waitForAppend(after:upTo:)``).
    public mutating func append(
        _ events: [NewEvent], to stream: String, expecting expected: ExpectedVersion, metadata: CommandMetadata
    ) throws -> AppendResult {
        try AppendRules.checkBatch(events, stream: stream)
        // The head's lock is held: an id not stored now cannot be stored by another writer before
        // this commits. (A unique violation would abort the transaction, so look first.)
        let (actual, stored) = try Self.versionAndLocations(of: stream, ids: events.map(\.id), in: session)
        if let first = stored[events[0].id] {
            return try AppendRules.retried(events, storedAt: first, stream: stream) { stored[$0] }
        }
        try AppendRules.checkVersion(expected, actual: actual, stream: stream)
        try AppendRules.checkEvents(events)
        for event in events {
            if let location = stored[event.id] {
                throw EventStoreError.duplicateEventID(event.id, storedAt: location.position)
            }
        }
        let recordedAt = max(Timestamp.format(clock()), lastRecordedAt)
        let first = last.position + 1
        var rows = AppendedRows(capacity: events.count)
        for (offset, event) in events.enumerated() {
            let position = first + Int64(offset)
            let version = actual + 1 + Int64(offset)
            let leaf = AppendRules.leafHash(
                of: event, position: position, stream: stream, streamVersion: version, recordedAt: recordedAt,
                metadata: metadata, encoder: &encoder)
            let chain = CanonicalEncoder.chainHash(previous: last.chainHash, leaf: leaf)
            rows.append(event, position: position, streamVersion: version, leaf: leaf, chain: chain)
            last = LogHead(position: position, chainHash: chain)
        }
        try session.query(rows.insert(stream: stream, recordedAt: recordedAt, metadata: metadata))
        lastRecordedAt = recordedAt
        return AppendResult(
            positions: first...last.position, streamVersion: actual + Int64(events.count), wasAlreadyStored: false)
    }

    /// The subject's key, or `nil` when it has none (never had, or was destroyed).
    public func subjectKey(_ subject: String) throws -> SubjectKey? {
        try PostgresEventStore.subjectKey(subject, in: session)
    }

    /// Stores a new key for a subject that has none; committed with the transaction's events.
    public func storeSubjectKey(_ key: SubjectKey, for subject: String) throws {
        try session.query(
            """
            INSERT INTO subject_keys (subject, key, created_at)
            VALUES (\(subject), \(ByteBuffer(bytes: key.rawBytes)), \(Timestamp.format(clock())))
            """)
    }

    /// Destroys the subject's key, keeping only its trace (the row is deleted: its bytes stay in
    /// the table's file until ``PostgresEventStore/purgeDestroyedKeys()``). Returns whether there
    /// was one.
    @discardableResult
    public func destroySubjectKey(_ subject: String) throws -> Bool {
        guard let row = try session.query("SELECT key FROM subject_keys WHERE subject = \(subject)").rows.first
        else { return false }
        let trace = RowBytes(row).withCells { KeyTrace(subject: subject, key: $0[0]) }
        try session.query(
            """
            INSERT INTO destroyed_keys (subject, fingerprint, digest, destroyed_at)
            VALUES (\(subject), \(Int64(bitPattern: trace.fingerprint)), \(ByteBuffer(bytes: trace.digest)),
                    \(Timestamp.format(clock())))
            ON CONFLICT (subject) DO UPDATE
            SET fingerprint = EXCLUDED.fingerprint, digest = EXCLUDED.digest, destroyed_at = EXCLUDED.destroyed_at
            """)
        let deleted = try session.query("DELETE FROM subject_keys WHERE subject = \(subject)")
        return (deleted.metadata.rows ?? 0) > 0
    }

    /// Where an event id is stored, if it is.
    private static func location(of id: UUID, in session: PostgresSession) throws -> Location? {
        try session.query(
            "SELECT position, stream, stream_version FROM events WHERE event_id = \(id.lowercasedString)"
        ).rows.first.map { try $0.decode((Int64, String, Int64).self) }
    }

    /// In one statement: the version of `stream`'s last event (0 when it has none), and where each
    /// of `ids` that is stored already is.
    private static func versionAndLocations(of stream: String, ids: [UUID], in session: PostgresSession) throws
        -> (version: Int64, stored: [UUID: Location])
    {
        let rows = try session.query(
            """
            SELECT (SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream = \(stream)),
                   array_agg(event_id), array_agg(position), array_agg(stream), array_agg(stream_version)
            FROM events WHERE event_id = ANY(\(ids.map(\.lowercasedString)))
            """
        ).rows
        // An aggregate without GROUP BY answers one row; its arrays are NULL when no id is stored.
        guard let row = rows.first else { throw PostgresLogError(message: "the version query returned no row") }
        let (version, ids, positions, streams, versions) = try row.decode(
            (Int64, [String]?, [Int64]?, [String]?, [Int64]?).self)
        var stored: [UUID: Location] = [:]
        if let ids, let positions, let streams, let versions {
            for index in ids.indices {
                if let id = UUID(uuidString: ids[index]) {
                    stored[id] = (positions[index], streams[index], versions[index])
                }
            }
        }
        return (version, stored)
    }
}
