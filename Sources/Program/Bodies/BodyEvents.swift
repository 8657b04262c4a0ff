/// What kind of participation body (medezeggenschapsorgaan) it is.
public enum BodyType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Jongerenraad.
    case youthCouncil = "youth-council"
    /// Ouderpanel.
    case parentPanel = "parent-panel"
    /// Cliëntenraad.
    case clientCouncil = "client-council"
    /// Adviesgroep, adviesraad.
    case advisoryGroup = "advisory-group"
    /// A network of youth and parents (netwerk van jongeren en ouders).
    case network
    /// An expert team (expertteam), e.g. a regional expert team whose advice is binding.
    case expertTeam = "expert-team"

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.youthCouncil, .dutch): "jongerenraad"
        case (.parentPanel, .dutch): "ouderpanel"
        case (.clientCouncil, .dutch): "cliëntenraad"
        case (.advisoryGroup, .dutch): "adviesgroep"
        case (.network, .dutch): "netwerk van jongeren en ouders"
        case (.expertTeam, .dutch): "expertteam"
        case (.youthCouncil, .english): "youth council"
        case (.parentPanel, .english): "parents' panel"
        case (.clientCouncil, .english): "client council"
        case (.advisoryGroup, .english): "advisory group"
        case (.network, .english): "network of youth and parents"
        case (.expertTeam, .english): "expert team"
        }
    }
}

/// A participation body beside the core group was established (ingesteld): a youth council, a
/// parents' panel, a client council, an advisory group, a network, an expert team.
public struct BodyEstablished: EventPayload {
    public static let typeName = "BodyEstablished"
    public var body: BodyID
    public var name: String
    public var type: BodyType
    /// Whom it speaks for (achterban): its members come from these constituencies.
    public var constituencies: [Constituency.Kind]
    /// The municipality it belongs to (CBS code), for a municipal body; `nil` for a regional one.
    public var municipality: String?
    /// Whether its advice binds (as a regional expert team's does), whatever the level it is given at.
    public var bindingAdvice: Bool
    public var date: Day

    public init(
        body: BodyID, name: String, type: BodyType, constituencies: [Constituency.Kind], municipality: String?,
        bindingAdvice: Bool, date: Day
    ) {
        self.body = body
        self.name = name
        self.type = type
        self.constituencies = constituencies
        self.municipality = municipality
        self.bindingAdvice = bindingAdvice
        self.date = date
    }

    public var stream: String { "bodies" }
    public var wrapped: ProgramEvent { .bodyEstablished(self) }
}

/// Someone joined a participation body on a date, from one of its constituencies.
public struct BodyMemberJoined: EventPayload {
    public static let typeName = "BodyMemberJoined"
    public var member: BodyMemberID
    public var body: BodyID
    /// The member's name, sealed under their subject.
    public var name: Sealed<String>
    public var constituency: Constituency
    public var date: Day

    public init(member: BodyMemberID, body: BodyID, name: Sealed<String>, constituency: Constituency, date: Day) {
        self.member = member
        self.body = body
        self.name = name
        self.constituency = constituency
        self.date = date
    }

    public var stream: String { "bodies" }
    public var sealedSubjects: [SubjectID] { [name.subject] }
    public var wrapped: ProgramEvent { .bodyMemberJoined(self) }
}

/// A member left a participation body on a date (the first day they are no longer a member).
public struct BodyMemberLeft: EventPayload {
    public static let typeName = "BodyMemberLeft"
    public var member: BodyMemberID
    public var body: BodyID
    public var date: Day
    public var reason: String?

    public init(member: BodyMemberID, body: BodyID, date: Day, reason: String?) {
        self.member = member
        self.body = body
        self.date = date
        self.reason = reason
    }

    public var stream: String { "bodies" }
    public var wrapped: ProgramEvent { .bodyMemberLeft(self) }
}
