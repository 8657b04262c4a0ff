/// What the addressee did with advice.
public enum AdviceOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Overgenomen.
    case adopted
    /// Deels overgenomen: needs a reason.
    case adoptedInPart = "adopted-in-part"
    /// Niet overgenomen: needs a reason.
    case notAdopted = "not-adopted"

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.adopted, .dutch): "overgenomen"
        case (.adoptedInPart, .dutch): "deels overgenomen"
        case (.notAdopted, .dutch): "niet overgenomen"
        case (.adopted, .english): "adopted"
        case (.adoptedInPart, .english): "adopted in part"
        case (.notAdopted, .english): "not adopted"
        }
    }
}

/// An addressee asked a participation body for advice (adviesaanvraag), to be given by a due date.
public struct AdviceRequested: EventPayload {
    public static let typeName = "AdviceRequested"
    public var advice: AdviceID
    public var body: BodyID
    /// Who asks, and to whom the advice will be given.
    public var addressee: AdviceAddressee
    public var title: String
    public var question: String
    public var pillars: [Int]
    public var themes: [String]
    /// The level on the ladder at which the advice is asked, known in advance.
    public var participationLevel: ParticipationLevel
    public var date: Day
    /// The day by which the body is asked to give its advice.
    public var due: Day

    public init(
        advice: AdviceID, body: BodyID, addressee: AdviceAddressee, title: String, question: String, pillars: [Int],
        themes: [String], participationLevel: ParticipationLevel, date: Day, due: Day
    ) {
        self.advice = advice
        self.body = body
        self.addressee = addressee
        self.title = title
        self.question = question
        self.pillars = pillars
        self.themes = themes
        self.participationLevel = participationLevel
        self.date = date
        self.due = due
    }

    public var stream: String { "advice" }
    public var wrapped: ProgramEvent { .adviceRequested(self) }
}

/// A participation body gave advice (advies): on request, under the request's id, or
/// unrequested (ongevraagd), under a new one.
public struct AdviceGiven: EventPayload {
    public static let typeName = "AdviceGiven"
    public var advice: AdviceID
    public var body: BodyID
    /// Whether it answers a request (``AdviceRequested`` of the same id).
    public var requested: Bool
    public var addressee: AdviceAddressee
    public var title: String
    /// What the body advises.
    public var text: String
    public var pillars: [Int]
    public var themes: [String]
    public var participationLevel: ParticipationLevel
    /// Whether it binds its addressee: carried out, never declined (the body gives binding advice,
    /// or the level is co-production or higher).
    public var binding: Bool
    /// The body's members who gave it, if named.
    public var members: [BodyMemberID]
    public var date: Day

    public init(
        advice: AdviceID, body: BodyID, requested: Bool, addressee: AdviceAddressee, title: String, text: String,
        pillars: [Int], themes: [String], participationLevel: ParticipationLevel, binding: Bool,
        members: [BodyMemberID], date: Day
    ) {
        self.advice = advice
        self.body = body
        self.requested = requested
        self.addressee = addressee
        self.title = title
        self.text = text
        self.pillars = pillars
        self.themes = themes
        self.participationLevel = participationLevel
        self.binding = binding
        self.members = members
        self.date = date
    }

    public var stream: String { "advice" }
    public var wrapped: ProgramEvent { .adviceGiven(self) }
}

/// The addressee responded to advice: adopted, adopted in part or not adopted — the latter two
/// with the reason for deviating.
public struct AdviceResponded: EventPayload {
    public static let typeName = "AdviceResponded"
    public var advice: AdviceID
    public var outcome: AdviceOutcome
    public var reason: String?
    /// The decision, plan version or goal in which the advice was answered, if any.
    public var into: InputUse?
    public var date: Day

    public init(advice: AdviceID, outcome: AdviceOutcome, reason: String?, into: InputUse?, date: Day) {
        self.advice = advice
        self.outcome = outcome
        self.reason = reason
        self.into = into
        self.date = date
    }

    public var stream: String { "advice" }
    public var wrapped: ProgramEvent { .adviceResponded(self) }
}

/// Binding advice was carried out (uitgevoerd) by its addressee.
public struct BindingAdviceCarriedOut: EventPayload {
    public static let typeName = "BindingAdviceCarriedOut"
    public var advice: AdviceID
    public var note: String?
    public var date: Day

    public init(advice: AdviceID, note: String?, date: Day) {
        self.advice = advice
        self.note = note
        self.date = date
    }

    public var stream: String { "advice" }
    public var wrapped: ProgramEvent { .bindingAdviceCarriedOut(self) }
}

/// The body reacted to what its addressee did with its advice (reactie op de reactie).
public struct AdviceResponseReacted: EventPayload {
    public static let typeName = "AdviceResponseReacted"
    public var advice: AdviceID
    public var text: String
    public var date: Day

    public init(advice: AdviceID, text: String, date: Day) {
        self.advice = advice
        self.text = text
        self.date = date
    }

    public var stream: String { "advice" }
    public var wrapped: ProgramEvent { .adviceResponseReacted(self) }
}
