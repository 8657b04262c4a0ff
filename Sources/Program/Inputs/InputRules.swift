/// Rules for bottom-up input (inbreng) and its follow-up.
extension Rules {
    func addInput(_ command: AddInput) throws(RuleViolation) -> [ProgramEvent] {
        try checkPillars([command.pillar])
        try checkFactDate(command.date)
        let summary = try Text.validated(command.summary, field: "summary", limit: Text.paragraphLimit, multiline: true)
        let themes = try validatedList(command.themes, field: "theme", limit: 60)
        let municipality = try command.municipality.map { (text: String) throws(RuleViolation) in
            try self.municipality(text, on: command.date).code
        }
        var quote: Quote?
        if let text = try Text.validatedOptional(
            command.quote, field: "quote", limit: Text.paragraphLimit, multiline: true)
        {
            quote = Quote(text: Sealed(text, subject: state.nextID()))
        }
        return [
            .inputCollected(
                InputCollected(
                    input: state.nextID(), pillar: command.pillar, source: command.source, channel: command.channel,
                    municipality: municipality, themes: themes, date: command.date, summary: summary,
                    participationLevel: command.participationLevel, quote: quote))
        ]
    }

    func takeUpInput(_ command: TakeUpInput) throws(RuleViolation) -> [ProgramEvent] {
        let input = try input(command.input, respondingOn: command.date)
        if let declined = input.declined {
            throw RuleViolation("input", "\(input.id) was declined on \(declined.date): it cannot also be taken up")
        }
        if input.uses.contains(where: { $0.into == command.into }) {
            throw RuleViolation("into", "\(input.id) was already taken up in \(command.into)")
        }
        let dated = try day(of: command.into)
        if dated < input.collected {
            throw RuleViolation(
                "into",
                "\(command.into) is dated \(dated), before \(input.id) was collected (\(input.collected)): input is taken up only into what came after it"
            )
        }
        if command.date < dated {
            throw RuleViolation(
                "date", "\(command.into) is dated \(dated): \(input.id) is taken up into it on or after that")
        }
        let note = try Text.validatedOptional(command.note, field: "note", limit: Text.paragraphLimit, multiline: true)
        return [.inputTakenUp(InputTakenUp(input: input.id, into: command.into, date: command.date, note: note))]
    }

    func declineInput(_ command: DeclineInput) throws(RuleViolation) -> [ProgramEvent] {
        let input = try input(command.input, respondingOn: command.date)
        if let declined = input.declined {
            throw RuleViolation("input", "\(input.id) was already declined on \(declined.date)")
        }
        if let use = input.uses.first {
            throw RuleViolation(
                "input", "\(input.id) was taken up in \(use.into) on \(use.date): it cannot be declined")
        }
        let reason = try Text.validated(command.reason, field: "reason", limit: Text.paragraphLimit, multiline: true)
        return [.inputDeclined(InputDeclined(input: input.id, reason: reason, date: command.date))]
    }

    func giveFeedback(_ command: GiveFeedback) throws(RuleViolation) -> [ProgramEvent] {
        let input = try input(command.input, respondingOn: command.date)
        guard let response = input.firstResponse else {
            throw RuleViolation(
                "input",
                "\(input.id) was not taken up or declined yet: feedback tells contributors what was done with their input"
            )
        }
        if command.date < response {
            throw RuleViolation("date", "\(input.id) was first answered on \(response): feedback comes after")
        }
        let note = try Text.validatedOptional(command.note, field: "note", limit: Text.paragraphLimit, multiline: true)
        return [
            .feedbackGiven(FeedbackGiven(input: input.id, channel: command.channel, date: command.date, note: note))
        ]
    }

    /// An input that exists, answered on a valid date on or after its collection.
    private func input(_ id: InputID, respondingOn date: Day) throws(RuleViolation) -> Input {
        guard let input = state.inputs[id] else { throw RuleViolation("input", "\(id) is not a recorded input") }
        try checkFactDate(date)
        if date < input.collected {
            throw RuleViolation("date", "\(id) was collected on \(input.collected): its follow-up comes after")
        }
        return input
    }
}
