/// A version of the plan of approach (plan van aanpak) was drafted.
public struct PlanVersionDrafted: EventPayload {
    public static let typeName = "PlanVersionDrafted"
    /// 1, 2, 3, …
    public var version: Int
    public var title: String
    public var summary: String
    public var date: Day
    public var informedBy: [InputID]

    public init(version: Int, title: String, summary: String, date: Day, informedBy: [InputID]) {
        self.version = version
        self.title = title
        self.summary = summary
        self.date = date
        self.informedBy = informedBy
    }

    public var stream: String { "plan" }
    public var wrapped: ProgramEvent { .planVersionDrafted(self) }
}

/// A plan version was put to the municipalities for decision (ter besluitvorming).
public struct PlanSubmitted: EventPayload {
    public static let typeName = "PlanSubmitted"
    public var version: Int
    public var date: Day

    public init(version: Int, date: Day) {
        self.version = version
        self.date = date
    }

    public var stream: String { "plan" }
    public var wrapped: ProgramEvent { .planSubmitted(self) }
}

/// How a municipality decided on the plan.
public enum PlanOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Vastgesteld.
    case adopted
    /// Vastgesteld met amendementen.
    case adoptedWithAmendments = "adopted-with-amendments"
    /// Verworpen.
    case rejected

    public var isAdoption: Bool { self != .rejected }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.adopted, .dutch): "vastgesteld"
        case (.adoptedWithAmendments, .dutch): "vastgesteld met amendementen"
        case (.rejected, .dutch): "verworpen"
        case (.adopted, .english): "adopted"
        case (.adoptedWithAmendments, .english): "adopted with amendments"
        case (.rejected, .english): "rejected"
        }
    }
}

/// A municipality decided on a submitted plan version. A later decision of the same
/// municipality on the same version replaces the earlier one.
public struct PlanDecided: EventPayload {
    public static let typeName = "PlanDecided"
    public var version: Int
    /// The municipality's CBS code.
    public var municipality: String
    public var outcome: PlanOutcome
    public var date: Day
    public var note: String?

    public init(version: Int, municipality: String, outcome: PlanOutcome, date: Day, note: String?) {
        self.version = version
        self.municipality = municipality
        self.outcome = outcome
        self.date = date
        self.note = note
    }

    public var stream: String { "plan" }
    public var wrapped: ProgramEvent { .planDecided(self) }
}
