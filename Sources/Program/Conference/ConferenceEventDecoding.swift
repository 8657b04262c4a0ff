import Foundation
import PayloadDecoding

// Read member by member, several times faster than `Decodable` (see Events/FieldDecoding.swift).

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
