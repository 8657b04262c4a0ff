import Foundation
import PayloadDecoding

/// One kind of fact the programme records: a past-tense, versioned, immutable event.
///
/// Its `typeName` and `schemaVersion` are stored with it; its JSON encoding is the payload.
/// A change to a payload's shape is a new schema version, and old versions are upcast on read
/// (``decode(schemaVersion:payload:)``): stored bytes are never rewritten.
public protocol EventPayload: Codable, Sendable, Hashable {
    /// The stable type name stored in the log, e.g. `MemberJoined`.
    static var typeName: String { get }
    /// The version of this type's payload shape that this code writes.
    static var schemaVersion: Int { get }
    /// The stream the event belongs to, e.g. `core-group` or `conference-C1`.
    var stream: String { get }
    /// The subjects whose personal data the event seals.
    var sealedSubjects: [SubjectID] { get }
    /// This event as a ``ProgramEvent``.
    var wrapped: ProgramEvent { get }
    /// Decodes a stored payload of any schema version this code knows.
    static func decode(schemaVersion: Int, payload: Data) throws -> Self
}

extension EventPayload {
    public static var schemaVersion: Int { 1 }
    public var sealedSubjects: [SubjectID] { [] }

    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        guard schemaVersion == Self.schemaVersion else {
            throw UnknownEvent(type: typeName, schemaVersion: schemaVersion)
        }
        return try PayloadDecoder().decode(Self.self, from: payload)
    }
}

extension EventPayload {
    /// Decodes a payload of any schema version from `first` on, when later versions only added
    /// optional members: an earlier payload lacks them, and they decode as none.
    static func decode(schemaVersion: Int, payload: Data, addingOptionalsSince first: Int) throws -> Self {
        guard (first...Self.schemaVersion).contains(schemaVersion) else {
            throw UnknownEvent(type: typeName, schemaVersion: schemaVersion)
        }
        return try PayloadDecoder().decode(Self.self, from: payload)
    }
}

/// A stored event of a type or schema version this code does not know.
public struct UnknownEvent: Error, Sendable, Hashable, CustomStringConvertible {
    public var type: String
    public var schemaVersion: Int

    public var description: String { "unknown event type \(type) (schema version \(schemaVersion))" }
}
