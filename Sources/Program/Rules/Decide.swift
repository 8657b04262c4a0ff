/// `decide(command, state) -> events`: the programme's rules as one pure function.
///
/// Returns the events that record the command, or throws the first rule it breaks. It reads
/// nothing but its arguments and changes nothing; the caller appends the events.
public func decide(
    _ command: Command, state: ProgrammeState, context: CommandContext
) throws(RuleViolation) -> [ProgramEvent] {
    if case .defineProgramme(let definition) = command {
        return try Rules(state: state, context: context).define(definition)
    }
    let rules = try Rules(state: state, context: context, authorizing: command)
    switch command {
    case .defineProgramme: return []
    case .addMember(let command): return try rules.addMember(command)
    case .removeMember(let command): return try rules.removeMember(command)
    case .recordDecision(let command): return try rules.recordDecision(command)
    case .amendDecision(let command): return try rules.amendDecision(command)
    case .revokeDecision(let command): return try rules.revokeDecision(command)
    case .draftPlan(let command): return try rules.draftPlan(command)
    case .submitPlan(let command): return try rules.submitPlan(command)
    case .recordPlanDecision(let command): return try rules.recordPlanDecision(command)
    case .addGoal(let command): return try rules.addGoal(command)
    case .adjustGoal(let command): return try rules.adjustGoal(command)
    case .recordMeasurement(let command): return try rules.recordMeasurement(command)
    case .scheduleConference(let command): return try rules.scheduleConference(command)
    case .register(let command): return try rules.register(command)
    case .cancelRegistration(let command): return try rules.cancelRegistration(command)
    case .checkIn(let command): return try rules.checkIn(command)
    case .addInput(let command): return try rules.addInput(command)
    case .takeUpInput(let command): return try rules.takeUpInput(command)
    case .declineInput(let command): return try rules.declineInput(command)
    case .giveFeedback(let command): return try rules.giveFeedback(command)
    case .awardSubsidy(let command): return try rules.awardSubsidy(command)
    case .receiveTranche(let command): return try rules.receiveTranche(command)
    case .bookExpenditure(let command): return try rules.bookExpenditure(command)
    case .submitAccountability(let command): return try rules.submitAccountability(command)
    case .settleSubsidy(let command): return try rules.settleSubsidy(command)
    case .forgetSubject(let command): return try rules.forgetSubject(command)
    case .recordDataExport(let command): return try rules.recordDataExport(command)
    case .publishReport(let command): return try rules.publishReport(command)
    case .establishBody(let command): return try rules.establishBody(command)
    case .joinBody(let command): return try rules.joinBody(command)
    case .leaveBody(let command): return try rules.leaveBody(command)
    case .requestAdvice(let command): return try rules.requestAdvice(command)
    case .giveAdvice(let command): return try rules.giveAdvice(command)
    case .respondToAdvice(let command): return try rules.respondToAdvice(command)
    case .carryOutAdvice(let command): return try rules.carryOutAdvice(command)
    case .reactToAdviceResponse(let command): return try rules.reactToAdviceResponse(command)
    }
}

/// The rules, with the state and context they judge against.
struct Rules {
    let state: ProgrammeState
    let context: CommandContext
    let definition: ProgrammeDefinition

    /// Rules for `init`, before there is a definition.
    init(state: ProgrammeState, context: CommandContext) {
        self.state = state
        self.context = context
        self.definition = state.definition ?? .zuidLimburg
    }

    /// Rules for every other command: the programme must exist, and once the core group has
    /// members, only an active member records (`--as`).
    init(state: ProgrammeState, context: CommandContext, authorizing command: Command) throws(RuleViolation) {
        guard let definition = state.definition else {
            throw RuleViolation("programme", "there is no programme in this store yet: run `programctl init` first")
        }
        self.state = state
        self.context = context
        self.definition = definition
        let active = state.activeMembers(on: context.today)
        // The first members are added before anyone can record; a member named with --as must still exist.
        let isFirstMembers = active.isEmpty && { if case .addMember = command { true } else { false } }()
        if isFirstMembers && context.actor == nil { return }
        guard let actor = context.actor else {
            throw RuleViolation("as", "say who records this: --as MEMBER (an active core group member, e.g. K1)")
        }
        guard active.contains(where: { $0.id == actor }) else {
            let known = state.members[actor] != nil
            throw RuleViolation(
                "as",
                known
                    ? "\(actor) is no longer an active core group member: only active members record"
                    : "\(actor) is not a core group member: only active members record")
        }
    }

    func define(_ definition: ProgrammeDefinition) throws(RuleViolation) -> [ProgramEvent] {
        guard state.definition == nil else {
            throw RuleViolation("programme", "is already set up in this store (init was run before)")
        }
        try definition.validate()
        return [.programmeDefined(ProgrammeDefined(definition: definition))]
    }
}
