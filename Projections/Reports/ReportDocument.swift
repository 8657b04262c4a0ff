import Program

/// A progress report as a sequence of blocks — headings, paragraphs, lists, tables, charts — that the
/// Markdown, HTML and CSV renderers each write in their own syntax.
public struct ReportDocument: Sendable {
    public enum Block: Sendable {
        case heading(level: Int, text: String, id: String?)
        case paragraph(String)
        /// Items without columns of their own; when `folded` names them, a page shows that name
        /// and the items open under it.
        case list([String], folded: String?)
        case table(Table)
        case chart(id: String, BarChart)
    }

    /// A table: a caption saying what it holds, a header naming every column, and rows whose
    /// first cell names the row.
    public struct Table: Sendable {
        /// The section it belongs to, for CSV.
        public var section: String
        /// What the table holds, shown above it.
        public var caption: String
        public var header: [String]
        public var rows: [[TableCell]]

        public init(section: String, caption: String, header: [String], rows: [[TableCell]]) {
            self.section = section
            self.caption = caption
            self.header = header
            self.rows = rows
        }

        /// Whether every cell of a column below the header holds a figure (aligned right).
        public func isFigureColumn(_ column: Int) -> Bool {
            !rows.isEmpty && rows.allSatisfy { column < $0.count && $0[column].isFigure }
        }
    }

    /// The report's sections, in order; the dashboard shows them one per page.
    public enum Section: String, Sendable, CaseIterable {
        case changes, framework, pillars, coreGroup, advice, plan, conferences, funds, timeline
    }

    public let title: String
    public let blocks: [Block]

    public init(_ report: ProgressReport) {
        let words = Words(report.language)
        title = "\(words.progressReport) — \(report.programme)"
        var blocks: [Block] = [
            .heading(level: 1, text: title, id: nil),
            .paragraph(
                words.clocks(
                    asOf: report.asOf, happenedBy: report.happenedBy != nil, position: report.position,
                    recordedOn: report.recordedOn) + " " + words.chainHash(report.headHash)
            ),
        ]
        for section in Section.allCases { blocks += Self.blocks(section, of: report) }
        blocks.append(.paragraph(words.smallCounts))
        self.blocks = blocks
    }

    /// The blocks of one section, starting with its heading.
    public static func blocks(_ section: Section, of report: ProgressReport) -> [Block] {
        let words = Words(report.language)
        switch section {
        case .changes: return changes(report, words)
        case .framework: return framework(report, words)
        case .pillars: return pillars(report, words)
        case .coreGroup: return coreGroup(report, words)
        case .advice: return advice(report, words)
        case .plan: return plan(report, words)
        case .conferences: return conferences(report, words)
        case .funds: return funds(report, words)
        case .timeline:
            return [
                .heading(level: 2, text: words.timeline, id: "timeline"),
                .table(
                    Table(
                        section: "timeline", caption: words.timelineCaption, header: [words.date, words.event],
                        rows: report.timeline.entries.map { [.day($0.date), .text($0.text)] })),
            ]
        }
    }

    /// The rows of a ``ProgressReport/Changes``.
    private static func changeRows(_ changes: ProgressReport.Changes, _ words: Words) -> [[TableCell]] {
        [
            [.text(words.eventsInLog), .integer(changes.events)],
            [
                .text(words.newDecisions),
                .text(changes.decisions.isEmpty ? words.none : changes.decisions.joined(separator: ", ")),
            ],
            [.text(words.newInputs), .count(changes.inputsCollected)],
            [.text(words.inputsAnswered), .count(changes.inputsAnswered)],
            [.text(words.newMeasurements), .integer(Int64(changes.measurements))],
            [.text(words.planDecisions), .integer(Int64(changes.planDecisions))],
            [.text(words.spent), .money(changes.spent)],
            [.text(words.newRegistrations), .count(changes.registrations)],
        ]
    }

    private static func changes(_ report: ProgressReport, _ words: Words) -> [Block] {
        guard let previous = report.previous, let changes = report.changes else {
            return [.paragraph(words.firstReport)]
        }
        return [
            .heading(
                level: 2, text: "\(words.changesSince) \(previous.report) (\(words.day(previous.date)))", id: "changes"),
            .table(
                Table(
                    section: "changes", caption: "\(words.changesSince) \(previous.report)",
                    header: [words.subject, words.change], rows: changeRows(changes, words))),
        ] + corrections(report, words)
    }

