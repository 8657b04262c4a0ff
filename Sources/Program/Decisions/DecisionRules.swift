/// Rules for the core group's decisions (besluiten).
extension Rules {
    func recordDecision(_ command: RecordDecision) throws(RuleViolation) -> [ProgramEvent] {
        let title = try Text.validated(command.title, field: "title")
        let text = try Text.validated(command.text, field: "text", limit: Text.paragraphLimit, multiline: true)
        try checkMeeting(command.meeting)
        try checkOutcome(command.outcome, votes: command.meeting.votes)
        try checkPillars(command.pillars)
        try checkInputs(command.informedBy, before: command.meeting.date)
        return [
            .decisionRecorded(
                DecisionRecorded(
                    decision: state.nextID(), title: title, text: text, meeting: command.meeting,
                    outcome: command.outcome, pillars: command.pillars.sorted(),
                    participationLevel: command.participationLevel, informedBy: command.informedBy))
        ]
    }

    func amendDecision(_ command: AmendDecision) throws(RuleViolation) -> [ProgramEvent] {
        let decision = try changeable(command.decision, on: command.meeting.date)
        let reason = try Text.validated(command.reason, field: "reason", limit: Text.paragraphLimit, multiline: true)
        let title = try Text.validatedOptional(command.title, field: "title")
        let text = try Text.validatedOptional(
            command.text, field: "text", limit: Text.paragraphLimit, multiline: true)
        if title == nil && text == nil && command.pillars == nil && command.participationLevel == nil
            && command.informedBy.isEmpty
        {
            throw RuleViolation("amendment", "changes nothing: give a new title, text, pillars, level or inputs")
        }
        try checkMeeting(command.meeting)
        try checkAdopted(command.meeting.votes, what: "an amendment")
        if let pillars = command.pillars { try checkPillars(pillars) }
        try checkInputs(command.informedBy, before: command.meeting.date)
        if let repeated = command.informedBy.first(where: decision.informedBy.contains) {
            throw RuleViolation("informed-by", "\(repeated) already informed \(decision.id)")
        }
        return [
            .decisionAmended(
                DecisionAmended(
                    decision: decision.id, reason: reason, meeting: command.meeting, title: title, text: text,
                    pillars: command.pillars?.sorted(), participationLevel: command.participationLevel,
                    informedBy: command.informedBy))
        ]
    }

    func revokeDecision(_ command: RevokeDecision) throws(RuleViolation) -> [ProgramEvent] {
        let decision = try changeable(command.decision, on: command.meeting.date)
        let reason = try Text.validated(command.reason, field: "reason", limit: Text.paragraphLimit, multiline: true)
        try checkMeeting(command.meeting)
        try checkAdopted(command.meeting.votes, what: "a revocation")
        return [.decisionRevoked(DecisionRevoked(decision: decision.id, reason: reason, meeting: command.meeting))]
    }

    /// A decision that exists, is not revoked, and was last changed on or before `day`.
    private func changeable(_ id: DecisionID, on day: Day) throws(RuleViolation) -> Decision {
        guard let decision = state.decisions[id] else {
            throw RuleViolation("decision", "\(id) is not a recorded decision")
        }
        if let revocation = decision.revocation {
            throw RuleViolation("decision", "\(id) was revoked on \(revocation.meeting.date)")
        }
        if day < decision.lastChanged {
            throw RuleViolation("date", "\(id) was last changed on \(decision.lastChanged): a change comes after it")
        }
        return decision
    }

    /// An outcome the vote supports: adopted needs more for than against; rejected, no more for than against.
    private func checkOutcome(_ outcome: DecisionOutcome, votes: Votes) throws(RuleViolation) {
        switch outcome {
        case .adopted:
            try checkAdopted(votes, what: "an adopted decision")
        case .rejected where votes.inFavour > votes.against:
            throw RuleViolation(
                "outcome",
                "rejected, but \(votes.inFavour) voted for and \(votes.against) against: the vote adopts it")
        case .rejected, .deferred:
            break
        }
    }

    private func checkAdopted(_ votes: Votes, what: String) throws(RuleViolation) {
        if votes.inFavour <= votes.against {
            throw RuleViolation(
                "votes",
                "\(what) needs more votes for than against (\(votes.inFavour) for, \(votes.against) against)")
        }
    }
}
