/// A participation body beside the core group, as the log knows it; its members are in
/// ``ProgrammeState/bodyMembers``.
public struct Body: Sendable, Hashable, Codable {
    public var id: BodyID
    public var name: String
    public var type: BodyType
    public var constituencies: [Constituency.Kind]
    /// The municipality's CBS code, for a municipal body.
    public var municipality: String?
    public var bindingAdvice: Bool
    public var established: Day
}

/// A member of a participation body.
public struct BodyMember: Sendable, Hashable, Codable {
    public var id: BodyMemberID
    public var body: BodyID
    /// Their name, sealed.
    public var name: Sealed<String>
    public var constituency: Constituency
    public var joined: Day
    /// The first day they were no longer a member.
    public var left: Day?

    /// Whether they were a member on `day`.
    public func isActive(on day: Day) -> Bool { joined <= day && (left.map { day < $0 } ?? true) }
}
