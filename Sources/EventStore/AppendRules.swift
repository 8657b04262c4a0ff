import Foundation

/// The checks of an append that every backend makes, in the same order, with the same errors;
/// and the hashing of a new event, so that both backends hash it from the same code.
package enum AppendRules {
    /// Before anything is read: a stream name and at least one event.
    package static func checkBatch(_ events: [NewEvent], stream: String) throws {
        guard !stream.isEmpty else { throw EventStoreError.invalidArgument("the stream name must not be empty") }
        guard !events.isEmpty else { throw EventStoreError.invalidArgument("nothing to append: the batch is empty") }
    }

    /// After the expected version is checked: every event has a type and a schema version that fits in a u32.
    package static func checkEvents(_ events: [NewEvent]) throws {
        for event in events where !(1...Int(UInt32.max)).contains(event.schemaVersion) || event.type.isEmpty {
            throw EventStoreError.invalidArgument(
                "event \(event.id.lowercasedString) needs a type and a schema version from 1 to 4294967295")
        }
    }

    /// Whether the stream's version `actual` is what the writer expected; throws when not.
    package static func checkVersion(_ expected: ExpectedVersion, actual: Int64, stream: String) throws {
        guard expected.admits(actual) else {
            throw EventStoreError.wrongExpectedVersion(stream: stream, expected: expected, actual: actual)
        }
    }

    /// The result of a retried batch whose first event id is stored at `first`: every event must be
    /// stored, in order, in the same stream (`locate` finds where an id is); anything else is a conflict.
    package static func retried(
        _ events: [NewEvent], storedAt first: (position: Int64, stream: String, version: Int64), stream: String,
        locate: (UUID) throws -> (position: Int64, stream: String, version: Int64)?
    ) throws -> AppendResult {
        for (offset, event) in events.enumerated() {
            let location = try locate(event.id)
            guard let location, location.position == first.position + Int64(offset), location.stream == stream else {
                throw EventStoreError.duplicateEventID(events[0].id, storedAt: first.position)
            }
        }
        return AppendResult(
            positions: first.position...(first.position + Int64(events.count) - 1),
            streamVersion: first.version + Int64(events.count) - 1, wasAlreadyStored: true)
    }

    /// The leaf hash of `event` stored at `position` as version `streamVersion` of `stream`.
    package static func leafHash(
        of event: NewEvent, position: Int64, stream: String, streamVersion: Int64, recordedAt: String,
        metadata: CommandMetadata, encoder: inout CanonicalEncoder
    ) -> EventHash {
        encoder.leafHash(
            CanonicalEncoder.Fields(
                position: position, stream: stream, streamVersion: streamVersion, eventID: event.id.lowercasedString,
                type: event.type, schemaVersion: Int64(event.schemaVersion), recordedAt: recordedAt,
                actor: metadata.actor, command: metadata.command, correlationID: metadata.correlationID,
                causationID: event.causationID?.lowercasedString ?? "", payload: event.payload))
    }
}
