import Foundation
import PayloadDecoding

// The payload types a large log holds most of — registrations, check-ins, inputs and their
// follow-up — read member by member instead of through `Decodable`, several times faster. Each
// reads exactly what its `Decodable` conformance reads, in the members' stored (sorted) order,
// which finds each at once; a property test decodes random events both ways and with
// Foundation's `JSONDecoder`, and compares.

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

extension RegistrationReceived {
    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        try decodeFields(schemaVersion: schemaVersion, payload: payload) { fields in
            let ageGroup = try fields.parseIfPresent("ageGroup", AgeGroup.init(rawValue:))
            let category: AttendeeCategory = try fields.value("category")
            let conference: ConferenceID = try fields.id("conference")
            let consent = try fields.decodeIfPresent("consent", as: ParentalConsent.self)
            let contact: Sealed<ContactDetails> = try fields.sealed("contact")
            let date = try fields.day("date")
            let municipality = try fields.stringIfPresent("municipality")
            let placement: RegistrationPlacement = try fields.value("placement")
            return Self(
                conference: conference, registration: try fields.id("registration"), subject: try fields.id("subject"),
                category: category, municipality: municipality, ageGroup: ageGroup, contact: contact, consent: consent,
                placement: placement, date: date)
        }
    }
}

extension AttendeeCheckedIn {
    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        try decodeFields(schemaVersion: schemaVersion, payload: payload) { fields in
            let at = try fields.parse("at", Instant.init(utc:))
            return Self(conference: try fields.id("conference"), registration: try fields.id("registration"), at: at)
        }
    }
}

extension InputCollected {
    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        try decodeFields(schemaVersion: schemaVersion, payload: payload) { fields in
            let channel: Channel = try fields.value("channel")
            let date = try fields.day("date")
            let input: InputID = try fields.id("input")
            let municipality = try fields.stringIfPresent("municipality")
            let level: ParticipationLevel = try fields.value("participationLevel")
            let pillar = try fields.int("pillar")
            let quote = try fields.decodeIfPresent("quote", as: Quote.self)
            let source: InputSource = try fields.value("source")
            return Self(
                input: input, pillar: pillar, source: source, channel: channel, municipality: municipality,
                themes: try fields.strings("themes"), date: date, summary: try fields.string("summary"),
                participationLevel: level, quote: quote)
        }
    }
}

extension InputTakenUp {
    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        try decodeFields(schemaVersion: schemaVersion, payload: payload) { fields in
            let date = try fields.day("date")
            let input: InputID = try fields.id("input")
            let into = try fields.parse("into", InputUse.init(text:))
            return Self(input: input, into: into, date: date, note: try fields.stringIfPresent("note"))
        }
    }
}

extension InputDeclined {
    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        try decodeFields(schemaVersion: schemaVersion, payload: payload) { fields in
            let date = try fields.day("date")
            return Self(input: try fields.id("input"), reason: try fields.string("reason"), date: date)
        }
    }
}

extension FeedbackGiven {
    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        try decodeFields(schemaVersion: schemaVersion, payload: payload) { fields in
            let channel: Channel = try fields.value("channel")
            let date = try fields.day("date")
            let input: InputID = try fields.id("input")
            return Self(input: input, channel: channel, date: date, note: try fields.stringIfPresent("note"))
        }
    }
}
