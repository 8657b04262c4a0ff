/// Everything someone can ask the programme to record. ``decide(_:state:context:)`` turns a
/// command into events, or refuses it with a ``RuleViolation``.
public enum Command: Sendable, Hashable {
    case defineProgramme(ProgrammeDefinition)
    case addMember(AddMember)
    case removeMember(RemoveMember)
    case recordDecision(RecordDecision)
    case amendDecision(AmendDecision)
    case revokeDecision(RevokeDecision)
    case draftPlan(DraftPlan)
    case submitPlan(SubmitPlan)
    case recordPlanDecision(RecordPlanDecision)
    case addGoal(AddGoal)
    case adjustGoal(AdjustGoal)
    case recordMeasurement(RecordMeasurement)
    case scheduleConference(ScheduleConference)
    case register(Register)
    case cancelRegistration(CancelRegistration)
    case checkIn(CheckIn)
    case addInput(AddInput)
    case takeUpInput(TakeUpInput)
    case declineInput(DeclineInput)
    case giveFeedback(GiveFeedback)
    case awardSubsidy(AwardSubsidy)
    case receiveTranche(ReceiveTranche)
    case bookExpenditure(BookExpenditure)
    case submitAccountability(SubmitAccountability)
    case settleSubsidy(SettleSubsidy)
    case forgetSubject(ForgetSubject)
    case recordDataExport(RecordDataExport)
    case publishReport(PublishReport)
    case establishBody(EstablishBody)
    case joinBody(JoinBody)
    case leaveBody(LeaveBody)
    case requestAdvice(RequestAdvice)
    case giveAdvice(GiveAdvice)
    case respondToAdvice(RespondToAdvice)
    case carryOutAdvice(CarryOutAdvice)
    case reactToAdviceResponse(ReactToAdviceResponse)
}

/// Who asks, and when.
public struct CommandContext: Sendable, Hashable {
    /// The core group member recording it (`--as`), if given.
    public var actor: MemberID?
    /// When it is recorded.
    public var now: Instant

    public init(actor: MemberID?, now: Instant) {
        self.actor = actor
        self.now = now
    }

    /// Today in the Netherlands.
    public var today: Day { now.dayInNetherlands }
}