    /// What was recorded late about the previous report's period: how it changes that report's
    /// figures, and the notable facts with the day each happened.
    private static func corrections(_ report: ProgressReport, _ words: Words) -> [Block] {
        guard let previous = report.previous, let corrections = report.corrections else { return [] }
        var blocks: [Block] = [
            .heading(level: 3, text: "\(words.corrections): \(previous.report)", id: "corrections"),
            .paragraph(
                words.correctionsIntro(corrections.facts, through: corrections.through, report: previous.report)),
        ]
        guard corrections.facts > 0 else { return blocks }
        blocks.append(
            .table(
                Table(
                    section: "corrections", caption: words.correctionsCaption(previous.report),
                    header: [words.subject, words.change], rows: changeRows(corrections.changes, words))))
        if !corrections.entries.isEmpty {
            blocks.append(
                .table(
                    Table(
                        section: "corrections recorded late", caption: words.lateFactsCaption,
                        header: [words.date, words.position, words.event],
                        rows: corrections.entries.map { [.day($0.date), .integer($0.position), .text($0.text)] })))
        }
        return blocks
    }

    private static func framework(_ report: ProgressReport, _ words: Words) -> [Block] {
        var blocks: [Block] = [
            .heading(level: 2, text: "\(words.framework) — \(report.framework.title)", id: "framework")
        ]
        for goal in report.framework.goals {
            blocks.append(.heading(level: 3, text: "\(goal.id) \(goal.title)", id: nil))
            blocks.append(
                .paragraph(
                    "\(words.indicator): \(goal.indicator) (\(goal.unit)). \(words.baseline) \(goal.baselineYear): "
                        + "\(words.number(goal.baseline)). \(words.status): \(words.goalStatus(goal.status)); "
                        + "\(words.trend): \(words.trend(goal.trend))."))
            blocks.append(
                .chart(
                    id: "goal-\(goal.id)",
                    BarChart(
                        title: "\(goal.id) \(goal.title)",
                        summary:
                            "\(words.target) / \(words.measured) \(words.year) \(report.framework.firstYear)–\(report.framework.lastYear)",
                        categories: goal.years.map { String($0.year) },
                        series: [
                            .init(name: words.target, values: goal.years.map(\.target), outlined: true),
                            .init(name: words.measured, values: goal.years.map(\.measured)),
                        ], unit: goal.unit == "%" ? "%" : "", language: words.language)))
            blocks.append(
                .table(
                    Table(
                        section: "framework \(goal.id)",
                        caption: "\(goal.id) \(goal.title): \(words.targetAndMeasured)",
                        header: [words.year, words.target, words.measured],
                        rows: goal.years.map { [.text(String($0.year)), .number($0.target), .number($0.measured)] }))
            )
        }
        return blocks
    }

    private static func pillars(_ report: ProgressReport, _ words: Words) -> [Block] {
        let pillars = report.pillars.pillars
        var blocks: [Block] = [.heading(level: 2, text: words.pillars, id: "pillars")]
        let quarters = Array(Set(report.pillars.perQuarter.map(\.quarter))).sorted()
        func count(quarter: String, pillar: Int) -> PersonCount? {
            report.pillars.perQuarter.first { $0.quarter == quarter && $0.pillar == pillar }?.inputs
        }
        blocks.append(
            .chart(
                id: "inputs-per-quarter",
                BarChart(
                    title: words.inputs, summary: "\(words.inputs) / \(words.pillar)",
                    categories: quarters.map(words.quarter),
                    series: pillars.map { pillar in
                        let counts = quarters.map { count(quarter: $0, pillar: pillar.number) }
                        return .init(
                            name: "\(words.pillar) \(pillar.number)", values: counts.map { $0?.value.map(Double.init) },
                            marks: counts.map { $0?.isHidden == true ? $0?.description : nil })
                    }, stacked: true, language: words.language)))
        blocks.append(
            .table(
                Table(
                    section: "inputs per quarter", caption: words.inputsPerQuarterCaption,
                    header: [words.quarter] + pillars.map { "\(words.pillar) \($0.number)" },
                    rows: quarters.map { quarter in
                        [.text(words.quarter(quarter))]
                            + pillars.map { .count(count(quarter: quarter, pillar: $0.number) ?? PersonCount(0)) }
                    })))
        blocks.append(
            .table(
                Table(
                    section: "pillars", caption: words.pillarsCaption,
                    header: [
                        words.pillar, words.inputs, words.takenUp, words.declined, words.open, words.feedbackGiven,
                        words.medianDaysToFeedback,
                    ],
                    rows: pillars.map {
                        [
                            "\($0.number) \($0.name)", .count($0.inputs), .count($0.funnel.takenUp),
                            .count($0.funnel.declined), .count($0.funnel.open), .count($0.funnel.feedbackGiven),
                            .number($0.medianDaysToFeedback.map(Double.init)),
                        ]
                    })))
        return blocks
    }

