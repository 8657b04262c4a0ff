/// Ask a participation body for advice, by a due date.
public struct RequestAdvice: Sendable, Hashable {
    public var body: BodyID
    /// Who asks.
    public var addressee: AdviceAddressee.Kind
    /// For a municipality (name or CBS code) or a care provider (name): which one.
    public var addresseeName: String?
    public var title: String
    public var question: String
    public var pillars: [Int]
    public var themes: [String]
    public var participationLevel: ParticipationLevel
    public var date: Day
    public var due: Day

    public init(
        body: BodyID, addressee: AdviceAddressee.Kind, addresseeName: String?, title: String, question: String,
        pillars: [Int], themes: [String], participationLevel: ParticipationLevel, date: Day, due: Day
    ) {
        self.body = body
        self.addressee = addressee
        self.addresseeName = addresseeName
        self.title = title
        self.question = question
        self.pillars = pillars
        self.themes = themes
        self.participationLevel = participationLevel
        self.date = date
        self.due = due
    }
}

/// Record advice a body gave: answering a request (``request``), or unrequested — then with its
/// body, addressee, title and level.
public struct GiveAdvice: Sendable, Hashable {
    /// The request it answers; `nil` for unrequested advice.
    public var request: AdviceID?
    /// The body; for requested advice, the request's (may be left out).
    public var body: BodyID?
    /// To whom; for requested advice, whoever asked (left out).
    public var addressee: AdviceAddressee.Kind?
    public var addresseeName: String?
    /// For requested advice, the request's title when left out.
    public var title: String?
    public var text: String
    /// For requested advice, the request's pillars when left out.
    public var pillars: [Int]?
    /// For requested advice, the request's themes when empty.
    public var themes: [String]
    /// For requested advice, the level asked (may be left out).
    public var participationLevel: ParticipationLevel?
    /// The body's members who gave it, if named.
    public var members: [BodyMemberID]
    public var date: Day

    public init(
        request: AdviceID?, body: BodyID?, addressee: AdviceAddressee.Kind?, addresseeName: String?, title: String?,
        text: String, pillars: [Int]?, themes: [String], participationLevel: ParticipationLevel?,
        members: [BodyMemberID], date: Day
    ) {
        self.request = request
        self.body = body
        self.addressee = addressee
        self.addresseeName = addresseeName
        self.title = title
        self.text = text
        self.pillars = pillars
        self.themes = themes
        self.participationLevel = participationLevel
        self.members = members
        self.date = date
    }
}

/// Record the addressee's response to advice.
public struct RespondToAdvice: Sendable, Hashable {
    public var advice: AdviceID
    public var outcome: AdviceOutcome
    /// Why it was not (fully) adopted; required then.
    public var reason: String?
    /// The decision, plan version or goal in which it was answered.
    public var into: InputUse?
    public var date: Day

    public init(advice: AdviceID, outcome: AdviceOutcome, reason: String?, into: InputUse?, date: Day) {
        self.advice = advice
        self.outcome = outcome
        self.reason = reason
        self.into = into
        self.date = date
    }
}

/// Record that binding advice was carried out.
public struct CarryOutAdvice: Sendable, Hashable {
    public var advice: AdviceID
    public var note: String?
    public var date: Day

    public init(advice: AdviceID, note: String?, date: Day) {
        self.advice = advice
        self.note = note
        self.date = date
    }
}

/// Record the body's reaction to the response to its advice.
public struct ReactToAdviceResponse: Sendable, Hashable {
    public var advice: AdviceID
    public var text: String
    public var date: Day

    public init(advice: AdviceID, text: String, date: Day) {
        self.advice = advice
        self.text = text
        self.date = date
    }
}
