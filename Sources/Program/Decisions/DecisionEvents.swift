/// Who was present at a meeting and how they voted.
public struct Meeting: Sendable, Hashable, Codable {
    /// The date of the meeting.
    public var date: Day
    /// The members present.
    public var present: [MemberID]
    public var votes: Votes

    public init(date: Day, present: [MemberID], votes: Votes) {
        self.date = date
        self.present = present
        self.votes = votes
    }
}

/// The vote: for, against, abstain (voor, tegen, onthouding).
public struct Votes: Sendable, Hashable, Codable {
    public var inFavour: Int
    public var against: Int
    public var abstaining: Int

    public init(inFavour: Int, against: Int, abstaining: Int) {
        self.inFavour = inFavour
        self.against = against
        self.abstaining = abstaining
    }

    public var total: Int { inFavour + against + abstaining }
}

/// What became of a proposal.
public enum DecisionOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Aangenomen.
    case adopted
    /// Verworpen.
    case rejected
    /// Aangehouden: to be taken up again later.
    case deferred

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.adopted, .dutch): "aangenomen"
        case (.rejected, .dutch): "verworpen"
        case (.deferred, .dutch): "aangehouden"
        case (_, .english): rawValue
        }
    }
}

/// The core group took a decision (besluit).
public struct DecisionRecorded: EventPayload {
    public static let typeName = "DecisionRecorded"
    public var decision: DecisionID
    public var title: String
    public var text: String
    public var meeting: Meeting
    public var outcome: DecisionOutcome
    /// The pillars it concerns.
    public var pillars: [Int]
    /// The level at which youth and parents took part in it.
    public var participationLevel: ParticipationLevel
    /// The inputs that informed it.
    public var informedBy: [InputID]

    public init(
        decision: DecisionID, title: String, text: String, meeting: Meeting, outcome: DecisionOutcome, pillars: [Int],
        participationLevel: ParticipationLevel, informedBy: [InputID]
    ) {
        self.decision = decision
        self.title = title
        self.text = text
        self.meeting = meeting
        self.outcome = outcome
        self.pillars = pillars
        self.participationLevel = participationLevel
        self.informedBy = informedBy
    }

    public var stream: String { "decisions" }
    public var wrapped: ProgramEvent { .decisionRecorded(self) }
}

/// The core group amended an earlier decision; the fields given replace the old ones.
public struct DecisionAmended: EventPayload {
    public static let typeName = "DecisionAmended"
    public var decision: DecisionID
    public var reason: String
    public var meeting: Meeting
    public var title: String?
    public var text: String?
    public var pillars: [Int]?
    public var participationLevel: ParticipationLevel?
    /// Inputs added to those that informed it.
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

    public var stream: String { "decisions" }
    public var wrapped: ProgramEvent { .decisionAmended(self) }
}

/// The core group revoked an earlier decision (ingetrokken).
public struct DecisionRevoked: EventPayload {
    public static let typeName = "DecisionRevoked"
    public var decision: DecisionID
    public var reason: String
    public var meeting: Meeting

    public init(decision: DecisionID, reason: String, meeting: Meeting) {
        self.decision = decision
        self.reason = reason
        self.meeting = meeting
    }

    public var stream: String { "decisions" }
    public var wrapped: ProgramEvent { .decisionRevoked(self) }
}
