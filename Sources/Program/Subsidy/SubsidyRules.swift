/// Rules for subsidies: award, tranches, spending, accountability, settlement.
extension Rules {
    func awardSubsidy(_ command: AwardSubsidy) throws(RuleViolation) -> [ProgramEvent] {
        let funder = try Text.validated(command.funder, field: "funder")
        try checkPositive(command.amount)
        try checkFactDate(command.date)
        if command.periodEnd < command.periodStart {
            throw RuleViolation("period", "ends (\(command.periodEnd)) before it starts (\(command.periodStart))")
        }
        let conditions = try validatedList(command.conditions, field: "condition", limit: 500)
        return [
            .subsidyAwarded(
                SubsidyAwarded(
                    subsidy: state.nextID(), funder: funder, amount: command.amount, periodStart: command.periodStart,
                    periodEnd: command.periodEnd, conditions: conditions, date: command.date))
        ]
    }

    func receiveTranche(_ command: ReceiveTranche) throws(RuleViolation) -> [ProgramEvent] {
        let subsidy = try open(command.subsidy, on: command.date)
        try checkPositive(command.amount)
        let total = subsidy.received + command.amount
        if total > subsidy.amount {
            throw RuleViolation(
                "amount",
                "tranches would total \(total), more than the \(subsidy.amount) awarded (\(subsidy.amount - subsidy.received) still to come)"
            )
        }
        let reference = try Text.validatedOptional(command.reference, field: "reference")
        return [
            .trancheReceived(
                TrancheReceived(subsidy: subsidy.id, amount: command.amount, date: command.date, reference: reference))
        ]
    }

    func bookExpenditure(_ command: BookExpenditure) throws(RuleViolation) -> [ProgramEvent] {
        let subsidy = try open(command.subsidy, on: command.date)
        try checkPositive(command.amount)
        try checkPillars([command.pillar])
        if command.date < subsidy.periodStart || command.date > subsidy.periodEnd {
            throw RuleViolation(
                "date",
                "\(command.date) is outside the subsidy's period (\(subsidy.periodStart) – \(subsidy.periodEnd))")
        }
        if let accounted = subsidy.accountability {
            throw RuleViolation(
                "subsidy",
                "\(subsidy.id)'s spending was accounted for on \(accounted.date): no further spending is booked on it")
        }
        if subsidy.spent + command.amount > subsidy.amount {
            throw RuleViolation(
                "amount",
                "spending \(command.amount) would exceed the \(subsidy.amount) awarded: \(subsidy.unspent) is left")
        }
        let activity = try Text.validated(command.activity, field: "activity")
        let description = try Text.validatedOptional(
            command.description, field: "description", limit: Text.paragraphLimit, multiline: true)
        return [
            .expenditureBooked(
                ExpenditureBooked(
                    subsidy: subsidy.id, expenditure: state.nextID(), amount: command.amount, pillar: command.pillar,
                    activity: activity, description: description, date: command.date))
        ]
    }

    func submitAccountability(_ command: SubmitAccountability) throws(RuleViolation) -> [ProgramEvent] {
        let subsidy = try open(command.subsidy, on: command.date)
        if let earlier = subsidy.accountability {
            throw RuleViolation(
                "subsidy", "\(subsidy.id)'s accountability report was already submitted on \(earlier.date)")
        }
        let note = try Text.validatedOptional(command.note, field: "note", limit: Text.paragraphLimit, multiline: true)
        return [
            .accountabilitySubmitted(
                AccountabilitySubmitted(subsidy: subsidy.id, spent: subsidy.spent, date: command.date, note: note))
        ]
    }

    func settleSubsidy(_ command: SettleSubsidy) throws(RuleViolation) -> [ProgramEvent] {
        let subsidy = try open(command.subsidy, on: command.date)
        guard let report = subsidy.accountability else {
            throw RuleViolation("subsidy", "\(subsidy.id) has no accountability report yet: settlement follows it")
        }
        if command.date < report.date {
            throw RuleViolation(
                "date", "the accountability report was submitted on \(report.date): settlement comes after")
        }
        if command.amount < .zero || command.amount > subsidy.amount {
            throw RuleViolation("amount", "must be between \(Cents.zero) and the \(subsidy.amount) awarded")
        }
        let note = try Text.validatedOptional(command.note, field: "note", limit: Text.paragraphLimit, multiline: true)
        return [
            .subsidySettled(SubsidySettled(subsidy: subsidy.id, amount: command.amount, date: command.date, note: note))
        ]
    }

    /// A subsidy that exists, is not settled, and was awarded on or before `date`.
    private func open(_ id: SubsidyID, on date: Day) throws(RuleViolation) -> Subsidy {
        guard let subsidy = state.subsidies[id] else {
            throw RuleViolation("subsidy", "\(id) is not an awarded subsidy")
        }
        if let settlement = subsidy.settlement {
            throw RuleViolation("subsidy", "\(id) was settled on \(settlement.date): it is closed")
        }
        try checkFactDate(date)
        if date < subsidy.awarded {
            throw RuleViolation("date", "\(id) was awarded on \(subsidy.awarded): this comes after")
        }
        return subsidy
    }

    private func checkPositive(_ amount: Cents) throws(RuleViolation) {
        if amount <= .zero { throw RuleViolation("amount", "must be more than \(Cents.zero)") }
    }
}
