import Foundation

/// Every fact the programme records.
public indirect enum ProgramEvent: Sendable, Hashable {
    case programmeDefined(ProgrammeDefined)
    case memberJoined(MemberJoined)
    case memberLeft(MemberLeft)
    case decisionRecorded(DecisionRecorded)
    case decisionAmended(DecisionAmended)
    case decisionRevoked(DecisionRevoked)
    case planVersionDrafted(PlanVersionDrafted)
    case planSubmitted(PlanSubmitted)
    case planDecided(PlanDecided)
    case goalAdded(GoalAdded)
    case goalAdjusted(GoalAdjusted)
    case measurementRecorded(MeasurementRecorded)
    case conferenceScheduled(ConferenceScheduled)
    case registrationReceived(RegistrationReceived)
    case registrationCancelled(RegistrationCancelled)
    case registrationPromoted(RegistrationPromoted)
    case attendeeCheckedIn(AttendeeCheckedIn)
    case inputCollected(InputCollected)
    case inputTakenUp(InputTakenUp)
    case inputDeclined(InputDeclined)
    case feedbackGiven(FeedbackGiven)
    case subsidyAwarded(SubsidyAwarded)
    case trancheReceived(TrancheReceived)
    case expenditureBooked(ExpenditureBooked)
    case accountabilitySubmitted(AccountabilitySubmitted)
    case subsidySettled(SubsidySettled)
    case subjectForgotten(SubjectForgotten)
    case subjectDataExported(SubjectDataExported)
    case reportPublished(ReportPublished)
    case bodyEstablished(BodyEstablished)
    case bodyMemberJoined(BodyMemberJoined)
    case bodyMemberLeft(BodyMemberLeft)
    case adviceRequested(AdviceRequested)
    case adviceGiven(AdviceGiven)
    case adviceResponded(AdviceResponded)
    case bindingAdviceCarriedOut(BindingAdviceCarriedOut)
    case adviceResponseReacted(AdviceResponseReacted)

    /// Every event type, by the name stored in the log: one per ``Kind``.
    public static let types: [any EventPayload.Type] = Kind.allCases.map(\.payloadType)

    private static let decoders: [String: @Sendable (Int, Data) throws -> ProgramEvent] = {
        func decoding<T: EventPayload>(_ type: T.Type) -> @Sendable (Int, Data) throws -> ProgramEvent {
            { (version: Int, payload: Data) throws -> ProgramEvent in
                let event = try T.decode(schemaVersion: version, payload: payload)
                return event.wrapped
            }
        }
        return Dictionary(uniqueKeysWithValues: types.map { ($0.typeName, decoding($0)) })
    }()

    /// Decodes a stored event; throws ``UnknownEvent`` for a type or version this code does not know.
    public static func decode(type: String, schemaVersion: Int, payload: Data) throws -> ProgramEvent {
        guard let decode = decoders[type] else { throw UnknownEvent(type: type, schemaVersion: schemaVersion) }
        return try decode(schemaVersion, payload)
    }

    /// The event's payload, with its type name, schema version and stream.
    public var payload: any EventPayload {
        switch self {
        case .programmeDefined(let event): event
        case .memberJoined(let event): event
        case .memberLeft(let event): event
        case .decisionRecorded(let event): event
        case .decisionAmended(let event): event
        case .decisionRevoked(let event): event
        case .planVersionDrafted(let event): event
        case .planSubmitted(let event): event
        case .planDecided(let event): event
        case .goalAdded(let event): event
        case .goalAdjusted(let event): event
        case .measurementRecorded(let event): event
        case .conferenceScheduled(let event): event
        case .registrationReceived(let event): event
        case .registrationCancelled(let event): event
        case .registrationPromoted(let event): event
        case .attendeeCheckedIn(let event): event
        case .inputCollected(let event): event
        case .inputTakenUp(let event): event
        case .inputDeclined(let event): event
        case .feedbackGiven(let event): event
        case .subsidyAwarded(let event): event
        case .trancheReceived(let event): event
        case .expenditureBooked(let event): event
        case .accountabilitySubmitted(let event): event
        case .subsidySettled(let event): event
        case .subjectForgotten(let event): event
        case .subjectDataExported(let event): event
        case .reportPublished(let event): event
        case .bodyEstablished(let event): event
        case .bodyMemberJoined(let event): event
        case .bodyMemberLeft(let event): event
        case .adviceRequested(let event): event
        case .adviceGiven(let event): event
        case .adviceResponded(let event): event
        case .bindingAdviceCarriedOut(let event): event
        case .adviceResponseReacted(let event): event
        }
    }

    /// The stored type name, e.g. `MemberJoined`.
    public var typeName: String { type(of: payload).typeName }

    /// The stream it belongs to.
    public var stream: String { payload.stream }
}

extension JSONEncoder {
    /// The encoder of event payloads: sorted keys, so that equal events give equal bytes.
    public static func eventPayloads(sealer: (any PersonalDataSealer)? = nil) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let sealer { encoder.userInfo[.personalDataSealer] = sealer }
        return encoder
    }

    /// An encoder of event payloads that writes personal data as its subject alone: equal bytes
    /// for events that differ only in personal data, sealed, plain or forgotten.
    public static func eventsWithoutPersonalData() -> JSONEncoder {
        let encoder = eventPayloads()
        encoder.userInfo[.personalDataMasked] = true
        return encoder
    }
}
