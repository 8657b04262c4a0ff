/// The programme as its events built it: what the rules decide against.
///
/// A fold over the log: start from ``init()`` and ``apply(_:at:)`` every event in order.
/// It holds personal data only sealed.
public struct ProgrammeState: Sendable, Hashable, Codable {
    /// Bumped whenever ``apply(_:at:)`` or the stored shape changes: every saved fold that holds
    /// a state (``ProgrammeFold/version``) includes it, so that their checkpoints are ignored.
    public static let version = 3

    public var definition: ProgrammeDefinition?
    public var members: [MemberID: Member] = [:]
    public var decisions: [DecisionID: Decision] = [:]
    public var planVersions: [Int: PlanVersion] = [:]
    public var goals: [GoalID: Goal] = [:]
    public var conferences: [ConferenceID: Conference] = [:]
    public var inputs = InputTable()
    public var subsidies: [SubsidyID: Subsidy] = [:]
    public var reports: [ReportID: ReportPublished] = [:]
    /// The participation bodies beside the core group.
    public var bodies: [BodyID: Body] = [:]
    public var bodyMembers: [BodyMemberID: BodyMember] = [:]
    /// Advice, requested and unrequested.
    public var advice: [AdviceID: Advice] = [:]
    /// Every subject that has personal data in the log.
    public var subjects = SubjectSet()
    public var forgottenSubjects: Set<SubjectID> = []
    /// The highest number handed out per identifier prefix (`K` → 7), for the next id.
    public var lastNumbers: [String: Int] = [:]

    public init() {}

    /// The next identifier of a kind: one above the highest handed out.
    public func nextID<Kind>(_: Kind.Type = Kind.self) -> Identifier<Kind> {
        .numbered((lastNumbers[Kind.prefix] ?? 0) + 1)
    }

    /// How many registrations and inputs it holds: most of its size on a large programme.
    public var recordCount: Int { inputs.count + conferences.values.reduce(0) { $0 + $1.registrations.count } }

    /// The programme's municipalities' names by CBS code (`GM0917` → Heerlen).
    public var municipalityNames: [String: String] {
        Dictionary(
            (definition?.municipalities ?? []).map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The members who sat in the core group on `day`.
    public func activeMembers(on day: Day) -> [Member] {
        members.values.filter { $0.isActive(on: day) }.sorted { $0.id < $1.id }
    }

    /// The members of `body` on `day`.
    public func members(of body: BodyID, on day: Day) -> [BodyMember] {
        bodyMembers.values.filter { $0.body == body && $0.isActive(on: day) }.sorted { $0.id < $1.id }
    }

    /// The registration with this id, in whichever conference.
    public func registration(_ id: RegistrationID) -> (ConferenceID, Registration)? {
        for conference in conferences.values {
            if let registration = conference.registrations[id] { return (conference.id, registration) }
        }
        return nil
    }
}
