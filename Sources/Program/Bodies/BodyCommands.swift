/// Establish a participation body beside the core group.
public struct EstablishBody: Sendable, Hashable {
    public var name: String
    public var type: BodyType
    public var constituencies: [Constituency.Kind]
    /// For a municipal body: the municipality (name or CBS code).
    public var municipality: String?
    public var bindingAdvice: Bool
    public var date: Day

    public init(
        name: String, type: BodyType, constituencies: [Constituency.Kind], municipality: String?, bindingAdvice: Bool,
        date: Day
    ) {
        self.name = name
        self.type = type
        self.constituencies = constituencies
        self.municipality = municipality
        self.bindingAdvice = bindingAdvice
        self.date = date
    }
}

/// Someone joins a participation body.
public struct JoinBody: Sendable, Hashable {
    public var body: BodyID
    public var name: String
    public var constituency: Constituency.Kind
    /// The municipality (name or CBS code) or care provider (name) for those constituencies.
    public var represents: String?
    public var date: Day

    public init(body: BodyID, name: String, constituency: Constituency.Kind, represents: String?, date: Day) {
        self.body = body
        self.name = name
        self.constituency = constituency
        self.represents = represents
        self.date = date
    }
}

/// A member leaves a participation body.
public struct LeaveBody: Sendable, Hashable {
    public var member: BodyMemberID
    public var date: Day
    public var reason: String?

    public init(member: BodyMemberID, date: Day, reason: String?) {
        self.member = member
        self.date = date
        self.reason = reason
    }
}
