import Foundation

/// An event to append: its identity, type, schema version and payload bytes.
///
/// The store adds the position, stream version, `recorded_at` and hashes.
public struct NewEvent: Sendable, Hashable {
    /// Unique across the log. Appending an id that is already stored is an idempotent retry.
    public var id: UUID
    /// A stable type name, e.g. `MemberJoined`.
    public var type: String
    /// The version of the payload's schema for this type, from 1.
    public var schemaVersion: Int
    /// The payload, stored and hashed byte for byte.
    public var payload: Data
    /// The id of the event that caused this one, if any (e.g. a cancellation that promoted a waitlisted registration).
    public var causationID: UUID?

    public init(id: UUID = UUID.v7(), type: String, schemaVersion: Int = 1, payload: Data, causationID: UUID? = nil) {
        self.id = id
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
        self.causationID = causationID
    }
}

/// Who and what caused a batch of events; stored as each event's metadata.
public struct CommandMetadata: Sendable, Hashable {
    /// Who recorded it (e.g. a core group member's id).
    public var actor: String
    /// The command that caused it, e.g. `decision record`.
    public var command: String
    /// Ties together the events of one request or one piece of work.
    public var correlationID: String

    public init(actor: String, command: String, correlationID: String = UUID.v7().lowercasedString) {
        self.actor = actor
        self.command = command
        self.correlationID = correlationID
    }
}