    private static func coreGroup(_ report: ProgressReport, _ words: Words) -> [Block] {
        let group = report.coreGroup
        return [
            .heading(level: 2, text: words.coreGroup, id: "core-group"),
            .table(
                Table(
                    section: "core group", caption: words.membersCaption,
                    header: [words.constituencyHeader, words.members],
                    rows: group.members.keys.sorted().map {
                        [.text(words.constituency($0)), .count(group.members[$0]!)]
                    }
                        + [[.text(words.total), .count(group.activeMembers)]])),
            .table(
                Table(
                    section: "decisions", caption: words.decisionsCaption,
                    header: [words.decision, words.date, words.outcome, words.level, words.status],
                    rows: group.decisions.map {
                        [
                            "\($0.id) \($0.title)", .day($0.date), .text($0.outcome.name(report.language)),
                            .text(words.level($0.participationLevel)), .text(words.decisionStatus($0.status)),
                        ]
                    })),
        ]
    }

    private static func plan(_ report: ProgressReport, _ words: Words) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: words.plan, id: "plan")]
        for version in report.plan.versions {
            let status =
                version.submitted == nil
                ? "" : ": \(words.adoptedBy) \(version.adopted) \(words.of) \(version.municipalities)"
            blocks.append(.paragraph("\(words.version) \(version.version) — \(version.title)\(status)"))
            if version.submitted != nil {
                blocks.append(
                    .table(
                        Table(
                            section: "plan \(version.version)",
                            caption: "\(words.version) \(version.version): \(words.municipalDecisions)",
                            header: [words.municipality, words.outcome, words.date],
                            rows: version.decisions.map {
                                [
                                    .text($0.name), .text($0.outcome?.name(report.language) ?? words.pending),
                                    .day($0.date),
                                ]
                            })))
            }
        }
        return blocks
    }

    private static func conferences(_ report: ProgressReport, _ words: Words) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: words.conferences, id: "conferences")]
        for conference in report.conferences.conferences {
            blocks.append(
                .paragraph(
                    "\(conference.id) \(conference.title), \(words.day(conference.date)), \(conference.venue). "
                        + "\(words.capacity) \(conference.capacity); \(words.registrations.lowercased()) \(conference.registrations)."
                ))
            blocks.append(
                .table(
                    Table(
                        section: "conference \(conference.id)",
                        caption: "\(conference.title): \(words.registrationsCaption)",
                        header: [words.categoryHeader] + ConferenceView.statuses.map(words.registrationStatus),
                        rows: conference.byCategory.keys.sorted().map { category in
                            [.text(words.category(category))]
                                + ConferenceView.statuses.map {
                                    .count(conference.byCategory[category]?[$0] ?? PersonCount(0))
                                }
                        } + [
                            [.text(words.total)]
                                + ConferenceView.statuses.map { .count(conference.byStatus[$0] ?? PersonCount(0)) }
                        ])))
        }
        return blocks
    }

    private static func funds(_ report: ProgressReport, _ words: Words) -> [Block] {
        let funds = report.funds
        var blocks: [Block] = [.heading(level: 2, text: words.funds, id: "funds")]
        blocks.append(
            .chart(
                id: "funds",
                BarChart(
                    title: words.funds, summary: "\(words.awarded), \(words.received), \(words.spent)",
                    categories: funds.subsidies.map(\.id),
                    series: [
                        .init(
                            name: words.awarded, values: funds.subsidies.map { Double($0.awarded.value) / 100 },
                            outlined: true),
                        .init(name: words.received, values: funds.subsidies.map { Double($0.received.value) / 100 }),
                        .init(name: words.spent, values: funds.subsidies.map { Double($0.spent.value) / 100 }),
                    ], unit: " €", language: words.language)))
        blocks.append(
            .table(
                Table(
                    section: "funds", caption: words.fundsCaption,
                    header: [
                        words.subsidy, words.awarded, words.received, words.spent, words.toReceive, words.cashBalance,
                        words.budgetLeft,
                    ],
                    rows: funds.subsidies.map {
                        ["\($0.id) \($0.funder)"]
                            + [$0.awarded, $0.received, $0.spent, $0.toReceive, $0.cashBalance, $0.budgetLeft].map(
                                TableCell.money)
                    } + [
                        [.text(words.total)]
                            + [
                                funds.totals.awarded, funds.totals.received, funds.totals.spent, funds.totals.toReceive,
                                funds.totals.cashBalance, funds.totals.budgetLeft,
                            ].map(TableCell.money)
                    ])))
        if funds.totals.prefinanced > .zero {
            blocks.append(.paragraph(words.prefinancedNote(funds.totals.prefinanced)))
        }
        blocks.append(
            .table(
                Table(
                    section: "funds per pillar", caption: words.spentPerPillarCaption,
                    header: [words.pillar, words.spent],
                    rows: funds.totals.spentPerPillar.keys.sorted().map {
                        [.text($0), .money(funds.totals.spentPerPillar[$0]!)]
                    })))
        return blocks
    }
}
