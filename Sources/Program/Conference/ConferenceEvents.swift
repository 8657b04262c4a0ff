import Foundation

/// A conference (e.g. the kick-off, startconferentie) was scheduled.
///
/// Schema version 2 added ``announced``; a version 1 payload reads with none.
public struct ConferenceScheduled: EventPayload {
    public static let typeName = "ConferenceScheduled"
    public static let schemaVersion = 2
    public var conference: ConferenceID
    public var title: String
    /// The day the conference takes place.
    public var date: Day
    public var venue: String
    /// Places; registrations beyond it go on the waitlist.
    public var capacity: Int
    /// The day it was announced (scheduled), when known: no registration comes before it. A
    /// conference without one belongs to every view of the log, whatever its date.
    public var announced: Day?

    public init(conference: ConferenceID, title: String, date: Day, venue: String, capacity: Int, announced: Day?) {
        self.conference = conference
        self.title = title
        self.date = date
        self.venue = venue
        self.capacity = capacity
        self.announced = announced
    }

    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        // Version 1 has no `announced`.
        try decode(schemaVersion: schemaVersion, payload: payload, addingOptionalsSince: 1)
    }

    public var stream: String { "conference-\(conference)" }
    public var wrapped: ProgramEvent { .conferenceScheduled(self) }
}

/// Who registers (the category of an aanmelding).
public enum AttendeeCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case youth
    case parent
    case clientRepresentative = "client-representative"
    case municipality
    case careProvider = "care-provider"
    case other

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.youth, .dutch): "jongeren"
        case (.parent, .dutch): "ouders"
        case (.clientRepresentative, .dutch): "cliëntvertegenwoordigers"
        case (.municipality, .dutch): "gemeenten"
        case (.careProvider, .dutch): "zorgaanbieders"
        case (.other, .dutch): "overig"
        case (.youth, .english): "youth"
        case (.parent, .english): "parents"
        case (.clientRepresentative, .english): "client representatives"
        case (.municipality, .english): "municipalities"
        case (.careProvider, .english): "care providers"
        case (.other, .english): "other"
        }
    }
}

/// An age group of a registering young person.
public enum AgeGroup: String, Sendable, Hashable, Codable, CaseIterable {
    case under12 = "0-11"
    case from12to15 = "12-15"
    case from16to17 = "16-17"
    case from18to23 = "18-23"
    case adult = "24+"

    /// Under 16, a parent consents (AVG/GDPR in the Netherlands).
    public var needsParentalConsent: Bool { self == .under12 || self == .from12to15 }
}

/// A person's contact details: personal data, always sealed.
public struct ContactDetails: Sendable, Hashable, Codable {
    public var name: String
    public var email: String?
    public var phone: String?

    public init(name: String, email: String?, phone: String?) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}

/// A parent's consent for a registration of someone under 16.
public struct ParentalConsent: Sendable, Hashable, Codable {
    /// The consenting parent's name, sealed under the registrant's subject.
    public var parentName: Sealed<String>
    public var date: Day

    public init(parentName: Sealed<String>, date: Day) {
        self.parentName = parentName
        self.date = date
    }
}

/// Whether a registration got a place.
public enum RegistrationPlacement: String, Sendable, Hashable, Codable {
    case registered
    case waitlisted
}

/// Someone registered for a conference (aanmelding): with a place, or on the waitlist when it was full.
public struct RegistrationReceived: EventPayload {
    public static let typeName = "RegistrationReceived"
    public var conference: ConferenceID
    public var registration: RegistrationID
    public var subject: SubjectID
    public var category: AttendeeCategory
    /// The municipality of residence (CBS code), if given.
    public var municipality: String?
    public var ageGroup: AgeGroup?
    public var contact: Sealed<ContactDetails>
    public var consent: ParentalConsent?
    public var placement: RegistrationPlacement
    public var date: Day

    public init(
        conference: ConferenceID, registration: RegistrationID, subject: SubjectID, category: AttendeeCategory,
        municipality: String?, ageGroup: AgeGroup?, contact: Sealed<ContactDetails>, consent: ParentalConsent?,
        placement: RegistrationPlacement, date: Day
    ) {
        self.conference = conference
        self.registration = registration
        self.subject = subject
        self.category = category
        self.municipality = municipality
        self.ageGroup = ageGroup
        self.contact = contact
        self.consent = consent
        self.placement = placement
        self.date = date
    }

    public var stream: String { "conference-\(conference)" }
    public var sealedSubjects: [SubjectID] { [subject] }
    public var wrapped: ProgramEvent { .registrationReceived(self) }
}

/// A registration was cancelled, with a reason.
public struct RegistrationCancelled: EventPayload {
    public static let typeName = "RegistrationCancelled"
    public var conference: ConferenceID
    public var registration: RegistrationID
    public var reason: String
    public var date: Day

    public init(conference: ConferenceID, registration: RegistrationID, reason: String, date: Day) {
        self.conference = conference
        self.registration = registration
        self.reason = reason
        self.date = date
    }

    public var stream: String { "conference-\(conference)" }
    public var wrapped: ProgramEvent { .registrationCancelled(self) }
}

/// The first on the waitlist got the place a cancellation freed.
public struct RegistrationPromoted: EventPayload {
    public static let typeName = "RegistrationPromoted"
    public var conference: ConferenceID
    public var registration: RegistrationID
    public var date: Day

    public init(conference: ConferenceID, registration: RegistrationID, date: Day) {
        self.conference = conference
        self.registration = registration
        self.date = date
    }

    public var stream: String { "conference-\(conference)" }
    public var wrapped: ProgramEvent { .registrationPromoted(self) }
}

/// A registered person checked in at the door, at the time given (recorded then or afterwards).
public struct AttendeeCheckedIn: EventPayload {
    public static let typeName = "AttendeeCheckedIn"
    public var conference: ConferenceID
    public var registration: RegistrationID
    public var at: Instant

    public init(conference: ConferenceID, registration: RegistrationID, at: Instant) {
        self.conference = conference
        self.registration = registration
        self.at = at
    }

    public var stream: String { "conference-\(conference)" }
    public var wrapped: ProgramEvent { .attendeeCheckedIn(self) }
}
