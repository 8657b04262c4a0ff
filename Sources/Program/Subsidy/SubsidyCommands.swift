/// Record a subsidy award.
public struct AwardSubsidy: Sendable, Hashable {
    public var funder: String
    public var amount: Cents
    public var periodStart: Day
    public var periodEnd: Day
    public var conditions: [String]
    public var date: Day

    public init(funder: String, amount: Cents, periodStart: Day, periodEnd: Day, conditions: [String], date: Day) {
        self.funder = funder
        self.amount = amount
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.conditions = conditions
        self.date = date
    }
}

/// Record a tranche received.
public struct ReceiveTranche: Sendable, Hashable {
    public var subsidy: SubsidyID
    public var amount: Cents
    public var date: Day
    public var reference: String?

    public init(subsidy: SubsidyID, amount: Cents, date: Day, reference: String?) {
        self.subsidy = subsidy
        self.amount = amount
        self.date = date
        self.reference = reference
    }
}

/// Book an expenditure against a subsidy.
public struct BookExpenditure: Sendable, Hashable {
    public var subsidy: SubsidyID
    public var amount: Cents
    public var pillar: Int
    public var activity: String
    public var description: String?
    public var date: Day

    public init(subsidy: SubsidyID, amount: Cents, pillar: Int, activity: String, description: String?, date: Day) {
        self.subsidy = subsidy
        self.amount = amount
        self.pillar = pillar
        self.activity = activity
        self.description = description
        self.date = date
    }
}

/// Record the accountability report submitted to the funder.
public struct SubmitAccountability: Sendable, Hashable {
    public var subsidy: SubsidyID
    public var date: Day
    public var note: String?

    public init(subsidy: SubsidyID, date: Day, note: String?) {
        self.subsidy = subsidy
        self.date = date
        self.note = note
    }
}

/// Record the funder's settlement.
public struct SettleSubsidy: Sendable, Hashable {
    public var subsidy: SubsidyID
    public var amount: Cents
    public var date: Day
    public var note: String?

    public init(subsidy: SubsidyID, amount: Cents, date: Day, note: String?) {
        self.subsidy = subsidy
        self.amount = amount
        self.date = date
        self.note = note
    }
}
