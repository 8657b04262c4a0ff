/// The log obeys its own rules: every event is what ``decide(_:state:context:)`` makes of a
/// command on the state before it. ``Command/init(recreating:)`` gives that command back from
/// the first event it yields, so that an auditor can decide it again and compare.
extension Command {
    /// A value in place of personal data, which an event holds only sealed: it passes the text
    /// rules, and events are compared without their personal data.
    static let personalDataPlaceholder = "x"

    /// The command whose decision starts with `event`, its personal data replaced by a
    /// placeholder; `nil` for an event no command starts with (a promotion follows the
    /// cancellation that gave the place).
    public init?(recreating event: ProgramEvent) {
        let placeholder = Self.personalDataPlaceholder
        switch event {
        case .programmeDefined(let e):
            self = .defineProgramme(e.definition)
        case .memberJoined(let e):
            self = .addMember(
                AddMember(
                    name: placeholder, constituency: e.constituency.kind, represents: e.constituency.detail,
                    date: e.date))
        case .memberLeft(let e):
            self = .removeMember(RemoveMember(member: e.member, date: e.date, reason: e.reason))
        case .decisionRecorded(let e):
            self = .recordDecision(
                RecordDecision(
                    title: e.title, text: e.text, meeting: e.meeting, outcome: e.outcome, pillars: e.pillars,
                    participationLevel: e.participationLevel, informedBy: e.informedBy))
        case .decisionAmended(let e):
            self = .amendDecision(
                AmendDecision(
                    decision: e.decision, reason: e.reason, meeting: e.meeting, title: e.title, text: e.text,
                    pillars: e.pillars, participationLevel: e.participationLevel, informedBy: e.informedBy))
        case .decisionRevoked(let e):
            self = .revokeDecision(RevokeDecision(decision: e.decision, reason: e.reason, meeting: e.meeting))
        case .planVersionDrafted(let e):
            self = .draftPlan(DraftPlan(title: e.title, summary: e.summary, date: e.date, informedBy: e.informedBy))
        case .planSubmitted(let e):
            self = .submitPlan(SubmitPlan(version: e.version, date: e.date))
        case .planDecided(let e):
            self = .recordPlanDecision(
                RecordPlanDecision(
                    version: e.version, municipality: e.municipality, outcome: e.outcome, date: e.date, note: e.note))
        case .goalAdded(let e):
            self = .addGoal(
                AddGoal(
                    title: e.title, indicator: e.indicator, unit: e.unit, direction: e.direction,
                    baselineYear: e.baselineYear, baseline: e.baseline, targets: e.targets, pillars: e.pillars,
                    date: e.date))
        case .goalAdjusted(let e):
            self = .adjustGoal(
                AdjustGoal(
                    goal: e.goal, reason: e.reason, date: e.date, title: e.title, indicator: e.indicator,
                    targets: e.targets))
        case .measurementRecorded(let e):
            self = .recordMeasurement(
                RecordMeasurement(goal: e.goal, period: e.period, value: e.value, note: e.note, date: e.date))
        case .conferenceScheduled(let e):
            self = .scheduleConference(
                ScheduleConference(
                    title: e.title, date: e.date, venue: e.venue, capacity: e.capacity, announced: e.announced))
        case .registrationReceived(let e):
            self = .register(
                Register(
                    conference: e.conference, category: e.category, name: placeholder, email: nil, phone: nil,
                    municipality: e.municipality, ageGroup: e.ageGroup,
                    parentConsentBy: e.consent == nil ? nil : placeholder, date: e.date))
        case .registrationCancelled(let e):
            self = .cancelRegistration(CancelRegistration(registration: e.registration, reason: e.reason, date: e.date))
        case .registrationPromoted:
            return nil
        case .attendeeCheckedIn(let e):
            self = .checkIn(CheckIn(registration: e.registration, at: e.at))
        case .inputCollected(let e):
            self = .addInput(
                AddInput(
                    pillar: e.pillar, source: e.source, channel: e.channel, municipality: e.municipality,
                    themes: e.themes, date: e.date, summary: e.summary, participationLevel: e.participationLevel,
                    quote: e.quote == nil ? nil : placeholder))
        case .inputTakenUp(let e):
            self = .takeUpInput(TakeUpInput(input: e.input, into: e.into, date: e.date, note: e.note))
        case .inputDeclined(let e):
            self = .declineInput(DeclineInput(input: e.input, reason: e.reason, date: e.date))
        case .feedbackGiven(let e):
            self = .giveFeedback(GiveFeedback(input: e.input, channel: e.channel, date: e.date, note: e.note))
        case .subsidyAwarded(let e):
            self = .awardSubsidy(
                AwardSubsidy(
                    funder: e.funder, amount: e.amount, periodStart: e.periodStart, periodEnd: e.periodEnd,
                    conditions: e.conditions, date: e.date))
        case .trancheReceived(let e):
            self = .receiveTranche(
                ReceiveTranche(subsidy: e.subsidy, amount: e.amount, date: e.date, reference: e.reference))
        case .expenditureBooked(let e):
            self = .bookExpenditure(
                BookExpenditure(
                    subsidy: e.subsidy, amount: e.amount, pillar: e.pillar, activity: e.activity,
                    description: e.description, date: e.date))
        case .accountabilitySubmitted(let e):
            self = .submitAccountability(SubmitAccountability(subsidy: e.subsidy, date: e.date, note: e.note))
        case .subsidySettled(let e):
            self = .settleSubsidy(SettleSubsidy(subsidy: e.subsidy, amount: e.amount, date: e.date, note: e.note))
        case .subjectForgotten(let e):
            self = .forgetSubject(ForgetSubject(subject: e.subject, reason: e.reason, date: e.date))
        case .subjectDataExported(let e):
            self = .recordDataExport(RecordDataExport(subject: e.subject, date: e.date))
        case .reportPublished(let e):
            self = .publishReport(
                PublishReport(
                    position: e.position, headHash: e.headHash, digest: e.digest, format: e.format,
                    language: e.language, date: e.date, happenedBy: e.happenedBy, layout: e.renderedLayout))
        case .bodyEstablished(let e):
            self = .establishBody(
                EstablishBody(
                    name: e.name, type: e.type, constituencies: e.constituencies, municipality: e.municipality,
                    bindingAdvice: e.bindingAdvice, date: e.date))
        case .bodyMemberJoined(let e):
            self = .joinBody(
                JoinBody(
                    body: e.body, name: placeholder, constituency: e.constituency.kind,
                    represents: e.constituency.detail, date: e.date))
        case .bodyMemberLeft(let e):
            self = .leaveBody(LeaveBody(member: e.member, date: e.date, reason: e.reason))
        case .adviceRequested(let e):
            self = .requestAdvice(
                RequestAdvice(
                    body: e.body, addressee: e.addressee.kind, addresseeName: e.addressee.detail, title: e.title,
                    question: e.question, pillars: e.pillars, themes: e.themes,
                    participationLevel: e.participationLevel, date: e.date, due: e.due))
        case .adviceGiven(let e):
            // Requested advice goes to whoever asked: its addressee is the request's.
            self = .giveAdvice(
                GiveAdvice(
                    request: e.requested ? e.advice : nil, body: e.body,
                    addressee: e.requested ? nil : e.addressee.kind,
                    addresseeName: e.requested ? nil : e.addressee.detail, title: e.title, text: e.text,
                    pillars: e.pillars, themes: e.themes, participationLevel: e.participationLevel,
                    members: e.members, date: e.date))
        case .adviceResponded(let e):
            self = .respondToAdvice(
                RespondToAdvice(advice: e.advice, outcome: e.outcome, reason: e.reason, into: e.into, date: e.date))
        case .bindingAdviceCarriedOut(let e):
            self = .carryOutAdvice(CarryOutAdvice(advice: e.advice, note: e.note, date: e.date))
        case .adviceResponseReacted(let e):
            self = .reactToAdviceResponse(ReactToAdviceResponse(advice: e.advice, text: e.text, date: e.date))
        }
    }
}
