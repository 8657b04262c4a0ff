import Program

/// Subsidies as a treasurer reads them: awarded, received, spent, what is still to be received,
/// the cash balance and the budget left, and spending per pillar. Amounts in euro cents.
///
/// Spending may run ahead of what was received: the award is the ceiling, and the programme
/// pre-finances (voorfinanciering) until the next tranche arrives. The cash balance is then
/// negative, and ``SubsidyFunds/prefinanced`` says by how much.
public struct FundsView: Sendable, Hashable, Codable {
    public var subsidies: [SubsidyFunds]
    public var totals: Totals

    public struct Totals: Sendable, Hashable, Codable {
        public var awarded: Cents
        public var received: Cents
        public var spent: Cents
        /// Awarded and not spent (the same as ``budgetLeft``; kept for existing readers).
        public var balance: Cents
        /// Awarded − received.
        public var toReceive: Cents
        /// Received − spent: negative while spending is pre-financed.
        public var cashBalance: Cents
        /// Awarded − spent.
        public var budgetLeft: Cents
        /// Spent beyond what was received (0 when none).
        public var prefinanced: Cents
        public var spentPerPillar: [String: Cents]
    }

    public struct SubsidyFunds: Sendable, Hashable, Codable {
        public var id: String
        public var funder: String
        public var periodStart: Day
        public var periodEnd: Day
        public var conditions: [String]
        public var awarded: Cents
        public var received: Cents
        public var spent: Cents
        /// Awarded and not spent (the same as ``budgetLeft``; kept for existing readers).
        public var balance: Cents
        /// Awarded − received.
        public var toReceive: Cents
        /// Received − spent: negative while spending is pre-financed.
        public var cashBalance: Cents
        /// Awarded − spent.
        public var budgetLeft: Cents
        /// Spent beyond what was received (0 when none).
        public var prefinanced: Cents
        public var spentPerPillar: [String: Cents]
        public var spentPerActivity: [String: Cents]
        public var accountabilitySubmitted: Day?
        public var settled: Day?
        public var settledAmount: Cents?
    }

    public init(_ projection: ProgrammeProjection) {
        subsidies = projection.state.subsidies.values.sorted { $0.id < $1.id }.map { subsidy in
            SubsidyFunds(
                id: subsidy.id.rawValue, funder: subsidy.funder, periodStart: subsidy.periodStart,
                periodEnd: subsidy.periodEnd, conditions: subsidy.conditions, awarded: subsidy.amount,
                received: subsidy.received, spent: subsidy.spent, balance: subsidy.unspent,
                toReceive: subsidy.amount - subsidy.received, cashBalance: subsidy.received - subsidy.spent,
                budgetLeft: subsidy.unspent, prefinanced: max(.zero, subsidy.spent - subsidy.received),
                spentPerPillar: Self.sum(subsidy.expenditures) { String($0.pillar) },
                spentPerActivity: Self.sum(subsidy.expenditures, by: \.activity),
                accountabilitySubmitted: subsidy.accountability?.date, settled: subsidy.settlement?.date,
                settledAmount: subsidy.settlement?.amount)
        }
        let all = projection.state.subsidies.values.flatMap(\.expenditures)
        let subsidies = self.subsidies
        func total(_ amount: (SubsidyFunds) -> Cents) -> Cents { subsidies.reduce(.zero) { $0 + amount($1) } }
        totals = Totals(
            awarded: total(\.awarded), received: total(\.received), spent: total(\.spent), balance: total(\.balance),
            toReceive: total(\.toReceive), cashBalance: total(\.cashBalance), budgetLeft: total(\.budgetLeft),
            prefinanced: total(\.prefinanced), spentPerPillar: Self.sum(all) { String($0.pillar) })
    }

    private static func sum(_ expenditures: [ExpenditureBooked], by key: (ExpenditureBooked) -> String) -> [String:
        Cents]
    {
        expenditures.reduce(into: [:]) { $0[key($1), default: .zero] = $0[key($1), default: .zero] + $1.amount }
    }
}
