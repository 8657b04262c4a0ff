import EventStore
import Foundation
import Program

/// A programme event as the log holds it: decoded, with its position and metadata.
public struct RecordedEvent: Sendable, Hashable {
    public var event: ProgramEvent
    public var stored: StoredEvent

    public var position: Int64 { stored.position }
}

/// Turns programme events into store events and back.
enum EventCodec {
    /// Encodes `events` for appending; personal data is sealed with `keys`. Events after the
    /// first carry the first one's id as their causation.
    static func encode(_ events: [ProgramEvent], keys: KeyRing, ids: [UUID]) throws -> [NewEvent] {
        let encoder = JSONEncoder.eventPayloads(sealer: keys)
        var encoded: [NewEvent] = []
        for (index, event) in events.enumerated() {
            let payload = event.payload
            encoded.append(
                NewEvent(
                    id: ids[index], type: type(of: payload).typeName, schemaVersion: type(of: payload).schemaVersion,
                    payload: try encoder.encode(payload), causationID: index == 0 ? nil : ids[0]))
        }
        return encoded
    }
}
