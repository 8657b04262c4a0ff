import Foundation

/// The queries readers and writers share, on one connection.
extension Connection {
    /// The columns of `events` in table order, the order `StoredEvent(row:)` reads them in.
    static let eventColumns = RawEventRow.columns

    /// The last position, chain hash and `recorded_at` text; an empty log gives position 0.
    func headRow() throws(SQLiteError) -> (head: LogHead, recordedAt: String) {
        let statement = try statement(
            "SELECT position, chain_hash, recorded_at FROM events ORDER BY position DESC LIMIT 1")
        defer { statement.reset() }
        guard try statement.step() else { return (.empty, "") }
        let hash = statement.withBytes(1) { EventHash(raw: $0) } ?? .zero
        return (LogHead(position: statement.int64(0), chainHash: hash), statement.text(2))
    }

    /// The version of the stream's last event, 0 when the stream has none.
    func streamVersion(_ stream: String) throws(SQLiteError) -> Int64 {
        let statement = try statement("SELECT IFNULL(MAX(stream_version), 0) FROM events WHERE stream = ?")
        defer { statement.reset() }
        statement.bind(1, stream)
        _ = try statement.step()
        return statement.int64(0)
    }

    /// Where an event id is stored, if it is.
    func location(ofEventID id: UUID) throws(SQLiteError) -> (position: Int64, stream: String, version: Int64)? {
        let statement = try statement("SELECT position, stream, stream_version FROM events WHERE event_id = ?")
        defer { statement.reset() }
        statement.bind(1, id.lowercasedString)
        guard try statement.step() else { return nil }
        return (statement.int64(0), statement.text(1), statement.int64(2))
    }

    /// Up to `limit` events from `position` on, in order.
    func events(from position: Int64, limit: Int) throws(SQLiteError) -> [StoredEvent] {
        let statement = try statement(
            "SELECT \(Self.eventColumns) FROM events WHERE position >= ? ORDER BY position LIMIT ?")
        defer { statement.reset() }
        statement.bind(1, position)
        statement.bind(2, Int64(limit))
        var events: [StoredEvent] = []
        while try statement.step() { events.append(StoredEvent(row: statement)) }
        return events
    }

    /// The events of one stream from a stream version on, in order.
    func events(inStream stream: String, fromVersion version: Int64) throws(SQLiteError) -> [StoredEvent] {
        let statement = try statement(
            "SELECT \(Self.eventColumns) FROM events WHERE stream = ? AND stream_version >= ? ORDER BY stream_version")
        defer { statement.reset() }
        statement.bind(1, stream)
        statement.bind(2, version)
        var events: [StoredEvent] = []
        while try statement.step() { events.append(StoredEvent(row: statement)) }
        return events
    }

    /// Runs `body` inside a read transaction, so that its queries see one snapshot of the log.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try body()
    }
}

extension StoredEvent {
    /// Reads a row selected with `Connection.eventColumns`.
    init(row: Statement) {
        self.init(row: RawEventRow(row))
    }
}
