/// A core group member as the log knows them.
public struct Member: Sendable, Hashable, Codable {
    public var id: MemberID
    /// Their name, sealed.
    public var name: Sealed<String>
    public var constituency: Constituency
    public var joined: Day
    /// The first day they were no longer a member.
    public var left: Day?

    /// Whether they sat in the core group on `day`.
    public func isActive(on day: Day) -> Bool { joined <= day && (left.map { day < $0 } ?? true) }
}

/// A decision with its history.
public struct Decision: Sendable, Hashable, Codable {
    public var id: DecisionID
    public var title: String
    public var text: String
    public var meeting: Meeting
    public var outcome: DecisionOutcome
    public var pillars: [Int]
    public var participationLevel: ParticipationLevel
    public var informedBy: [InputID]
    /// The amendments, oldest first.
    public var amendments: [DecisionAmended] = []
    public var revocation: DecisionRevoked?

    /// The date of the last change.
    public var lastChanged: Day {
        revocation?.meeting.date ?? amendments.last?.meeting.date ?? meeting.date
    }
}

/// A version of the plan of approach and the municipalities' decisions on it.
public struct PlanVersion: Sendable, Hashable, Codable {
    public var version: Int
    public var title: String
    public var summary: String
    public var drafted: Day
    public var informedBy: [InputID]
    public var submitted: Day?
    /// Each municipality's latest decision, by CBS code.
    public var decisions: [String: PlanDecided] = [:]
    /// Every decision, in the order recorded.
    public var history: [PlanDecided] = []
}

/// A goal of the policy framework with its measurements.
public struct Goal: Sendable, Hashable, Codable {
    public var id: GoalID
    public var title: String
    public var indicator: String
    public var unit: String
    public var direction: Direction
    public var baselineYear: Int
    public var baseline: Double
    public var targets: [Int: Double]
    public var pillars: [Int]
    public var added: Day
    public var adjustments: [GoalAdjusted] = []
    /// The latest measurement per period.
    public var measurements: [Period: MeasurementRecorded] = [:]
}

/// A conference and its registrations.
public struct Conference: Sendable, Hashable, Codable {
    public var id: ConferenceID
    public var title: String
    public var date: Day
    public var venue: String
    public var capacity: Int
    /// The day it was announced, when known.
    public var announced: Day?
    public var registrations = RegistrationTable()
    /// Waiting, first come first served.
    public var waitlist: [RegistrationID] = []

    /// Registrations that hold a place now.
    public var placesTaken: Int { registrations.holdingPlaces }
}

/// One registration and what happened to it.
public struct Registration: Sendable, Hashable, Codable {
    public var id: RegistrationID
    public var subject: SubjectID
    public var category: AttendeeCategory
    public var municipality: String?
    public var ageGroup: AgeGroup?
    public var received: Day
    public var status: Status
    /// When it moved from the waitlist to a place.
    public var promoted: Day?
    /// When it was cancelled (the reason is in the log).
    public var cancelled: Day?
    public var checkedIn: Instant?

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable, ColumnValue {
        case registered
        case waitlisted
        case cancelled
    }
}

/// A piece of input and its follow-up.
///
/// Its summary is not kept in memory (a large programme has hundreds of thousands): it is in the
/// log, in the `InputCollected` at ``collectedAt``.
public struct Input: Sendable, Hashable, Codable {
    public var id: InputID
    public var pillar: Int
    public var source: InputSource
    public var channel: Channel
    public var municipality: String?
    public var themes: [String]
    public var collected: Day
    /// The log position of its `InputCollected`.
    public var collectedAt: Int64
    public var participationLevel: ParticipationLevel
    public var quoteSubject: SubjectID?
    public var uses: [Use] = []
    public var declined: Declined?
    public var feedback: [Feedback] = []

    /// Taken up in a decision, a plan version or a goal.
    public struct Use: Sendable, Hashable, Codable {
        public var into: InputUse
        public var date: Day
    }

    public struct Declined: Sendable, Hashable, Codable {
        public var reason: String
        public var date: Day
    }

    public struct Feedback: Sendable, Hashable, Codable {
        public var channel: Channel
        public var date: Day
    }

    /// The date of its first response (taken up or declined), if any.
    public var firstResponse: Day? {
        ([declined?.date].compactMap { $0 } + uses.map(\.date)).min()
    }
}

/// A subsidy and its money.
public struct Subsidy: Sendable, Hashable, Codable {
    public var id: SubsidyID
    public var funder: String
    public var amount: Cents
    public var periodStart: Day
    public var periodEnd: Day
    public var conditions: [String]
    public var awarded: Day
    public var tranches: [TrancheReceived] = []
    public var expenditures: [ExpenditureBooked] = []
    public var accountability: AccountabilitySubmitted?
    public var settlement: SubsidySettled?

    public var received: Cents { tranches.reduce(.zero) { $0 + $1.amount } }
    public var spent: Cents { expenditures.reduce(.zero) { $0 + $1.amount } }
    /// What is left to spend of the award.
    public var unspent: Cents { amount - spent }
}
