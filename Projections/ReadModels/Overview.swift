import Program

/// The programme at a glance: the figures on the dashboard's front page.
public struct Overview: Sendable, Hashable, Codable {
    public var programme: String
    public var region: String
    public var frameworkTitle: String
    public var activeMembers: PersonCount
    public var decisionsInForce: Int
    public var inputs: PersonCount
    public var inputsAnswered: PersonCount
    public var inputsWithFeedback: PersonCount
    /// E.g. "adopted by 15 of 16" for the latest submitted plan version.
    public var planAdopted: Int?
    public var planMunicipalities: Int?
    public var goals: [String: Int]
    public var awarded: Cents
    public var spent: Cents
    public var conferenceRegistrations: PersonCount
    public var conferenceCheckedIn: PersonCount

    public init(_ projection: ProgrammeProjection) {
        let state = projection.state
        let definition = state.definition ?? .zuidLimburg
        programme = definition.name
        region = definition.region
        frameworkTitle = definition.frameworkTitle
        activeMembers = PersonCount(state.activeMembers(on: projection.asOfDay).count)
        decisionsInForce = state.decisions.values.count { $0.outcome == .adopted && $0.revocation == nil }
        inputs = PersonCount(state.inputs.count)
        inputsAnswered = PersonCount(state.inputs.answered)
        inputsWithFeedback = PersonCount(state.inputs.withFeedback)
        let plan = PlanView(projection).versions.last { $0.submitted != nil }
        planAdopted = plan?.adopted
        planMunicipalities = plan?.municipalities
        goals = Dictionary(grouping: FrameworkView(projection).goals, by: { $0.status.rawValue }).mapValues(\.count)
        let funds = FundsView(projection).totals
        awarded = funds.awarded
        spent = funds.spent
        let registrations = state.conferences.values.map(\.registrations)
        conferenceRegistrations = PersonCount(registrations.reduce(0) { $0 + $1.count })
        conferenceCheckedIn = PersonCount(registrations.reduce(0) { $0 + $1.checkedIn })
    }
}
