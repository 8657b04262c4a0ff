/// Add someone to the core group.
public struct AddMember: Sendable, Hashable {
    public var name: String
    public var constituency: Constituency.Kind
    /// The municipality (name or CBS code) or care provider (name) for those constituencies.
    public var represents: String?
    public var date: Day

    public init(name: String, constituency: Constituency.Kind, represents: String?, date: Day) {
        self.name = name
        self.constituency = constituency
        self.represents = represents
        self.date = date
    }
}

/// A member leaves the core group.
public struct RemoveMember: Sendable, Hashable {
    public var member: MemberID
    public var date: Day
    public var reason: String?

    public init(member: MemberID, date: Day, reason: String?) {
        self.member = member
        self.date = date
        self.reason = reason
    }
}
