extension ProgrammeState {
    /// `evolve(state, event) -> state`, in place: applies the event stored at `position`.
    /// `position` is where the log holds the event: the state keeps it for the texts it leaves in the log.
    ///
    /// Events that refer to something unknown are ignored: the rules never record them, and a
    /// fold must not trap on a log it did not write.
    public mutating func apply(_ event: ProgramEvent, at position: Int64) {
        switch event {
        case .programmeDefined(let event):
            definition = event.definition
        case .memberJoined(let event):
            members[event.member] = Member(
                id: event.member, name: event.name, constituency: event.constituency, joined: event.date)
            note(event.member)
            noteSubject(event.name.subject)
        case .memberLeft(let event):
            members[event.member]?.left = event.date
        case .decisionRecorded(let event):
            decisions[event.decision] = Decision(
                id: event.decision, title: event.title, text: event.text, meeting: event.meeting,
                outcome: event.outcome, pillars: event.pillars, participationLevel: event.participationLevel,
                informedBy: event.informedBy)
            note(event.decision)
        case .decisionAmended(let event):
            guard var decision = decisions[event.decision] else { return }
            decision.title = event.title ?? decision.title
            decision.text = event.text ?? decision.text
            decision.pillars = event.pillars ?? decision.pillars
            decision.participationLevel = event.participationLevel ?? decision.participationLevel
            decision.informedBy += event.informedBy.filter { !decision.informedBy.contains($0) }
            decision.amendments.append(event)
            decisions[event.decision] = decision
        case .decisionRevoked(let event):
            decisions[event.decision]?.revocation = event
        case .planVersionDrafted(let event):
            planVersions[event.version] = PlanVersion(
                version: event.version, title: event.title, summary: event.summary, drafted: event.date,
                informedBy: event.informedBy)
        case .planSubmitted(let event):
            planVersions[event.version]?.submitted = event.date
        case .planDecided(let event):
            planVersions[event.version]?.decisions[event.municipality] = event
            planVersions[event.version]?.history.append(event)
        case .goalAdded(let event):
            goals[event.goal] = Goal(
                id: event.goal, title: event.title, indicator: event.indicator, unit: event.unit,
                direction: event.direction, baselineYear: event.baselineYear, baseline: event.baseline,
                targets: event.targets, pillars: event.pillars, added: event.date)
            note(event.goal)
        case .goalAdjusted(let event):
            guard var goal = goals[event.goal] else { return }
            goal.title = event.title ?? goal.title
            goal.indicator = event.indicator ?? goal.indicator
            goal.targets.merge(event.targets) { $1 }
            goal.adjustments.append(event)
            goals[event.goal] = goal
        case .measurementRecorded(let event):
            goals[event.goal]?.measurements[event.period] = event
        case .conferenceScheduled(let event):
            conferences[event.conference] = Conference(
                id: event.conference, title: event.title, date: event.date, venue: event.venue,
                capacity: event.capacity, announced: event.announced)
            note(event.conference)
        case .registrationReceived(let event):
            update(&conferences, event.conference) { conference in
                if let row = conference.registrations.row(of: event.registration) {
                    conference.leaveWaitlist(row)
                }
                conference.registrations.receive(event)
                if event.placement == .waitlisted { conference.waitlist.append(event.registration) }
            }
            note(event.registration)
            noteSubject(event.subject)
        case .registrationCancelled(let event):
            update(&conferences, event.conference) { conference in
                guard let row = conference.registrations.row(of: event.registration) else { return }
                conference.leaveWaitlist(row)
                conference.registrations.cancel(row, on: event.date)
            }
        case .registrationPromoted(let event):
            update(&conferences, event.conference) { conference in
                guard let row = conference.registrations.row(of: event.registration) else { return }
                conference.leaveWaitlist(row)
                conference.registrations.promote(row, on: event.date)
            }
        case .attendeeCheckedIn(let event):
            update(&conferences, event.conference) { conference in
                guard let row = conference.registrations.row(of: event.registration) else { return }
                conference.registrations.checkIn(row, at: event.at)
            }
        case .inputCollected(let event):
            inputs.collect(event, at: position)
            note(event.input)
            if let subject = event.quote?.text.subject { noteSubject(subject) }
        case .inputTakenUp(let event):
            inputs.follow(event.input, kind: .takenUp, date: event.date, use: event.into)
        case .inputDeclined(let event):
            inputs.follow(event.input, kind: .declined, date: event.date, reason: event.reason)
        case .feedbackGiven(let event):
            inputs.follow(event.input, kind: .feedback, date: event.date, channel: event.channel)
        case .subsidyAwarded(let event):
            subsidies[event.subsidy] = Subsidy(
                id: event.subsidy, funder: event.funder, amount: event.amount, periodStart: event.periodStart,
                periodEnd: event.periodEnd, conditions: event.conditions, awarded: event.date)
            note(event.subsidy)
        case .trancheReceived(let event):
            subsidies[event.subsidy]?.tranches.append(event)
        case .expenditureBooked(let event):
            subsidies[event.subsidy]?.expenditures.append(event)
            note(event.expenditure)
        case .accountabilitySubmitted(let event):
            subsidies[event.subsidy]?.accountability = event
        case .subsidySettled(let event):
            subsidies[event.subsidy]?.settlement = event
        case .subjectForgotten(let event):
            forgottenSubjects.insert(event.subject)
        case .subjectDataExported:
            break
        case .reportPublished(let event):
            reports[event.report] = event
            note(event.report)
        case .bodyEstablished(let event):
            bodies[event.body] = Body(
                id: event.body, name: event.name, type: event.type, constituencies: event.constituencies,
                municipality: event.municipality, bindingAdvice: event.bindingAdvice, established: event.date)
            note(event.body)
        case .bodyMemberJoined(let event):
            bodyMembers[event.member] = BodyMember(
                id: event.member, body: event.body, name: event.name, constituency: event.constituency,
                joined: event.date)
            note(event.member)
            noteSubject(event.name.subject)
        case .bodyMemberLeft(let event):
            bodyMembers[event.member]?.left = event.date
        case .adviceRequested(let event):
            advice[event.advice] = Advice(
                id: event.advice, body: event.body, addressee: event.addressee, request: event)
            note(event.advice)
        case .adviceGiven(let event):
            if event.requested {
                advice[event.advice]?.given = event
            } else {
                advice[event.advice] = Advice(
                    id: event.advice, body: event.body, addressee: event.addressee, given: event)
                note(event.advice)
            }
        case .adviceResponded(let event):
            advice[event.advice]?.response = event
        case .bindingAdviceCarriedOut(let event):
            advice[event.advice]?.carriedOut = event
        case .adviceResponseReacted(let event):
            advice[event.advice]?.reaction = event
        }
    }

    private mutating func note<Kind>(_ id: Identifier<Kind>) {
        guard let number = id.number else { return }
        func raise(_ highest: inout Int) { highest = max(highest, number) }
        raise(&lastNumbers[Kind.prefix, default: 0])
    }

    private mutating func noteSubject(_ subject: SubjectID) {
        subjects.insert(subject)
        note(subject)
    }
}

/// Changes the value under `key` in place, if there is one (one lookup, no copy).
private func update<Key, Value>(_ dictionary: inout [Key: Value], _ key: Key, _ change: (inout Value) -> Void) {
    guard let index = dictionary.index(forKey: key) else { return }
    change(&dictionary.values[index])
}

extension Conference {
    /// Takes the registration at `row` off the waitlist, if it is on it.
    fileprivate mutating func leaveWaitlist(_ row: Int32) {
        guard registrations.status(at: row) == .waitlisted else { return }
        let id = registrations.id(at: row)
        waitlist.removeAll { $0 == id }
    }
}
