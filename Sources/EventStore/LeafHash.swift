import Foundation

/// The leaf hash of an event from its fields, as docs/event-log-format.md defines it: for a
/// verifier that holds an event's fields but not the log (e.g. with an inclusion proof).
public enum LeafHash {
    public static func of(
        position: Int64, stream: String, streamVersion: Int64, eventID: UUID, type: String, schemaVersion: Int,
        recordedAt: String, actor: String, command: String, correlationID: String, causationID: UUID?, payload: Data
    ) -> EventHash {
        var encoder = CanonicalEncoder()
        return encoder.leafHash(
            CanonicalEncoder.Fields(
                position: position, stream: stream, streamVersion: streamVersion, eventID: eventID.lowercasedString,
                type: type, schemaVersion: Int64(schemaVersion), recordedAt: recordedAt, actor: actor, command: command,
                correlationID: correlationID, causationID: causationID?.lowercasedString ?? "", payload: payload))
    }
}
