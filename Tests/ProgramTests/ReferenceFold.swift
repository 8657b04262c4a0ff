import Program

/// Registrations, inputs and subjects as the events tell them, folded the plain way — arrays and
/// dictionaries of structs — to check what ``ProgrammeState``'s columns give back.
struct ReferenceFold {
    var inputs: [InputID: ExpectedInput] = [:]
    /// Per conference, in the order received.
    var registrations: [ConferenceID: [ExpectedRegistration]] = [:]
    var waitlists: [ConferenceID: [RegistrationID]] = [:]
    var subjects: Set<SubjectID> = []

    mutating func apply(_ event: ProgramEvent, at position: Int64) {
        switch event {
        case .memberJoined(let e):
            subjects.insert(e.name.subject)
        case .bodyMemberJoined(let e):
            subjects.insert(e.name.subject)
        case .registrationReceived(let e):
            registrations[e.conference, default: []].append(
                ExpectedRegistration(
                    id: e.registration, subject: e.subject, category: e.category, municipality: e.municipality,
                    ageGroup: e.ageGroup, received: e.date,
                    status: e.placement == .registered ? .registered : .waitlisted))
            if e.placement == .waitlisted { waitlists[e.conference, default: []].append(e.registration) }
            subjects.insert(e.subject)
        case .registrationCancelled(let e):
            change(e.registration, in: e.conference) {
                $0.status = .cancelled
                $0.cancelled = e.date
            }
        case .registrationPromoted(let e):
            change(e.registration, in: e.conference) {
                $0.status = .registered
                $0.promoted = e.date
            }
        case .attendeeCheckedIn(let e):
            change(e.registration, in: e.conference) { $0.checkedIn = e.at }
        case .inputCollected(let e):
            inputs[e.input] = ExpectedInput(
                id: e.input, pillar: e.pillar, source: e.source, channel: e.channel, municipality: e.municipality,
                themes: e.themes, collected: e.date, collectedAt: position, level: e.participationLevel,
                quoteSubject: e.quote?.text.subject)
            if let quote = e.quote { subjects.insert(quote.text.subject) }
        case .inputTakenUp(let e):
            inputs[e.input]?.uses.append("\(e.into) \(e.date)")
        case .inputDeclined(let e):
            inputs[e.input]?.declined = "\(e.reason) \(e.date)"
        case .feedbackGiven(let e):
            inputs[e.input]?.feedback.append("\(e.channel.rawValue) \(e.date)")
        default:
            break
        }
    }

    private mutating func change(
        _ id: RegistrationID, in conference: ConferenceID, _ body: (inout ExpectedRegistration) -> Void
    ) {
        guard let index = registrations[conference]?.firstIndex(where: { $0.id == id }) else { return }
        body(&registrations[conference]![index])
        if registrations[conference]![index].status != .waitlisted { waitlists[conference]?.removeAll { $0 == id } }
    }
}

struct ExpectedRegistration: Equatable, CustomStringConvertible {
    var id: RegistrationID
    var subject: SubjectID
    var category: AttendeeCategory
    var municipality: String?
    var ageGroup: AgeGroup?
    var received: Day
    var status: Registration.Status
    var promoted: Day?
    var cancelled: Day?
    var checkedIn: Instant?

    var description: String { "\(id) \(status)" }
}

extension ExpectedRegistration {
    init(_ r: Registration) {
        self.init(
            id: r.id, subject: r.subject, category: r.category, municipality: r.municipality, ageGroup: r.ageGroup,
            received: r.received, status: r.status, promoted: r.promoted, cancelled: r.cancelled, checkedIn: r.checkedIn
        )
    }
}

struct ExpectedInput: Equatable, CustomStringConvertible {
    var id: InputID
    var pillar: Int
    var source: InputSource
    var channel: Channel
    var municipality: String?
    var themes: [String]
    var collected: Day
    var collectedAt: Int64
    var level: ParticipationLevel
    var quoteSubject: SubjectID?
    var uses: [String] = []
    var declined: String?
    var feedback: [String] = []

    var description: String { id.rawValue }
}

extension ExpectedInput {
    init(_ i: Input) {
        self.init(
            id: i.id, pillar: i.pillar, source: i.source, channel: i.channel, municipality: i.municipality,
            themes: i.themes, collected: i.collected, collectedAt: i.collectedAt, level: i.participationLevel,
            quoteSubject: i.quoteSubject, uses: i.uses.map { "\($0.into) \($0.date)" },
            declined: i.declined.map { "\($0.reason) \($0.date)" },
            feedback: i.feedback.map { "\($0.channel.rawValue) \($0.date)" })
    }
}
