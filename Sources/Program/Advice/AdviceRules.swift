/// Rules for advice (advies): requested and unrequested, answered by its addressee — adopted,
/// adopted in part or not adopted with a reason, binding advice carried out — and the body's
/// reaction to the answer.
extension Rules {
    func requestAdvice(_ command: RequestAdvice) throws(RuleViolation) -> [ProgramEvent] {
        let body = try self.body(command.body)
        try checkFactDate(command.date)
        try checkEstablished(body, by: command.date)
        if command.due < command.date {
            throw RuleViolation("due", "\(command.due) is before the request (\(command.date))")
        }
        let addressee = try self.addressee(command.addressee, name: command.addresseeName, on: command.date)
        let title = try Text.validated(command.title, field: "title")
        let question = try Text.validated(
            command.question, field: "question", limit: Text.paragraphLimit, multiline: true)
        try checkPillars(command.pillars)
        let themes = try validatedList(command.themes, field: "theme", limit: 60)
        try checkAdviceLevel(command.participationLevel)
        return [
            .adviceRequested(
                AdviceRequested(
                    advice: state.nextID(), body: body.id, addressee: addressee, title: title, question: question,
                    pillars: command.pillars.sorted(), themes: themes, participationLevel: command.participationLevel,
                    date: command.date, due: command.due))
        ]
    }

    func giveAdvice(_ command: GiveAdvice) throws(RuleViolation) -> [ProgramEvent] {
        try checkFactDate(command.date)
        let given: AdviceGiven
        if let id = command.request {
            given = try answering(id, command)
        } else {
            given = try unrequested(command)
        }
        let body = try self.body(given.body)
        try checkEstablished(body, by: command.date)
        let present = state.members(of: body.id, on: command.date).map(\.id)
        if present.isEmpty {
            throw RuleViolation(
                "body", "\(body.id) had no members on \(command.date): a body gives advice through its members")
        }
        for member in command.members where !present.contains(member) {
            let known = state.bodyMembers[member]?.body == body.id
            throw RuleViolation(
                "members",
                known
                    ? "\(member) was not a member of \(body.id) on \(command.date)"
                    : "\(member) is not a member of \(body.id)")
        }
        if Set(command.members).count != command.members.count {
            throw RuleViolation("members", "names a member twice")
        }
        var advice = given
        advice.text = try Text.validated(command.text, field: "text", limit: Text.paragraphLimit, multiline: true)
        advice.themes = try validatedList(given.themes, field: "theme", limit: 60)
        advice.binding = body.bindingAdvice || advice.participationLevel >= .coproduce
        return [.adviceGiven(advice)]
    }

    func respondToAdvice(_ command: RespondToAdvice) throws(RuleViolation) -> [ProgramEvent] {
        let (advice, given) = try givenAdvice(command.advice, answeredOn: command.date)
        if let response = advice.response {
            throw RuleViolation(
                "advice", "\(advice.id) was already responded to on \(response.date) (\(response.outcome.rawValue))")
        }
        if let carriedOut = advice.carriedOut {
            throw RuleViolation("advice", "\(advice.id) is binding and was carried out on \(carriedOut.date)")
        }
        if given.binding && command.outcome != .adopted {
            throw RuleViolation(
                "outcome",
                "\(advice.id) is binding advice: it cannot be \(command.outcome.name(.english)), only adopted and carried out (advice carry-out)"
            )
        }
        let reason = try Text.validatedOptional(
            command.reason, field: "reason", limit: Text.paragraphLimit, multiline: true)
        if command.outcome != .adopted && reason == nil {
            throw RuleViolation(
                "reason",
                "advice \(command.outcome.name(.english)) needs the reason: deviating from advice is explained")
        }
        if let into = command.into {
            let dated = try day(of: into)
            if dated < given.date {
                throw RuleViolation(
                    "into",
                    "\(into) is dated \(dated), before \(advice.id) was given (\(given.date)): advice is answered only in what came after it"
                )
            }
            if command.date < dated {
                throw RuleViolation("date", "\(into) is dated \(dated): the response comes on or after it")
            }
        }
        return [
            .adviceResponded(
                AdviceResponded(
                    advice: advice.id, outcome: command.outcome, reason: reason, into: command.into, date: command.date)
            )
        ]
    }

