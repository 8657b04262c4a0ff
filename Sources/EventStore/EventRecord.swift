import Foundation

/// The parts of a stored event that a fold over the log needs — position, type, schema version,
/// payload, time and chain hash — read without the rest (no strings for stream or metadata, no
/// UUIDs): the fast way through a large log.
public struct EventRecord: Sendable {
    public var position: Int64
    public var type: String
    public var schemaVersion: Int
    /// The payload: a slice of a buffer that the records read together share, so its indices
    /// need not start at 0.
    public var payload: Data
    public var recordedAt: Date
    public var chainHash: EventHash

    package init(
        position: Int64, type: String, schemaVersion: Int, payload: Data, recordedAt: Date, chainHash: EventHash
    ) {
        self.position = position
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
        self.recordedAt = recordedAt
        self.chainHash = chainHash
    }
}

extension EventStore {
    /// Up to `limit` records from `position` on, in order.
    public func readRecords(from position: Int64, limit: Int = 4096) throws -> [EventRecord] {
        try reading { connection in
            let statement = try connection.statement(
                """
                SELECT position, type, schema_version, payload, recorded_at, chain_hash
                FROM events WHERE position >= ? ORDER BY position LIMIT ?
                """)
            defer { statement.reset() }
            statement.bind(1, max(1, position))
            statement.bind(2, Int64(limit))
            var records: [EventRecord] = []
            records.reserveCapacity(limit)
            var types: [String] = []
            // The page's payloads share one buffer: a slice each, not an allocation each.
            var payloads = Data()
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(limit)
            while try statement.step() {
                statement.withBytes(3) { bytes in
                    ranges.append(payloads.count..<(payloads.count + bytes.count))
                    payloads.append(contentsOf: bytes)
                }
                records.append(
                    EventRecord(
                        position: statement.int64(0), type: statement.text(1, known: &types),
                        schemaVersion: Int(statement.int64(2)), payload: Data(),
                        recordedAt: statement.withBytes(4) { Timestamp.parse(bytes: $0) }
                            ?? Date(timeIntervalSince1970: 0),
                        chainHash: statement.withBytes(5) { EventHash(raw: $0) } ?? .zero))
            }
            for index in records.indices { records[index].payload = payloads[ranges[index]] }
            return records
        }
    }
}

extension StoredEvent {
    /// The record of this event.
    public var record: EventRecord {
        EventRecord(
            position: position, type: type, schemaVersion: schemaVersion, payload: payload,
            recordedAt: metadata.recordedAt, chainHash: chainHash)
    }
}
