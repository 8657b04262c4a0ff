/// The kinds of ``ProgramEvent``, without their payloads: what lists every event type.
///
/// Both switches below are exhaustive, so a new event is not complete — nor does the program
/// compile — until it has a kind, and the kind its payload type.
extension ProgramEvent {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case programmeDefined, memberJoined, memberLeft, decisionRecorded, decisionAmended, decisionRevoked,
            planVersionDrafted, planSubmitted, planDecided, goalAdded, goalAdjusted, measurementRecorded,
            conferenceScheduled, registrationReceived, registrationCancelled, registrationPromoted, attendeeCheckedIn,
            inputCollected, inputTakenUp, inputDeclined, feedbackGiven, subsidyAwarded, trancheReceived,
            expenditureBooked, accountabilitySubmitted, subsidySettled, subjectForgotten, subjectDataExported,
            reportPublished, bodyEstablished, bodyMemberJoined, bodyMemberLeft, adviceRequested, adviceGiven,
            adviceResponded, bindingAdviceCarriedOut, adviceResponseReacted

        /// The payload type of this kind.
        public var payloadType: any EventPayload.Type {
            switch self {
            case .programmeDefined: ProgrammeDefined.self
            case .memberJoined: MemberJoined.self
            case .memberLeft: MemberLeft.self
            case .decisionRecorded: DecisionRecorded.self
            case .decisionAmended: DecisionAmended.self
            case .decisionRevoked: DecisionRevoked.self
            case .planVersionDrafted: PlanVersionDrafted.self
            case .planSubmitted: PlanSubmitted.self
            case .planDecided: PlanDecided.self
            case .goalAdded: GoalAdded.self
            case .goalAdjusted: GoalAdjusted.self
            case .measurementRecorded: MeasurementRecorded.self
            case .conferenceScheduled: ConferenceScheduled.self
            case .registrationReceived: RegistrationReceived.self
            case .registrationCancelled: RegistrationCancelled.self
            case .registrationPromoted: RegistrationPromoted.self
            case .attendeeCheckedIn: AttendeeCheckedIn.self
            case .inputCollected: InputCollected.self
            case .inputTakenUp: InputTakenUp.self
            case .inputDeclined: InputDeclined.self
            case .feedbackGiven: FeedbackGiven.self
            case .subsidyAwarded: SubsidyAwarded.self
            case .trancheReceived: TrancheReceived.self
            case .expenditureBooked: ExpenditureBooked.self
            case .accountabilitySubmitted: AccountabilitySubmitted.self
            case .subsidySettled: SubsidySettled.self
            case .subjectForgotten: SubjectForgotten.self
            case .subjectDataExported: SubjectDataExported.self
            case .reportPublished: ReportPublished.self
            case .bodyEstablished: BodyEstablished.self
            case .bodyMemberJoined: BodyMemberJoined.self
            case .bodyMemberLeft: BodyMemberLeft.self
            case .adviceRequested: AdviceRequested.self
            case .adviceGiven: AdviceGiven.self
            case .adviceResponded: AdviceResponded.self
            case .bindingAdviceCarriedOut: BindingAdviceCarriedOut.self
            case .adviceResponseReacted: AdviceResponseReacted.self
            }
        }
    }

    /// The event's kind.
    public var kind: Kind {
        switch self {
        case .programmeDefined: .programmeDefined
        case .memberJoined: .memberJoined
        case .memberLeft: .memberLeft
        case .decisionRecorded: .decisionRecorded
        case .decisionAmended: .decisionAmended
        case .decisionRevoked: .decisionRevoked
        case .planVersionDrafted: .planVersionDrafted
        case .planSubmitted: .planSubmitted
        case .planDecided: .planDecided
        case .goalAdded: .goalAdded
        case .goalAdjusted: .goalAdjusted
        case .measurementRecorded: .measurementRecorded
        case .conferenceScheduled: .conferenceScheduled
        case .registrationReceived: .registrationReceived
        case .registrationCancelled: .registrationCancelled
        case .registrationPromoted: .registrationPromoted
        case .attendeeCheckedIn: .attendeeCheckedIn
        case .inputCollected: .inputCollected
        case .inputTakenUp: .inputTakenUp
        case .inputDeclined: .inputDeclined
        case .feedbackGiven: .feedbackGiven
        case .subsidyAwarded: .subsidyAwarded
        case .trancheReceived: .trancheReceived
        case .expenditureBooked: .expenditureBooked
        case .accountabilitySubmitted: .accountabilitySubmitted
        case .subsidySettled: .subsidySettled
        case .subjectForgotten: .subjectForgotten
        case .subjectDataExported: .subjectDataExported
        case .reportPublished: .reportPublished
        case .bodyEstablished: .bodyEstablished
        case .bodyMemberJoined: .bodyMemberJoined
        case .bodyMemberLeft: .bodyMemberLeft
        case .adviceRequested: .adviceRequested
        case .adviceGiven: .adviceGiven
        case .adviceResponded: .adviceResponded
        case .bindingAdviceCarriedOut: .bindingAdviceCarriedOut
        case .adviceResponseReacted: .adviceResponseReacted
        }
    }
}
