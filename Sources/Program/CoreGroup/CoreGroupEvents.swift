/// Someone joined the core group (kerngroep) on a date, representing a constituency.
public struct MemberJoined: EventPayload {
    public static let typeName = "MemberJoined"
    public var member: MemberID
    /// The member's name, sealed under their subject.
    public var name: Sealed<String>
    public var constituency: Constituency
    public var date: Day

    public init(member: MemberID, name: Sealed<String>, constituency: Constituency, date: Day) {
        self.member = member
        self.name = name
        self.constituency = constituency
        self.date = date
    }

    public var stream: String { "core-group" }
    public var sealedSubjects: [SubjectID] { [name.subject] }
    public var wrapped: ProgramEvent { .memberJoined(self) }
}

/// A member left the core group on a date.
public struct MemberLeft: EventPayload {
    public static let typeName = "MemberLeft"
    public var member: MemberID
    public var date: Day
    public var reason: String?

    public init(member: MemberID, date: Day, reason: String?) {
        self.member = member
        self.date = date
        self.reason = reason
    }

    public var stream: String { "core-group" }
    public var wrapped: ProgramEvent { .memberLeft(self) }
}
