import Foundation

/// An event as its canonical encoding (docs/event-log-format.md, "Canonical encoding") holds
/// it: the bytes its leaf hash commits to, which a receipt carries so that anyone can recompute
/// the leaf.
public struct CanonicalEvent: Sendable, Hashable {
    public var position: Int64
    public var stream: String
    public var streamVersion: Int64
    public var eventID: String
    public var type: String
    public var schemaVersion: Int64
    public var recordedAt: String
    public var actor: String
    public var command: String
    public var correlationID: String
    /// Empty when the command itself caused the event.
    public var causationID: String
    public var payload: Data

    /// The event as stored.
    public init(_ event: StoredEvent) {
        position = event.position
        stream = event.stream
        streamVersion = event.streamVersion
        eventID = event.id.lowercasedString
        type = event.type
        schemaVersion = Int64(event.schemaVersion)
        recordedAt = event.metadata.recordedAtText
        actor = event.metadata.actor
        command = event.metadata.command
        correlationID = event.metadata.correlationID
        causationID = event.metadata.causationID?.lowercasedString ?? ""
        payload = event.payload
    }

    /// Reads the canonical encoding; throws ``CheckpointError`` when the bytes are not one.
    public init(canonical bytes: Data) throws {
        var reader = Reader(bytes: [UInt8](bytes))
        position = Int64(bitPattern: try reader.integer(8))
        stream = try reader.text()
        streamVersion = Int64(bitPattern: try reader.integer(8))
        eventID = try reader.text()
        type = try reader.text()
        schemaVersion = Int64(try reader.integer(4))
        recordedAt = try reader.text()
        actor = try reader.text()
        command = try reader.text()
        correlationID = try reader.text()
        causationID = try reader.text()
        payload = Data(try reader.field())
        guard reader.isAtEnd else { throw CheckpointError("bytes follow the event's canonical encoding") }
    }

    /// The canonical encoding.
    public var canonicalBytes: Data {
        var encoder = CanonicalEncoder()
        return Data(encoder.canonicalBytes(fields))
    }

    /// `SHA-256(0x00 ‖ canonical encoding)`.
    public var leafHash: EventHash {
        var encoder = CanonicalEncoder()
        return encoder.leafHash(fields)
    }

    private var fields: CanonicalEncoder.Fields<String, String, Data> {
        CanonicalEncoder.Fields(
            position: position, stream: stream, streamVersion: streamVersion, eventID: eventID, type: type,
            schemaVersion: schemaVersion, recordedAt: recordedAt, actor: actor, command: command,
            correlationID: correlationID, causationID: causationID, payload: payload)
    }

    /// Reads big-endian integers and length-prefixed fields in order.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func integer(_ width: Int) throws -> UInt64 {
            guard bytes.count - offset >= width else {
                throw CheckpointError("the event's canonical encoding ends early")
            }
            defer { offset += width }
            return bytes[offset..<offset + width].reduce(0) { $0 << 8 | UInt64($1) }
        }

        mutating func field() throws -> ArraySlice<UInt8> {
            let count = Int(try integer(4))
            guard bytes.count - offset >= count else {
                throw CheckpointError("the event's canonical encoding ends early")
            }
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        mutating func text() throws -> String {
            guard let text = String(validating: try field(), as: UTF8.self) else {
                throw CheckpointError("a text field of the event's canonical encoding is not UTF-8")
            }
            return text
        }
    }
}
