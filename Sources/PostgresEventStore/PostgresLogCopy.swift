import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    /// Every subject key, to copy the log with them.
    public func keptSubjectKeys() throws -> [KeptSubjectKey] {
        try withSession { session in
            try session.query("SELECT subject, key, created_at FROM subject_keys ORDER BY subject").rows.compactMap {
                row in
                let (subject, key, createdAt) = try row.decode((String, ByteBuffer, String).self)
                return key.withUnsafeReadableBytes(SubjectKey.init(raw:)).map {
                    KeptSubjectKey(subject: subject, key: $0, createdAt: createdAt)
                }
            }
        }
    }

    /// The trace of every destroyed key, to copy the log with them.
    public func keptKeyTraces() throws -> [KeptKeyTrace] {
        try withSession { session in
            try session.query(
                "SELECT subject, fingerprint, digest, destroyed_at FROM destroyed_keys ORDER BY subject"
            ).rows.map { row in
                let (subject, fingerprint, digest, destroyedAt) = try row.decode(
                    (String, Int64, ByteBuffer, String).self)
                return KeptKeyTrace(
                    KeyTrace(
                        subject: subject, fingerprint: UInt64(bitPattern: fingerprint),
                        digest: Array(digest.readableBytesView)),
                    destroyedAt: destroyedAt)
            }
        }
    }
}

extension PostgresWriteTransaction {
    /// Writes a page of stored events exactly as they are stored, in one statement (the insert
    /// trigger checks that each follows the one before it, chain hash included; the head moves
    /// once, to the last).
    public mutating func copy(_ events: [StoredEvent]) throws {
        guard let final = events.last else { return }
        func column<T>(_ value: (StoredEvent) -> T) -> [T] { events.map(value) }
        try session.query(
            """
            INSERT INTO events (\(unescaped: PostgresEventStore.eventColumns))
            SELECT * FROM unnest(
                \(column(\.position))::bigint[], \(column(\.stream))::text[], \(column(\.streamVersion))::bigint[],
                \(column { $0.id.lowercasedString })::text[], \(column(\.type))::text[],
                \(column { Int64($0.schemaVersion) })::bigint[], \(column(\.metadata.recordedAtText))::text[],
                \(column(\.metadata.actor))::text[], \(column(\.metadata.command))::text[],
                \(column(\.metadata.correlationID))::text[],
                \(column { $0.metadata.causationID?.lowercasedString ?? "" })::text[],
                \(column { ByteBuffer(bytes: $0.payload) })::bytea[],
                \(column { ByteBuffer(bytes: $0.leafHash.bytes) })::bytea[],
                \(column { ByteBuffer(bytes: $0.chainHash.bytes) })::bytea[])
            ORDER BY 1
            """)
        last = LogHead(position: final.position, chainHash: final.chainHash)
        lastRecordedAt = final.metadata.recordedAtText
    }

    /// Keeps a subject key as the copied log kept it.
    public func restore(_ key: KeptSubjectKey) throws {
        try session.query(
            """
            INSERT INTO subject_keys (subject, key, created_at)
            VALUES (\(key.subject), \(ByteBuffer(bytes: key.key.rawBytes)), \(key.createdAt))
            """)
    }

    /// Keeps a destroyed key's trace as the copied log kept it.
    public func restore(_ trace: KeptKeyTrace) throws {
        try session.query(
            """
            INSERT INTO destroyed_keys (subject, fingerprint, digest, destroyed_at)
            VALUES (\(trace.subject), \(Int64(bitPattern: trace.trace.fingerprint)),
                    \(ByteBuffer(bytes: trace.trace.digest)), \(trace.destroyedAt))
            """)
    }
}
