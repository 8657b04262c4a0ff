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

/// Record input collected under a pillar.
public struct AddInput: Sendable, Hashable {
    public var pillar: Int
    public var source: InputSource
    public var channel: Channel
    /// Name or CBS code.
    public var municipality: String?
    public var themes: [String]
    public var date: Day
    public var summary: String
    public var participationLevel: ParticipationLevel
    /// A quote of the contributor: personal data, sealed.
    public var quote: String?

    public init(
        pillar: Int, source: InputSource, channel: Channel, municipality: String?, themes: [String], date: Day,
        summary: String, participationLevel: ParticipationLevel, quote: String?
    ) {
        self.pillar = pillar
        self.source = source
        self.channel = channel
        self.municipality = municipality
        self.themes = themes
        self.date = date
        self.summary = summary
        self.participationLevel = participationLevel
        self.quote = quote
    }
}

/// Record that an input was taken up in a decision, plan version or goal.
public struct TakeUpInput: Sendable, Hashable {
    public var input: InputID
    public var into: InputUse
    public var date: Day
    public var note: String?

    public init(input: InputID, into: InputUse, date: Day, note: String?) {
        self.input = input
        self.into = into
        self.date = date
        self.note = note
    }
}

/// Record that an input was declined, with the reason.
public struct DeclineInput: Sendable, Hashable {
    public var input: InputID
    public var reason: String
    public var date: Day

    public init(input: InputID, reason: String, date: Day) {
        self.input = input
        self.reason = reason
        self.date = date
    }
}

/// Record feedback to an input's contributors.
public struct GiveFeedback: Sendable, Hashable {
    public var input: InputID
    public var channel: Channel
    public var date: Day
    public var note: String?

    public init(input: InputID, channel: Channel, date: Day, note: String?) {
        self.input = input
        self.channel = channel
        self.date = date
        self.note = note
    }
}

/// Erase a subject's personal data.
public struct ForgetSubject: Sendable, Hashable {
    public var subject: SubjectID
    public var reason: String
    public var date: Day

    public init(subject: SubjectID, reason: String, date: Day) {
        self.subject = subject
        self.reason = reason
        self.date = date
    }
}

/// Record that a subject was given their own data.
public struct RecordDataExport: Sendable, Hashable {
    public var subject: SubjectID
    public var date: Day

    public init(subject: SubjectID, date: Day) {
        self.subject = subject
        self.date = date
    }
}
