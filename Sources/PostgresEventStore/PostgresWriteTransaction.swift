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

    /// The most events one insert statement carries (14 parameters each; a statement takes 65535).
    private static let insertBatch = 4000

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
    public mutating func append(
        _ events: [NewEvent], to stream: String, expecting expected: ExpectedVersion, metadata: CommandMetadata
    ) throws -> AppendResult {
        try AppendRules.checkBatch(events, stream: stream)
        if let stored = try Self.location(of: events[0].id, in: session) {
            let session = session
            return try AppendRules.retried(events, storedAt: stored, stream: stream) {
                try Self.location(of: $0, in: session)
            }
        }
        let actual = try version(of: stream)
        try AppendRules.checkVersion(expected, actual: actual, stream: stream)
        try AppendRules.checkEvents(events)
        // The head's lock is held: an id not stored now cannot be stored by another writer before
        // this commits. (A unique violation would abort the transaction, so look first.)
        let ids = events.map(\.id.lowercasedString)
        let stored = try session.query("SELECT event_id, position FROM events WHERE event_id = ANY(\(ids))").rows
        if !stored.isEmpty {
            let positions = try Dictionary(uniqueKeysWithValues: stored.map { try $0.decode((String, Int64).self) })
            for (event, id) in zip(events, ids) {
                if let position = positions[id] { throw EventStoreError.duplicateEventID(event.id, storedAt: position) }
            }
        }
        let recordedAt = max(Timestamp.format(clock()), lastRecordedAt)
        let first = last.position + 1
        for start in stride(from: 0, to: events.count, by: Self.insertBatch) {
            let slice = events[start..<min(events.count, start + Self.insertBatch)]
            var binds = PostgresBindings(capacity: slice.count * 14)
            var rows: [String] = []
            for (offset, event) in zip(start..., slice) {
                let position = first + Int64(offset)
                let version = actual + 1 + Int64(offset)
                let leaf = AppendRules.leafHash(
                    of: event, position: position, stream: stream, streamVersion: version, recordedAt: recordedAt,
                    metadata: metadata, encoder: &encoder)
                let chain = CanonicalEncoder.chainHash(previous: last.chainHash, leaf: leaf)
                let parameter = rows.count * 14
                rows.append("(" + (1...14).map { "$\(parameter + $0)" }.joined(separator: ", ") + ")")
                binds.append(position)
                binds.append(stream)
                binds.append(version)
                binds.append(event.id.lowercasedString)
                binds.append(event.type)
                binds.append(Int64(event.schemaVersion))
                binds.append(recordedAt)
                binds.append(metadata.actor)
                binds.append(metadata.command)
                binds.append(metadata.correlationID)
                binds.append(event.causationID?.lowercasedString ?? "")
                binds.append(ByteBuffer(bytes: event.payload))
                binds.append(ByteBuffer(bytes: leaf.bytes))
                binds.append(ByteBuffer(bytes: chain.bytes))
                last = LogHead(position: position, chainHash: chain)
            }
            try session.query(
                PostgresQuery(
                    unsafeSQL: "INSERT INTO events (\(PostgresEventStore.eventColumns)) VALUES "
                        + rows.joined(separator: ", "),
                    binds: binds))
        }
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

    /// Destroys the subject's key (the row is deleted; `VACUUM` frees its bytes), keeping only its
    /// trace. Returns whether there was one.
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
    private static func location(of id: UUID, in session: PostgresSession) throws
        -> (position: Int64, stream: String, version: Int64)?
    {
        try session.query(
            "SELECT position, stream, stream_version FROM events WHERE event_id = \(id.lowercasedString)"
        ).rows.first.map { try $0.decode((Int64, String, Int64).self) }
    }
}
