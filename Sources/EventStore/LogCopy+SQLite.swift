import Foundation

extension EventStore {
    /// Every subject key, to copy the log with them.
    public func keptSubjectKeys() throws -> [KeptSubjectKey] {
        try reading { connection in
            let statement = try connection.statement(
                "SELECT subject, key, created_at FROM subject_keys ORDER BY subject")
            defer { statement.reset() }
            var keys: [KeptSubjectKey] = []
            while try statement.step() {
                guard let key = statement.withBytes(1, SubjectKey.init(raw:)) else { continue }
                keys.append(KeptSubjectKey(subject: statement.text(0), key: key, createdAt: statement.text(2)))
            }
            return keys
        }
    }

    /// The trace of every destroyed key, to copy the log with them.
    public func keptKeyTraces() throws -> [KeptKeyTrace] {
        try reading { connection in
            let statement = try connection.statement(
                "SELECT subject, fingerprint, digest, destroyed_at FROM destroyed_keys ORDER BY subject")
            defer { statement.reset() }
            var traces: [KeptKeyTrace] = []
            while try statement.step() {
                let trace = KeyTrace(
                    subject: statement.text(0), fingerprint: UInt64(bitPattern: statement.int64(1)),
                    digest: statement.withBytes(2) { Array($0) })
                traces.append(KeptKeyTrace(trace, destroyedAt: statement.text(3)))
            }
            return traces
        }
    }
}

extension WriteTransaction {
    /// Writes stored events exactly as they are stored (the `events_in_sequence` trigger refuses
    /// another position than the next).
    public mutating func copy(_ events: [StoredEvent]) throws {
        for event in events { try copy(event) }
    }

    private func copy(_ event: StoredEvent) throws {
        let insert = try connection.statement(Self.insert)
        defer { insert.reset() }
        insert.bind(1, event.position)
        insert.bind(2, event.stream)
        insert.bind(3, event.streamVersion)
        insert.bind(4, event.id.lowercasedString)
        insert.bind(5, event.type)
        insert.bind(6, Int64(event.schemaVersion))
        insert.bind(7, event.metadata.recordedAtText)
        insert.bind(8, event.metadata.actor)
        insert.bind(9, event.metadata.command)
        insert.bind(10, event.metadata.correlationID)
        insert.bind(11, event.metadata.causationID?.lowercasedString ?? "")
        insert.bind(12, event.payload)
        try event.leafHash.withUnsafeBytes { leaf in
            try event.chainHash.withUnsafeBytes { chain in
                insert.bind(13, bytes: leaf)
                insert.bind(14, bytes: chain)
                try insert.run()
            }
        }
    }

    /// Keeps a subject key as the copied log kept it.
    public func restore(_ key: KeptSubjectKey) throws {
        let statement = try connection.statement(
            "INSERT INTO subject_keys (subject, key, created_at) VALUES (?, ?, ?)")
        defer { statement.reset() }
        statement.bind(1, key.subject)
        key.key.key.withUnsafeBytes { statement.bind(2, bytes: $0) }
        statement.bind(3, key.createdAt)
        try statement.run()
    }

    /// Keeps a destroyed key's trace as the copied log kept it.
    public func restore(_ trace: KeptKeyTrace) throws {
        let statement = try connection.statement(
            "INSERT INTO destroyed_keys (subject, fingerprint, digest, destroyed_at) VALUES (?, ?, ?, ?)")
        defer { statement.reset() }
        statement.bind(1, trace.subject)
        statement.bind(2, Int64(bitPattern: trace.trace.fingerprint))
        trace.trace.digest.withUnsafeBytes { statement.bind(3, bytes: $0) }
        statement.bind(4, trace.destroyedAt)
        try statement.run()
    }
}
