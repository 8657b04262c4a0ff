import Program

/// Subsidies: awarded, received, spent and the balance, per pillar. Amounts in euro cents.
public struct FundsView: Sendable, Hashable, Codable {
    public var subsidies: [SubsidyFunds]
    public var totals: Totals

    public struct Totals: Sendable, Hashable, Codable {
        public var awarded: Cents
        public var received: Cents
        public var spent: Cents
        /// Awarded and not spent.
        public var balance: Cents
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
        public var balance: Cents
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
                spentPerPillar: Self.sum(subsidy.expenditures) { String($0.pillar) },
                spentPerActivity: Self.sum(subsidy.expenditures, by: \.activity),
                accountabilitySubmitted: subsidy.accountability?.date, settled: subsidy.settlement?.date,
                settledAmount: subsidy.settlement?.amount)
        }
        let all = projection.state.subsidies.values.flatMap(\.expenditures)
        totals = Totals(
            awarded: subsidies.reduce(.zero) { $0 + $1.awarded },
            received: subsidies.reduce(.zero) { $0 + $1.received },
            spent: subsidies.reduce(.zero) { $0 + $1.spent }, balance: subsidies.reduce(.zero) { $0 + $1.balance },
            spentPerPillar: Self.sum(all) { String($0.pillar) })
    }

    private static func sum(_ expenditures: [ExpenditureBooked], by key: (ExpenditureBooked) -> String) -> [String:
        Cents]
    {
        expenditures.reduce(into: [:]) { $0[key($1), default: .zero] = $0[key($1), default: .zero] + $1.amount }
    }
}