    func carryOutAdvice(_ command: CarryOutAdvice) throws(RuleViolation) -> [ProgramEvent] {
        let (advice, given) = try givenAdvice(command.advice, answeredOn: command.date)
        if !given.binding {
            throw RuleViolation(
                "advice",
                "\(advice.id) is not binding: its addressee responds to it (advice respond); only binding advice is carried out"
            )
        }
        if let carriedOut = advice.carriedOut {
            throw RuleViolation("advice", "\(advice.id) was already carried out on \(carriedOut.date)")
        }
        if let response = advice.response, command.date < response.date {
            throw RuleViolation(
                "date", "\(advice.id) was responded to on \(response.date): it is carried out on or after that")
        }
        let note = try Text.validatedOptional(command.note, field: "note", limit: Text.paragraphLimit, multiline: true)
        return [.bindingAdviceCarriedOut(BindingAdviceCarriedOut(advice: advice.id, note: note, date: command.date))]
    }

    func reactToAdviceResponse(_ command: ReactToAdviceResponse) throws(RuleViolation) -> [ProgramEvent] {
        let advice = try recordedAdvice(command.advice)
        guard let answered = advice.answered else {
            throw RuleViolation(
                "advice", "\(advice.id) has no response yet: the body reacts to what its addressee did with it")
        }
        if let reaction = advice.reaction {
            throw RuleViolation("advice", "\(advice.body) already reacted on \(reaction.date)")
        }
        try checkFactDate(command.date)
        if command.date < answered {
            throw RuleViolation("date", "\(advice.id) was answered on \(answered): the reaction comes on or after it")
        }
        let text = try Text.validated(command.text, field: "text", limit: Text.paragraphLimit, multiline: true)
        return [.adviceResponseReacted(AdviceResponseReacted(advice: advice.id, text: text, date: command.date))]
    }

    // MARK: Giving

    /// Advice answering the request `id`: the request's body, addressee, title, pillars, themes and
    /// level, unless the command gives a title, pillars or themes of its own. Its text, and
    /// whether it binds, are ``giveAdvice(_:)``'s to fill in.
    private func answering(_ id: AdviceID, _ command: GiveAdvice) throws(RuleViolation) -> AdviceGiven {
        let advice = try recordedAdvice(id, field: "request")
        guard let request = advice.request else {
            throw RuleViolation("request", "\(id) is unrequested advice, not a request")
        }
        if let given = advice.given {
            throw RuleViolation("request", "\(id) was already answered with advice on \(given.date)")
        }
        if command.date < request.date {
            throw RuleViolation("date", "\(id) was requested on \(request.date): advice comes on or after its request")
        }
        if let body = command.body, body != request.body {
            throw RuleViolation("body", "\(id) was asked of \(request.body), not of \(body)")
        }
        if command.addressee != nil || command.addresseeName != nil {
            throw RuleViolation("to", "\(id) goes to whoever asked for it (\(request.addressee)): leave out --to")
        }
        if let level = command.participationLevel, level != request.participationLevel {
            throw RuleViolation(
                "level",
                "\(id) was asked at level \(request.participationLevel.rawValue) (\(request.participationLevel.englishName)): advice is given at the level asked"
            )
        }
        let title = try Text.validatedOptional(command.title, field: "title") ?? request.title
        if let pillars = command.pillars { try checkPillars(pillars) }
        return AdviceGiven(
            advice: id, body: request.body, requested: true, addressee: request.addressee, title: title, text: "",
            pillars: command.pillars?.sorted() ?? request.pillars,
            themes: command.themes.isEmpty ? request.themes : command.themes,
            participationLevel: request.participationLevel, binding: false, members: command.members,
            date: command.date)
    }

