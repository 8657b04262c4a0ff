import ArgumentParser
import Program
import Projections

struct SubsidyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subsidy",
        abstract:
            "Subsidies (subsidie): award, tranches received, spending, accountability (verantwoording), settlement (vaststelling).",
        discussion: """
            Amounts are in euros, written as people write them: 12500, 12500,00,
            12.500,00, 12,500.00 or € 12.500,00. They are kept exactly, as integer cents.
            A single . or , before exactly three digits could be either (1.250: € 1.250,00
            or € 1,25?) and is refused: write 1250, 1.250,00 or 1,25. Only before 000 is it
            read as thousands (€ 48.000). More than two decimals, a sign and more than
            € 100.000.000,00 are refused too.
            """,
        subcommands: [
            SubsidyAward.self, SubsidyReceive.self, SubsidySpend.self, SubsidyReport.self, SubsidySettle.self,
            SubsidyStatus.self,
        ])
}

struct SubsidyAward: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "award",
        abstract: "Record a subsidy award (toekenning); it gets an id (S1, S2, …).",
        discussion: """
            Example:
              programctl subsidy award --as K1 \\
                --funder "Bovenregionaal Expertisenetwerk Limburg (innovatiebudget)" \\
                --amount 48.000,00 --from 2023-09-01 --until 2025-08-31 \\
                --condition "Tussentijdse rapportage per jaar" --date 2023-08-15
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Who awards it.")
    var funder: String

    @Option(help: "The amount awarded, in euros.", transform: Cents.init(euros:))
    var amount: Cents

    @Option(name: .customLong("from"), help: "The first day of the subsidy period.", transform: Day.argument)
    var start: Day

    @Option(name: .customLong("until"), help: "The last day of the subsidy period.", transform: Day.argument)
    var end: Day

    @Option(help: "A condition of the award; repeat for more.")
    var condition: [String] = []

    @Option(help: "The date of the award.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .awardSubsidy(
            AwardSubsidy(
                funder: funder, amount: amount, periodStart: start, periodEnd: end, conditions: condition,
                date: date))
    }
}

struct SubsidyReceive: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Record a tranche received; tranches never exceed the award.",
        discussion: """
            Example:  programctl subsidy receive S1 --as K1 --amount 24.000,00 \\
                        --date 2023-10-02
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The subsidy, e.g. S1.")
    var subsidy: SubsidyID

    @Option(help: "The amount received, in euros.", transform: Cents.init(euros:))
    var amount: Cents

    @Option(help: "The date it was received.", transform: Day.argument)
    var date: Day

    @Option(help: "A payment reference.")
    var reference: String?

    func command() throws -> Command {
        .receiveTranche(ReceiveTranche(subsidy: subsidy, amount: amount, date: date, reference: reference))
    }
}

struct SubsidySpend: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "spend",
        abstract:
            "Book an expenditure (uitgave) against a pillar and an activity; spending beyond the award is refused.",
        discussion: """
            Example:  programctl subsidy spend S1 --as K1 --amount 3.250,00 --pillar 3 \\
                        --activity "Jongerenpanel" --date 2024-02-14
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The subsidy, e.g. S1.")
    var subsidy: SubsidyID

    @Option(help: "The amount spent, in euros.", transform: Cents.init(euros:))
    var amount: Cents

    @Option(help: "The pillar (pijler) it serves, by number or name.")
    var pillar: PillarArgument

    @Option(help: "The activity, e.g. \"Jongerenpanel\".")
    var activity: String

    @Option(help: "What it was spent on.")
    var description: String?

    @Option(help: "The date of the expenditure.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .bookExpenditure(
            BookExpenditure(
                subsidy: subsidy, amount: amount, pillar: try global.pillarNumbers([pillar])[0], activity: activity,
                description: description,
                date: date))
    }
}

struct SubsidyReport: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Record that the accountability report (verantwoording) was submitted to the funder.",
        discussion: "Example:  programctl subsidy report S1 --as K1 --date 2025-10-15")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The subsidy, e.g. S1.")
    var subsidy: SubsidyID

    @Option(help: "The date it was submitted.", transform: Day.argument)
    var date: Day

    @Option(help: "A note.")
    var note: String?

    func command() throws -> Command {
        .submitAccountability(SubmitAccountability(subsidy: subsidy, date: date, note: note))
    }
}

struct SubsidySettle: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "settle",
        abstract: "Record the funder's settlement (vaststelling): the final amount. The subsidy is then closed.",
        discussion: """
            Example:  programctl subsidy settle S1 --as K1 --amount 46.730,00 \\
                        --date 2025-12-01
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The subsidy, e.g. S1.")
    var subsidy: SubsidyID

    @Option(help: "The final amount, in euros.", transform: Cents.init(euros:))
    var amount: Cents

    @Option(help: "The date of the settlement.", transform: Day.argument)
    var date: Day

    @Option(help: "A note.")
    var note: String?

    func command() throws -> Command {
        .settleSubsidy(SettleSubsidy(subsidy: subsidy, amount: amount, date: date, note: note))
    }
}

