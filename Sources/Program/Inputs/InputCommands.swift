/// Record input collected under a pillar.
public struct AddInput: Sendable, Hashable {
    public var pillar: Int
    public var source: InputSource
    public var channel: Channel
    /// Name or CBS code.
    public var municipality: String?
    public var themes: [String]
    public var date: Day
    public var summary: String
    public var participationLevel: ParticipationLevel
    /// A quote of the contributor: personal data, sealed.
    public var quote: String?

    public init(
        pillar: Int, source: InputSource, channel: Channel, municipality: String?, themes: [String], date: Day,
        summary: String, participationLevel: ParticipationLevel, quote: String?
    ) {
        self.pillar = pillar
        self.source = source
        self.channel = channel
        self.municipality = municipality
        self.themes = themes
        self.date = date
        self.summary = summary
        self.participationLevel = participationLevel
        self.quote = quote
    }
}

/// Record that an input was taken up in a decision, plan version or goal.
public struct TakeUpInput: Sendable, Hashable {
    public var input: InputID
    public var into: InputUse
    public var date: Day
    public var note: String?

    public init(input: InputID, into: InputUse, date: Day, note: String?) {
        self.input = input
        self.into = into
        self.date = date
        self.note = note
    }
}

/// Record that an input was declined, with the reason.
public struct DeclineInput: Sendable, Hashable {
    public var input: InputID
    public var reason: String
    public var date: Day

    public init(input: InputID, reason: String, date: Day) {
        self.input = input
        self.reason = reason
        self.date = date
    }
}

/// Record feedback to an input's contributors.
public struct GiveFeedback: Sendable, Hashable {
    public var input: InputID
    public var channel: Channel
    public var date: Day
    public var note: String?

    public init(input: InputID, channel: Channel, date: Day, note: String?) {
        self.input = input
        self.channel = channel
        self.date = date
        self.note = note
    }
}
