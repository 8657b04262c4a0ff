/// Schedule a conference.
public struct ScheduleConference: Sendable, Hashable {
    public var title: String
    public var date: Day
    public var venue: String
    public var capacity: Int
    /// The day it was announced, if known (see ``ConferenceScheduled/announced``).
    public var announced: Day?

    public init(title: String, date: Day, venue: String, capacity: Int, announced: Day? = nil) {
        self.title = title
        self.date = date
        self.venue = venue
        self.capacity = capacity
        self.announced = announced
    }
}

/// Register someone for a conference.
public struct Register: Sendable, Hashable {
    public var conference: ConferenceID
    public var category: AttendeeCategory
    public var name: String
    public var email: String?
    public var phone: String?
    /// Municipality of residence: name or CBS code.
    public var municipality: String?
    public var ageGroup: AgeGroup?
    /// For someone under 16: the consenting parent's name.
    public var parentConsentBy: String?
    public var date: Day

    public init(
        conference: ConferenceID, category: AttendeeCategory, name: String, email: String?, phone: String?,
        municipality: String?, ageGroup: AgeGroup?, parentConsentBy: String?, date: Day
    ) {
        self.conference = conference
        self.category = category
        self.name = name
        self.email = email
        self.phone = phone
        self.municipality = municipality
        self.ageGroup = ageGroup
        self.parentConsentBy = parentConsentBy
        self.date = date
    }
}

/// Cancel a registration, with a reason; the first on the waitlist gets the place.
public struct CancelRegistration: Sendable, Hashable {
    public var registration: RegistrationID
    public var reason: String
    public var date: Day

    public init(registration: RegistrationID, reason: String, date: Day) {
        self.registration = registration
        self.reason = reason
        self.date = date
    }
}

/// Check someone in at the door, at the time it happened.
public struct CheckIn: Sendable, Hashable {
    public var registration: RegistrationID
    public var at: Instant

    public init(registration: RegistrationID, at: Instant) {
        self.registration = registration
        self.at = at
    }
}
