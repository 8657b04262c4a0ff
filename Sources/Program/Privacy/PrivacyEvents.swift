/// A subject's personal data was erased: their key was destroyed (crypto-shredding).
public struct SubjectForgotten: EventPayload {
    public static let typeName = "SubjectForgotten"
    public var subject: SubjectID
    public var date: Day
    /// E.g. "verzoek van betrokkene" (the person's request).
    public var reason: String

    public init(subject: SubjectID, date: Day, reason: String) {
        self.subject = subject
        self.date = date
        self.reason = reason
    }

    public var stream: String { "privacy" }
    public var wrapped: ProgramEvent { .subjectForgotten(self) }
}

/// A person was given their own data (a data-access request, inzageverzoek).
public struct SubjectDataExported: EventPayload {
    public static let typeName = "SubjectDataExported"
    public var subject: SubjectID
    public var date: Day

    public init(subject: SubjectID, date: Day) {
        self.subject = subject
        self.date = date
    }

    public var stream: String { "privacy" }
    public var wrapped: ProgramEvent { .subjectDataExported(self) }
}
