import Foundation
import PayloadDecoding

// Read member by member, several times faster than `Decodable` (see Events/FieldDecoding.swift).

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
