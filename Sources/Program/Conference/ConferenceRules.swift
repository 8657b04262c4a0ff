/// Rules for conferences and their registrations (aanmeldingen).
extension Rules {
    func scheduleConference(_ command: ScheduleConference) throws(RuleViolation) -> [ProgramEvent] {
        let title = try Text.validated(command.title, field: "title")
        let venue = try Text.validated(command.venue, field: "venue")
        if command.date < definition.startsOn {
            throw RuleViolation("date", "\(command.date) is before the programme started (\(definition.startsOn))")
        }
        guard (1...100_000).contains(command.capacity) else {
            throw RuleViolation("capacity", "must be between 1 and 100000 places")
        }
        // Scheduled ahead, it is announced today; recorded afterwards, on the day given, if any.
        let announced = command.announced ?? (command.date > context.today ? context.today : nil)
        if let announced {
            try checkFactDate(announced, field: "announced")
            if announced > command.date {
                throw RuleViolation("announced", "\(announced) is after the conference's date (\(command.date))")
            }
        }
        return [
            .conferenceScheduled(
                ConferenceScheduled(
                    conference: state.nextID(), title: title, date: command.date, venue: venue,
                    capacity: command.capacity, announced: announced))
        ]
    }

    func register(_ command: Register) throws(RuleViolation) -> [ProgramEvent] {
        guard let conference = state.conferences[command.conference] else {
            throw RuleViolation("conference", "\(command.conference) is not a scheduled conference")
        }
        try checkFactDate(command.date)
        if command.date > conference.date {
            throw RuleViolation("date", "\(conference.title) was on \(conference.date): registration closed then")
        }
        if let announced = conference.announced, command.date < announced {
            throw RuleViolation(
                "date", "\(conference.title) was announced on \(announced): registrations come on or after that")
        }
        let name = try Text.validated(command.name, field: "name")
        let email = try Text.validatedOptional(command.email, field: "email")
        if let email, !Self.isEmailAddress(email) {
            throw RuleViolation("email", "'\(email)' is not an e-mail address (name@example.nl)")
        }
        let phone = try Text.validatedOptional(command.phone, field: "phone", limit: 30)
        if let phone, !Self.isPhoneNumber(phone) {
            throw RuleViolation("phone", "'\(phone)' is not a phone number (8 to 15 digits, e.g. 06-12345678)")
        }
        let municipality = try command.municipality.map { (text: String) throws(RuleViolation) in
            try self.municipality(text, on: command.date).code
        }
        let subject: SubjectID = state.nextID()
        var consent: ParentalConsent?
        if command.ageGroup?.needsParentalConsent == true {
            guard let parent = try Text.validatedOptional(command.parentConsentBy, field: "parent-consent") else {
                throw RuleViolation(
                    "parent-consent",
                    "someone under 16 registers with a parent's consent: give the consenting parent's name")
            }
            consent = ParentalConsent(parentName: Sealed(parent, subject: subject), date: command.date)
        }
        let placement: RegistrationPlacement = conference.placesTaken < conference.capacity ? .registered : .waitlisted
        return [
            .registrationReceived(
                RegistrationReceived(
                    conference: conference.id, registration: state.nextID(), subject: subject,
                    category: command.category, municipality: municipality, ageGroup: command.ageGroup,
                    contact: Sealed(ContactDetails(name: name, email: email, phone: phone), subject: subject),
                    consent: consent, placement: placement, date: command.date))
        ]
    }

    func cancelRegistration(_ command: CancelRegistration) throws(RuleViolation) -> [ProgramEvent] {
        let (conference, registration) = try registration(command.registration)
        if registration.status == .cancelled {
            throw RuleViolation("registration", "\(registration.id) is already cancelled")
        }
        if registration.checkedIn != nil {
            throw RuleViolation("registration", "\(registration.id) already checked in: it cannot be cancelled")
        }
        let reason = try Text.validated(command.reason, field: "reason", limit: Text.paragraphLimit, multiline: true)
        try checkFactDate(command.date)
        if command.date < registration.received {
            throw RuleViolation("date", "\(registration.id) was received on \(registration.received): cancel after")
        }
        if let promoted = registration.promoted, command.date < promoted {
            throw RuleViolation("date", "\(registration.id) got a place on \(promoted): cancel after")
        }
        if command.date > conference.date {
            throw RuleViolation(
                "date",
                "\(conference.title) was held on \(conference.date): a registration is not cancelled (nor anyone promoted) after the conference"
            )
        }
        var events: [ProgramEvent] = [
            .registrationCancelled(
                RegistrationCancelled(
                    conference: conference.id, registration: registration.id, reason: reason, date: command.date))
        ]
        // The first on the waitlist who had registered by then takes the place.
        if registration.status == .registered,
            let first = conference.waitlist.first(where: {
                conference.registrations[$0].map { $0.received <= command.date } ?? false
            })
        {
            events.append(
                .registrationPromoted(
                    RegistrationPromoted(conference: conference.id, registration: first, date: command.date)))
        }
        return events
    }

    func checkIn(_ command: CheckIn) throws(RuleViolation) -> [ProgramEvent] {
        let (conference, registration) = try registration(command.registration)
        switch registration.status {
        case .cancelled: throw RuleViolation("registration", "\(registration.id) was cancelled")
        case .waitlisted: throw RuleViolation("registration", "\(registration.id) is on the waitlist: it has no place")
        case .registered: break
        }
        if let at = registration.checkedIn {
            throw RuleViolation("registration", "\(registration.id) already checked in at \(at.localText)")
        }
        if command.at.dayInNetherlands != conference.date {
            throw RuleViolation(
                "at",
                "\(command.at.localText) is not on the conference day (\(conference.date)): check-in is at the door")
        }
        if command.at > context.now {
            throw RuleViolation("at", "\(command.at.localText) is in the future")
        }
        return [
            .attendeeCheckedIn(
                AttendeeCheckedIn(conference: conference.id, registration: registration.id, at: command.at))
        ]
    }

    private func registration(_ id: RegistrationID) throws(RuleViolation) -> (Conference, Registration) {
        guard let (conference, registration) = state.registration(id), let found = state.conferences[conference] else {
            throw RuleViolation("registration", "\(id) is not a registration")
        }
        return (found, registration)
    }

    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), text.count <= 254
        else { return false }
        return !text.contains { $0.isWhitespace }
    }

    static func isPhoneNumber(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber).count
        return (8...15).contains(digits) && text.allSatisfy { $0.isNumber || " +-()".contains($0) }
    }
}
