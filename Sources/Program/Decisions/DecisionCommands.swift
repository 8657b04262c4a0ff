/// Record a decision of the core group.
public struct RecordDecision: Sendable, Hashable {
    public var title: String
    public var text: String
    public var meeting: Meeting
    public var outcome: DecisionOutcome
    public var pillars: [Int]
    public var participationLevel: ParticipationLevel
    public var informedBy: [InputID]

    public init(
        title: String, text: String, meeting: Meeting, outcome: DecisionOutcome, pillars: [Int],
        participationLevel: ParticipationLevel, informedBy: [InputID]
    ) {
        self.title = title
        self.text = text
        self.meeting = meeting
        self.outcome = outcome
        self.pillars = pillars
        self.participationLevel = participationLevel
        self.informedBy = informedBy
    }
}

/// Amend an earlier decision, at a meeting that adopts the amendment.
public struct AmendDecision: Sendable, Hashable {
    public var decision: DecisionID
    public var reason: String
    public var meeting: Meeting
    public var title: String?
    public var text: String?
    public var pillars: [Int]?
    public var participationLevel: ParticipationLevel?
    public var informedBy: [InputID]

    public init(
        decision: DecisionID, reason: String, meeting: Meeting, title: String?, text: String?, pillars: [Int]?,
        participationLevel: ParticipationLevel?, informedBy: [InputID]
    ) {
        self.decision = decision
        self.reason = reason
        self.meeting = meeting
        self.title = title
        self.text = text
        self.pillars = pillars
        self.participationLevel = participationLevel
        self.informedBy = informedBy
    }
}

/// Revoke an earlier decision, at a meeting that adopts the revocation.
public struct RevokeDecision: Sendable, Hashable {
    public var decision: DecisionID
    public var reason: String
    public var meeting: Meeting

    public init(decision: DecisionID, reason: String, meeting: Meeting) {
        self.decision = decision
        self.reason = reason
        self.meeting = meeting
    }
}
