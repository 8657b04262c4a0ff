import Foundation

/// The log inside one write transaction, with the writer lock held.
///
/// Handed to the closure of ``EventStore/write(_:)``; it cannot outlive it. Reads see every
/// committed event plus what this transaction appended so far.
public struct WriteTransaction: ~Copyable {
    let connection: Connection
    let clock: @Sendable () -> Date
    private var encoder = CanonicalEncoder()

    init(connection: Connection, clock: @escaping @Sendable () -> Date) {
        self.connection = connection
        self.clock = clock
    }

    /// The last position and its chain hash.
    public func head() throws -> LogHead {
        try connection.headRow().head
    }

    /// The version of a stream's last event, 0 when it has none.
    public func version(of stream: String) throws -> Int64 {
        try connection.streamVersion(stream)
    }

    /// Up to `limit` events from `position` on: what a writer catches up on before deciding.
    public func read(from position: Int64, limit: Int = 1000) throws -> [StoredEvent] {
        try connection.events(from: max(1, position), limit: limit)
    }

    /// The events of one stream from `version` on, including what this transaction appended.
    public func read(stream: String, fromVersion version: Int64 = 1) throws -> [StoredEvent] {
        try connection.events(inStream: stream, fromVersion: version)
    }

    /// The position an event id is stored at, if it is.
    public func position(ofEventID id: UUID) throws -> Int64? {
        try connection.location(ofEventID: id)?.position
    }

    /// Appends a batch to one stream; see ``EventLog/append(_:to:expecting:metadata:)``.
    public mutating func append(
        _ events: [NewEvent], to stream: String, expecting expected: ExpectedVersion, metadata: CommandMetadata
    ) throws -> AppendResult {
        try AppendRules.checkBatch(events, stream: stream)
        if let stored = try connection.location(ofEventID: events[0].id) {
            return try AppendRules.retried(events, storedAt: stored, stream: stream) {
                try connection.location(ofEventID: $0)
            }
        }
        let actual = try connection.streamVersion(stream)
        try AppendRules.checkVersion(expected, actual: actual, stream: stream)
        try AppendRules.checkEvents(events)
        let (head, lastRecordedAt) = try connection.headRow()
        let recordedAt = max(Timestamp.format(clock()), lastRecordedAt)
        let insert = try connection.statement(Self.insert)
        var chain = head.chainHash
        // Every value is hashed and bound from its own bytes, not copied (SQLite reads them when
        // the insert runs): the batch's common fields once, each event's inside its loop.
        try Self.withUTF8([stream, recordedAt, metadata.actor, metadata.command, metadata.correlationID]) { common in
            let (stream, recordedAt, actor, command, correlationID) = (
                common[0], common[1], common[2], common[3], common[4]
            )
            insert.bind(2, borrowingText: stream)
            insert.bind(7, borrowingText: recordedAt)
            insert.bind(8, borrowingText: actor)
            insert.bind(9, borrowingText: command)
            insert.bind(10, borrowingText: correlationID)
            for (offset, event) in events.enumerated() {
                let position = head.position + 1 + Int64(offset)
                let version = actual + 1 + Int64(offset)
                var type = event.type
                try type.withUTF8 { type in
                    try event.payload.withUnsafeBytes { payload in
                        try event.id.withLowercasedText { eventID in
                            try Self.withCausationText(of: event) { causationID in
                                let leaf = encoder.leafHash(
                                    CanonicalEncoder.Fields(
                                        position: position, stream: stream, streamVersion: version, eventID: eventID,
                                        type: UnsafeRawBufferPointer(type), schemaVersion: Int64(event.schemaVersion),
                                        recordedAt: recordedAt, actor: actor, command: command,
                                        correlationID: correlationID, causationID: causationID, payload: payload))
                                chain = CanonicalEncoder.chainHash(previous: chain, leaf: leaf)
                                insert.bind(1, position)
                                insert.bind(3, version)
                                insert.bind(4, borrowingText: eventID)
                                insert.bind(5, borrowingText: UnsafeRawBufferPointer(type))
                                insert.bind(6, Int64(event.schemaVersion))
                                insert.bind(11, borrowingText: causationID)
                                insert.bind(12, borrowingBytes: payload)
                                try leaf.withUnsafeBytes { leaf in
                                    try chain.withUnsafeBytes { chain in
                                        insert.bind(13, borrowingBytes: leaf)
                                        insert.bind(14, borrowingBytes: chain)
                                        try run(insert, inserting: event.id)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return AppendResult(
            positions: (head.position + 1)...(head.position + Int64(events.count)),
            streamVersion: actual + Int64(events.count), wasAlreadyStored: false)
    }

    /// The insert of one event, every column bound.
    static let insert =
        "INSERT INTO events (\(Connection.eventColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    /// Calls `body` with the UTF-8 bytes of `texts`, copied once into one buffer.
    private static func withUTF8<T>(_ texts: [String], _ body: ([UnsafeRawBufferPointer]) throws -> T) rethrows -> T {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for text in texts {
            bytes.append(contentsOf: text.utf8)
            ends.append(bytes.count)
        }
        return try bytes.withUnsafeBytes { all in
            try body(
                ends.indices.map { UnsafeRawBufferPointer(rebasing: all[($0 == 0 ? 0 : ends[$0 - 1])..<ends[$0]]) })
        }
    }

    /// Calls `body` with the text of the event's causation id, empty when it has none.
    private static func withCausationText<T>(of event: NewEvent, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows
        -> T
    {
        guard let causationID = event.causationID else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try causationID.withLowercasedText(body)
    }

    /// Runs an insert; a clash with a stored event id becomes ``EventStoreError/duplicateEventID(_:storedAt:)``.
    private func run(_ insert: Statement, inserting id: UUID) throws {
        do {
            try insert.run()
        } catch {
            if error.isConstraintViolation, let stored = try connection.location(ofEventID: id) {
                throw EventStoreError.duplicateEventID(id, storedAt: stored.position)
            }
            throw error
        }
    }
}

extension WriteTransaction: LogTransaction {}
