import Foundation

/// Every stored field of an event in text form, named as in docs/event-log-format.md: the payload
/// in base64 so that its bytes are exact, the hashes in hex. What `programctl log --json` prints
/// and what an inclusion proof carries; enough to recompute the leaf hash anywhere.
public struct EventFields: Codable, Sendable, Hashable {
    public var position: Int64
    public var stream: String
    public var streamVersion: Int64
    public var eventId: String
    public var type: String
    public var schemaVersion: Int
    public var recordedAt: String
    public var actor: String
    public var command: String
    public var correlationId: String
    /// Empty when the command itself caused the event.
    public var causationId: String
    public var payloadBase64: String
    public var leafHash: String
    public var chainHash: String

    public init(_ event: StoredEvent) {
        position = event.position
        stream = event.stream
        streamVersion = event.streamVersion
        eventId = event.id.lowercasedString
        type = event.type
        schemaVersion = event.schemaVersion
        recordedAt = event.metadata.recordedAtText
        actor = event.metadata.actor
        command = event.metadata.command
        correlationId = event.metadata.correlationID
        causationId = event.metadata.causationID?.lowercasedString ?? ""
        payloadBase64 = event.payload.base64EncodedString()
        leafHash = event.leafHash.hex
        chainHash = event.chainHash.hex
    }

    /// The leaf hash recomputed from the fields (not the stored `leafHash`), or `nil` when a field
    /// is malformed.
    public var recomputedLeafHash: EventHash? {
        guard let id = UUID(uuidString: eventId), let payload = Data(base64Encoded: payloadBase64) else { return nil }
        var encoder = CanonicalEncoder()
        return encoder.leafHash(
            CanonicalEncoder.Fields(
                position: position, stream: stream, streamVersion: streamVersion, eventID: id.lowercasedString,
                type: type, schemaVersion: Int64(schemaVersion), recordedAt: recordedAt, actor: actor, command: command,
                correlationID: correlationId, causationID: causationId, payload: payload))
    }
}
