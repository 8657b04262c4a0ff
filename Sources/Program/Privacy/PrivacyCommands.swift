/// Erase a subject's personal data.
public struct ForgetSubject: Sendable, Hashable {
    public var subject: SubjectID
    public var reason: String
    public var date: Day

    public init(subject: SubjectID, reason: String, date: Day) {
        self.subject = subject
        self.reason = reason
        self.date = date
    }
}

/// Record that a subject was given their own data.
public struct RecordDataExport: Sendable, Hashable {
    public var subject: SubjectID
    public var date: Day

    public init(subject: SubjectID, date: Day) {
        self.subject = subject
        self.date = date
    }
}