struct SubsidyStatus: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract:
            "Each subsidy: awarded, received, spent (per pillar), still to receive, cash balance, budget left, accountability and settlement.",
        discussion: """
            Still to receive is awarded − received; the cash balance is received − spent, and \
            is negative while spending runs ahead of what was received (pre-financing: the \
            award stays the ceiling); the budget left is awarded − spent.
            """)

    @OptionGroup var global: GlobalOptions

    func execute() throws {
        let state = try global.store(.readOnly).currentState().state
        let subsidies = state.subsidies.values.sorted { $0.id < $1.id }
        if subsidies.isEmpty {
            global.output.nothing("no subsidies awarded yet")
            return
        }
        if global.json {
            global.output.print(json: subsidies.map(Entry.init))
            return
        }
        let words = Words(global.language)
        let money = words.money
        for subsidy in subsidies {
            global.output.print(
                "\(subsidy.id)  \(subsidy.funder)  \(words.day(subsidy.periodStart)) – \(words.day(subsidy.periodEnd))")
            global.output.print(
                "    " + words.pick("toegekend", "awarded") + " \(money(subsidy.amount)), "
                    + words.pick("ontvangen", "received") + " \(money(subsidy.received)), "
                    + words.pick("besteed", "spent") + " \(money(subsidy.spent))")
            let cash = subsidy.received - subsidy.spent
            global.output.print(
                "    " + words.pick("nog te ontvangen", "still to receive")
                    + " \(money(subsidy.amount - subsidy.received)), " + words.pick("kassaldo", "cash balance")
                    + " \(money(cash))" + (cash < .zero ? words.pick(" (voorgefinancierd)", " (pre-financed)") : "")
                    + ", " + words.pick("budget over", "budget left") + " \(money(subsidy.unspent))")
            let pillars = Dictionary(grouping: subsidy.expenditures, by: \.pillar).sorted { $0.key < $1.key }
            for (pillar, expenditures) in pillars {
                global.output.print(
                    "    " + words.pick("pijler", "pillar")
                        + " \(pillar): \(money(expenditures.reduce(Cents.zero) { $0 + $1.amount }))")
            }
            if let report = subsidy.accountability {
                global.output.print(
                    "    " + words.pick("verantwoording ingediend", "accountability submitted")
                        + " \(words.day(report.date))")
            }
            if let settlement = subsidy.settlement {
                global.output.print(
                    "    " + words.pick("vastgesteld", "settled") + " \(words.day(settlement.date)) "
                        + words.pick("op", "at") + " \(money(settlement.amount))")
            }
        }
    }
}

extension SubsidyStatus {
    /// A subsidy's figures as `--json` shows them, in cents.
    struct Entry: Encodable {
        var id: String
        var funder: String
        var awardedCents: Int64
        var receivedCents: Int64
        var spentCents: Int64
        var unspentCents: Int64
        var toReceiveCents: Int64
        var cashBalanceCents: Int64
        /// Spent per pillar, by the pillar's number.
        var spentPerPillarCents: [String: Int64]
        /// The day the accountability report was submitted, or empty.
        var accountability: String
        /// The day of the settlement, or empty.
        var settled: String
        @NullWhenAbsent var settledCents: Int64?

        init(_ subsidy: Subsidy) {
            id = subsidy.id.rawValue
            funder = subsidy.funder
            awardedCents = subsidy.amount.value
            receivedCents = subsidy.received.value
            spentCents = subsidy.spent.value
            unspentCents = subsidy.unspent.value
            toReceiveCents = (subsidy.amount - subsidy.received).value
            cashBalanceCents = (subsidy.received - subsidy.spent).value
            spentPerPillarCents = [:]
            for expenditure in subsidy.expenditures {
                spentPerPillarCents[String(expenditure.pillar), default: 0] += expenditure.amount.value
            }
            accountability = subsidy.accountability?.date.iso ?? ""
            settled = subsidy.settlement?.date.iso ?? ""
            settledCents = subsidy.settlement?.amount.value
        }
    }
}
