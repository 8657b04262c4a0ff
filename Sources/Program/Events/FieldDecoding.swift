import Foundation
import PayloadDecoding

// The payload types a large log holds most of — registrations, check-ins, inputs and their
// follow-up (Conference/ConferenceEventDecoding.swift, Inputs/InputEventDecoding.swift) — are
// read member by member instead of through `Decodable`, several times faster. Each reads exactly
// what its `Decodable` conformance reads, in the members' stored (sorted) order, which finds
// each at once; a property test decodes random events both ways and with Foundation's
// `JSONDecoder`, and compares.

extension EventPayload {
    /// Decodes a payload of this code's schema version by reading its members with `read`.
    static func decodeFields(schemaVersion: Int, payload: Data, _ read: (PayloadFields) throws -> Self) throws
        -> Self
    {
        guard schemaVersion == Self.schemaVersion else {
            throw UnknownEvent(type: typeName, schemaVersion: schemaVersion)
        }
        return try PayloadDecoder().decodeFields(from: payload, read)
    }
}

extension PayloadFields {
    /// The string under `key`, made into a `T` by `parse`; a `nil` from `parse` is a data error.
    func parse<T>(_ key: String, _ parse: (String) -> T?) throws -> T {
        let text = try string(key)
        guard let value = parse(text) else { throw invalid(text, key: key) }
        return value
    }

    /// As ``parse(_:_:)``, or `nil` when the key is missing or null.
    func parseIfPresent<T>(_ key: String, _ parse: (String) -> T?) throws -> T? {
        guard let text = try stringIfPresent(key) else { return nil }
        guard let value = parse(text) else { throw invalid(text, key: key) }
        return value
    }

    func id<Kind>(_ key: String) throws -> Identifier<Kind> { Identifier(try string(key)) }
    func day(_ key: String) throws -> Day { try parse(key, Day.init(iso:)) }
    func value<T: RawRepresentable<String>>(_ key: String) throws -> T { try parse(key, T.init(rawValue:)) }
    func value<T: RawRepresentable<Int> & Decodable>(_ key: String) throws -> T {
        let number = try int(key)
        guard let value = T(rawValue: number) else { return try decode(key) }  // throws Decodable's error
        return value
    }

    func sealed<Value>(_ key: String) throws -> Sealed<Value> {
        try object(key) {
            let sealed = try $0.string("sealed")
            return Sealed(subject: try $0.id("subject"), sealed: sealed)
        }
    }
}
