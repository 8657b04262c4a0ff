import Foundation

/// Who brought in an input (inbreng).
public enum InputSource: String, Sendable, Hashable, Codable, CaseIterable {
    case youth
    case parent
    case clientRepresentative = "client-representative"
    case professional
    case municipality
    case careProvider = "care-provider"
    case other

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.youth, .dutch): "jongeren"
        case (.parent, .dutch): "ouders"
        case (.clientRepresentative, .dutch): "cliëntvertegenwoordigers"
        case (.professional, .dutch): "professionals"
        case (.municipality, .dutch): "gemeenten"
        case (.careProvider, .dutch): "zorgaanbieders"
        case (.other, .dutch): "overig"
        case (.youth, .english): "youth"
        case (.parent, .english): "parents"
        case (.clientRepresentative, .english): "client representatives"
        case (.professional, .english): "professionals"
        case (.municipality, .english): "municipalities"
        case (.careProvider, .english): "care providers"
        case (.other, .english): "other"
        }
    }
}

/// How an input was collected, or how feedback was given.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
    case conference
    case survey
    case clientCouncil = "client-council"
    case interview
    case online
    case meeting
    case letter
    case other

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.conference, .dutch): "conferentie"
        case (.survey, .dutch): "enquête"
        case (.clientCouncil, .dutch): "cliëntenraad"
        case (.interview, .dutch): "interview"
        case (.online, .dutch): "online"
        case (.meeting, .dutch): "bijeenkomst"
        case (.letter, .dutch): "brief"
        case (.other, .dutch): "overig"
        case (.clientCouncil, .english): "client council"
        case (_, .english): rawValue
        }
    }
}

/// A quote of a young person or parent: personal data, sealed under its speaker's subject.
public struct Quote: Sendable, Hashable, Codable {
    public var text: Sealed<String>

    public init(text: Sealed<String>) { self.text = text }
}

/// An input was collected bottom-up (opgehaald) under a pillar.
public struct InputCollected: EventPayload {
    public static let typeName = "InputCollected"
    public var input: InputID
    public var pillar: Int
    public var source: InputSource
    public var channel: Channel
    /// The municipality it came from (CBS code), if any.
    public var municipality: String?
    public var themes: [String]
    public var date: Day
    /// What was brought in, in the collector's words (not a quote).
    public var summary: String
    /// The level at which it was asked.
    public var participationLevel: ParticipationLevel
    /// A quote of the contributor, sealed.
    public var quote: Quote?

    public init(
        input: InputID, pillar: Int, source: InputSource, channel: Channel, municipality: String?, themes: [String],
        date: Day, summary: String, participationLevel: ParticipationLevel, quote: Quote?
    ) {
        self.input = input
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

    public var stream: String { "inputs" }
    public var sealedSubjects: [SubjectID] { quote.map { [$0.text.subject] } ?? [] }
    public var wrapped: ProgramEvent { .inputCollected(self) }
}

/// What an input was taken up in. In JSON its text form: `B3`, `plan-2` or `D1`.
public enum InputUse: Sendable, Hashable, Codable, CustomStringConvertible {
    case decision(DecisionID)
    case planVersion(Int)
    case goal(GoalID)

    /// Parses `B3`, `plan-2` / `plan:2`, or `D1`.
    public init?(text: String) {
        if let use = InputUse(canonical: text) {
            self = use
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("plan"), let version = Int(lower.dropFirst(4).drop { $0 == "-" || $0 == ":" || $0 == " " }) {
            self = .planVersion(version)
        } else if trimmed.uppercased().hasPrefix(DecisionKind.prefix), Int(trimmed.dropFirst()) != nil {
            self = .decision(DecisionID(trimmed.uppercased()))
        } else if trimmed.uppercased().hasPrefix(GoalKind.prefix), Int(trimmed.dropFirst()) != nil {
            self = .goal(GoalID(trimmed.uppercased()))
        } else {
            return nil
        }
    }

    /// The form payloads hold (`B3`, `plan-2`, `D1`), without the string work of the general parse.
    private init?(canonical text: String) {
        var utf8 = Substring(text).utf8
        let isPlan = utf8.starts(with: "plan-".utf8)
        let prefix = isPlan ? 5 : 1
        guard utf8.count > prefix, utf8.count <= prefix + 9 else { return nil }
        let kind = utf8.first
        utf8.removeFirst(prefix)
        guard utf8.first != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        switch kind {
        case _ where isPlan: self = .planVersion(number)
        case UInt8(ascii: "B"): self = .decision(DecisionID(text))
        case UInt8(ascii: "D"): self = .goal(GoalID(text))
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .decision(let id): id.rawValue
        case .planVersion(let version): "plan-\(version)"
        case .goal(let id): id.rawValue
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let use = InputUse(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a decision, plan or goal: \(text)")
        }
        self = use
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An input was taken up (overgenomen) in a decision, a plan version or a framework goal.
public struct InputTakenUp: EventPayload {
    public static let typeName = "InputTakenUp"
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

    public var stream: String { "inputs" }
    public var wrapped: ProgramEvent { .inputTakenUp(self) }
}

/// An input was declined (niet overgenomen), with the reason.
public struct InputDeclined: EventPayload {
    public static let typeName = "InputDeclined"
    public var input: InputID
    public var reason: String
    public var date: Day

    public init(input: InputID, reason: String, date: Day) {
        self.input = input
        self.reason = reason
        self.date = date
    }

    public var stream: String { "inputs" }
    public var wrapped: ProgramEvent { .inputDeclined(self) }
}

/// The contributors were told what was done with their input (terugkoppeling).
public struct FeedbackGiven: EventPayload {
    public static let typeName = "FeedbackGiven"
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

    public var stream: String { "inputs" }
    public var wrapped: ProgramEvent { .feedbackGiven(self) }
}
