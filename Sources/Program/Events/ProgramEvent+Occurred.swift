/// The business clock: the day each fact happened, as opposed to when the log recorded it.
extension ProgramEvent {
    /// The day the fact happened (Europe/Amsterdam), or `nil` for an event that is not a dated
    /// fact of the programme's history and belongs to every view of the log that includes it
    /// (the programme's definition, a conference scheduled without an announcement date).
    ///
    /// "As of a date" folds the events whose day is on or before it. The rules keep that
    /// coherent: an event is never dated before an event it refers to (docs/time-rules.md).
    public var occurredOn: Day? {
        switch self {
        case .programmeDefined: nil
        case .memberJoined(let e): e.date
        case .memberLeft(let e): e.date
        case .decisionRecorded(let e): e.meeting.date
        case .decisionAmended(let e): e.meeting.date
        case .decisionRevoked(let e): e.meeting.date
        case .planVersionDrafted(let e): e.date
        case .planSubmitted(let e): e.date
        case .planDecided(let e): e.date
        case .goalAdded(let e): e.date
        case .goalAdjusted(let e): e.date
        case .measurementRecorded(let e): e.date
        case .conferenceScheduled(let e): e.announced
        case .registrationReceived(let e): e.date
        case .registrationCancelled(let e): e.date
        case .registrationPromoted(let e): e.date
        case .attendeeCheckedIn(let e): e.at.dayInNetherlands
        case .inputCollected(let e): e.date
        case .inputTakenUp(let e): e.date
        case .inputDeclined(let e): e.date
        case .feedbackGiven(let e): e.date
        case .subsidyAwarded(let e): e.date
        case .trancheReceived(let e): e.date
        case .expenditureBooked(let e): e.date
        case .accountabilitySubmitted(let e): e.date
        case .subsidySettled(let e): e.date
        case .subjectForgotten(let e): e.date
        case .subjectDataExported(let e): e.date
        case .reportPublished(let e): e.date
        case .bodyEstablished(let e): e.date
        case .bodyMemberJoined(let e): e.date
        case .bodyMemberLeft(let e): e.date
        case .adviceRequested(let e): e.date
        case .adviceGiven(let e): e.date
        case .adviceResponded(let e): e.date
        case .bindingAdviceCarriedOut(let e): e.date
        case .adviceResponseReacted(let e): e.date
        }
    }
}
