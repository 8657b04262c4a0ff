/// A subsidy was awarded (toegekend), e.g. from the innovation budget of the Bovenregionaal Expertisenetwerk Limburg.
public struct SubsidyAwarded: EventPayload {
    public static let typeName = "SubsidyAwarded"
    public var subsidy: SubsidyID
    public var funder: String
    public var amount: Cents
    public var periodStart: Day
    public var periodEnd: Day
    public var conditions: [String]
    public var date: Day

    public init(
        subsidy: SubsidyID, funder: String, amount: Cents, periodStart: Day, periodEnd: Day, conditions: [String],
        date: Day
    ) {
        self.subsidy = subsidy
        self.funder = funder
        self.amount = amount
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.conditions = conditions
        self.date = date
    }

    public var stream: String { "subsidy-\(subsidy)" }
    public var wrapped: ProgramEvent { .subsidyAwarded(self) }
}

/// A tranche of an awarded subsidy was received.
public struct TrancheReceived: EventPayload {
    public static let typeName = "TrancheReceived"
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

    public var stream: String { "subsidy-\(subsidy)" }
    public var wrapped: ProgramEvent { .trancheReceived(self) }
}

/// An expenditure (uitgave) was booked against a subsidy, a pillar and an activity.
public struct ExpenditureBooked: EventPayload {
    public static let typeName = "ExpenditureBooked"
    public var subsidy: SubsidyID
    public var expenditure: ExpenditureID
    public var amount: Cents
    public var pillar: Int
    public var activity: String
    public var description: String?
    public var date: Day

    public init(
        subsidy: SubsidyID, expenditure: ExpenditureID, amount: Cents, pillar: Int, activity: String,
        description: String?, date: Day
    ) {
        self.subsidy = subsidy
        self.expenditure = expenditure
        self.amount = amount
        self.pillar = pillar
        self.activity = activity
        self.description = description
        self.date = date
    }

    public var stream: String { "subsidy-\(subsidy)" }
    public var wrapped: ProgramEvent { .expenditureBooked(self) }
}

/// The accountability report (verantwoording) on a subsidy was submitted to the funder.
public struct AccountabilitySubmitted: EventPayload {
    public static let typeName = "AccountabilitySubmitted"
    public var subsidy: SubsidyID
    /// What was spent by then, as reported.
    public var spent: Cents
    public var date: Day
    public var note: String?

    public init(subsidy: SubsidyID, spent: Cents, date: Day, note: String?) {
        self.subsidy = subsidy
        self.spent = spent
        self.date = date
        self.note = note
    }

    public var stream: String { "subsidy-\(subsidy)" }
    public var wrapped: ProgramEvent { .accountabilitySubmitted(self) }
}

/// The funder settled the subsidy (vaststelling): the final amount, and what is to be paid or paid back.
public struct SubsidySettled: EventPayload {
    public static let typeName = "SubsidySettled"
    public var subsidy: SubsidyID
    /// The final amount of the subsidy.
    public var amount: Cents
    public var date: Day
    public var note: String?

    public init(subsidy: SubsidyID, amount: Cents, date: Day, note: String?) {
        self.subsidy = subsidy
        self.amount = amount
        self.date = date
        self.note = note
    }

    public var stream: String { "subsidy-\(subsidy)" }
    public var wrapped: ProgramEvent { .subsidySettled(self) }
}
