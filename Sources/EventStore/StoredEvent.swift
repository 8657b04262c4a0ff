import Foundation

/// An event as the log holds it.
public struct StoredEvent: Sendable, Hashable {
    /// Global position, gapless from 1.
    public var position: Int64
    public var stream: String
    /// Position within the stream, gapless from 1.
    public var streamVersion: Int64
    public var id: UUID
    public var type: String
    public var schemaVersion: Int
    public var payload: Data
    public var metadata: EventMetadata
    /// `SHA-256(0x00 ‖ canonical bytes)`: see docs/event-log-format.md.
    public var leafHash: EventHash
    /// `SHA-256(previous chain hash ‖ leaf hash)`.
    public var chainHash: EventHash
}

/// The metadata stored with every event.
public struct EventMetadata: Sendable, Hashable {
    /// When the store committed the event (UTC, microseconds).
    public var recordedAt: Date
    /// `recordedAt` exactly as stored and hashed: `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    public var recordedAtText: String
    public var actor: String
    public var command: String
    public var correlationID: String
    /// The causing event's id, or `nil` when the command itself caused it.
    public var causationID: UUID?
}

/// The end of the log: its last position and chain hash.
///
/// Record a head outside the store and pass it to ``EventStore/verify(against:)`` later:
/// that detects events removed from the end, which no in-file check can.
public struct LogHead: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The last position, 0 for an empty log.
    public var position: Int64
    /// The chain hash at `position`; 32 zero bytes for an empty log.
    public var chainHash: EventHash

    public init(position: Int64, chainHash: EventHash) {
        self.position = position
        self.chainHash = chainHash
    }

    /// The head of an empty log.
    public static let empty = LogHead(position: 0, chainHash: .zero)

    public var description: String { "\(position):\(chainHash.hex)" }
}

/// What an append did.
public struct AppendResult: Sendable, Hashable {
    /// The global positions of the events, in order.
    public var positions: ClosedRange<Int64>
    /// The stream version of the last event.
    public var streamVersion: Int64
    /// `true` when every event id was already stored: an idempotent retry that wrote nothing.
    public var wasAlreadyStored: Bool

    public init(positions: ClosedRange<Int64>, streamVersion: Int64, wasAlreadyStored: Bool) {
        self.positions = positions
        self.streamVersion = streamVersion
        self.wasAlreadyStored = wasAlreadyStored
    }
}

extension StoredEvent {
    /// The event a stored row holds, whichever backend read it.
    package init(row: RawEventRow) {
        let recordedAtText = String(decoding: row.recordedAt, as: UTF8.self)
        let zero = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        self.init(
            position: row.position,
            stream: String(decoding: row.stream, as: UTF8.self),
            streamVersion: row.streamVersion,
            id: UUID(text: row.eventID) ?? zero,
            type: String(decoding: row.type, as: UTF8.self),
            schemaVersion: Int(row.schemaVersion),
            payload: Data(row.payload),
            metadata: EventMetadata(
                recordedAt: Timestamp.parse(recordedAtText) ?? Date(timeIntervalSince1970: 0),
                recordedAtText: recordedAtText,
                actor: String(decoding: row.actor, as: UTF8.self),
                command: String(decoding: row.command, as: UTF8.self),
                correlationID: String(decoding: row.correlationID, as: UTF8.self),
                causationID: UUID(text: row.causationID)
            ),
            leafHash: EventHash(raw: row.leafHash) ?? .zero,
            chainHash: EventHash(raw: row.chainHash) ?? .zero
        )
    }
}
