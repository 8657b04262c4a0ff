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
    /// Writes a stored event exactly as it is stored (the insert trigger checks that it follows
    /// the head, its chain hash included, and moves the head).
    public mutating func copy(_ event: StoredEvent) throws {
        try session.query(
            """
            INSERT INTO events (\(unescaped: PostgresEventStore.eventColumns)) VALUES (
                \(event.position), \(event.stream), \(event.streamVersion), \(event.id.lowercasedString),
                \(event.type), \(Int64(event.schemaVersion)), \(event.metadata.recordedAtText),
                \(event.metadata.actor), \(event.metadata.command), \(event.metadata.correlationID),
                \(event.metadata.causationID?.lowercasedString ?? ""), \(ByteBuffer(bytes: event.payload)),
                \(ByteBuffer(bytes: event.leafHash.bytes)), \(ByteBuffer(bytes: event.chainHash.bytes)))
            """)
        last = LogHead(position: event.position, chainHash: event.chainHash)
        lastRecordedAt = event.metadata.recordedAtText
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