    /// Unrequested advice: it names its body, addressee, title and level. Its text, and whether it
    /// binds, are ``giveAdvice(_:)``'s to fill in.
    private func unrequested(_ command: GiveAdvice) throws(RuleViolation) -> AdviceGiven {
        guard let body = command.body else {
            throw RuleViolation("body", "name the body that gives unrequested advice (or the request it answers)")
        }
        guard let kind = command.addressee else {
            throw RuleViolation(
                "to", "name to whom unrequested advice is given: core-group, region, municipality or care-provider")
        }
        guard let title = try Text.validatedOptional(command.title, field: "title") else {
            throw RuleViolation("title", "unrequested advice needs a title")
        }
        guard let level = command.participationLevel else {
            throw RuleViolation("level", "name the participation level of unrequested advice (2–5)")
        }
        try checkAdviceLevel(level)
        let pillars = command.pillars ?? []
        try checkPillars(pillars)
        return AdviceGiven(
            advice: state.nextID(), body: body, requested: false,
            addressee: try addressee(kind, name: command.addresseeName, on: command.date), title: title, text: "",
            pillars: pillars.sorted(), themes: command.themes, participationLevel: level, binding: false,
            members: command.members, date: command.date)
    }

    // MARK: Shared

    /// Advice that was requested or given.
    private func recordedAdvice(_ id: AdviceID, field: String = "advice") throws(RuleViolation) -> Advice {
        guard let advice = state.advice[id] else { throw RuleViolation(field, "\(id) is not recorded advice") }
        return advice
    }

    /// Advice that was given, answered on a valid date on or after that.
    private func givenAdvice(_ id: AdviceID, answeredOn date: Day) throws(RuleViolation) -> (Advice, AdviceGiven) {
        let advice = try recordedAdvice(id)
        guard let given = advice.given else {
            throw RuleViolation("advice", "\(id) was requested but not given yet: only given advice is answered")
        }
        try checkFactDate(date)
        if date < given.date {
            throw RuleViolation("date", "\(id) was given on \(given.date): its answer comes on or after that")
        }
        return (advice, given)
    }

    private func checkEstablished(_ body: Body, by date: Day) throws(RuleViolation) {
        if date < body.established {
            throw RuleViolation("date", "\(body.id) was established on \(body.established), after \(date)")
        }
    }

    /// Advice is asked and given at levels 2 (consult) to 5 (co-decide): informing asks nothing,
    /// self-management needs no advice.
    private func checkAdviceLevel(_ level: ParticipationLevel) throws(RuleViolation) {
        if level == .inform || level == .selfManage {
            throw RuleViolation(
                "level", "advice is given at levels 2 to 5, not at \(level.rawValue) (\(level.englishName))")
        }
    }

    /// The addressee of `kind`: a municipality (by name or CBS code, existing on `day`) or a care
    /// provider named by `name`; the core group and the region need no name.
    private func addressee(_ kind: AdviceAddressee.Kind, name: String?, on day: Day) throws(RuleViolation)
        -> AdviceAddressee
    {
        switch kind {
        case .coreGroup, .region:
            if let name {
                throw RuleViolation("to-name", "the \(kind.name(.english)) needs no name: leave out '\(name)'")
            }
            return kind == .coreGroup ? .coreGroup : .region
        case .municipality:
            guard let name else { throw RuleViolation("to-name", "name the municipality (--to-name)") }
            return .municipality(code: try municipality(name, on: day, field: "to-name").code)
        case .careProvider:
            guard let name else { throw RuleViolation("to-name", "name the care provider (--to-name)") }
            return .careProvider(name: try Text.validated(name, field: "to-name"))
        }
    }
}
