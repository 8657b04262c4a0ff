import EventStore
import Foundation
import Hummingbird
import Program
import ProgramStore
import Projections

/// The Dutch dashboard (English with `?lang=en`): server-rendered pages, no JavaScript, one
/// page per area of the programme, each as of now or as of `?as_of=`.
struct Dashboard {
    let source: SnapshotSource

    /// A page: its path, title, and what it shows.
    struct Page: Sendable {
        var slug: String
        var title: @Sendable (Words) -> String
        var content: Content

        enum Content: Sendable {
            case overview
            case section(ReportDocument.Section)
            case lineage
            case timeline
            case reports
            case accessibility
        }
    }

    /// The inputs the lineage page shows at once; a link leads to the next ones.
    static let inputsPerPage = 25

    static let pages: [Page] = [
        Page(slug: "", title: \.overviewPage, content: .overview),
        Page(slug: "kader", title: \.frameworkPage, content: .section(.framework)),
        Page(slug: "pijlers", title: \.pillars, content: .section(.pillars)),
        Page(slug: "inbreng", title: \.lineage, content: .lineage),
        Page(slug: "kerngroep", title: \.coreGroup, content: .section(.coreGroup)),
        Page(slug: "advies", title: \.advicePage, content: .section(.advice)),
        Page(slug: "plan", title: \.plan, content: .section(.plan)),
        Page(slug: "conferenties", title: \.conferences, content: .section(.conferences)),
        Page(slug: "middelen", title: \.funds, content: .section(.funds)),
        Page(slug: "tijdlijn", title: \.timeline, content: .timeline),
        Page(slug: "rapportage", title: \.reportsPage, content: .reports),
        Page(slug: "toegankelijkheid", title: \.accessibilityPage, content: .accessibility),
    ]

    /// The pages in the navigation; the accessibility statement is linked from every page's footer.
    static var navigation: [Page] { pages.filter { if case .accessibility = $0.content { false } else { true } } }

    func add(to router: Router<AppRequestContext>) {
        for page in Self.pages {
            router.get(RouterPath(page.slug.isEmpty ? "/" : page.slug)) { request, _ in
                let query = Query(request)
                let language = try query.language()
                let first: InputID? = if case .lineage = page.content { try query.inputID("from") } else { nil }
                let year: Int? =
                    if case .timeline = page.content { try query.integer("year", in: 1000...9999).map(Int.init) } else {
                        nil
                    }
                let snapshot = try await source.snapshot(at: try query.moment())
                let previous = try await source.previous(for: snapshot.projection)
                // The footer shows the verification status, so a page is kept per status, too.
                let verification = source.live.verification
                let noSummaries: @Sendable ([Int64]) throws -> [Int64: String] = { _ in [:] }
                let respond = { @Sendable (log: (any EventLog)?) throws -> Response in
                    try Respond.cached(
                        request, snapshot,
                        key:
                            "page-\(page.slug)-\(language.rawValue)-\(query.carried)-\(first?.rawValue ?? "")-\(year ?? 0)-"
                            + verification.key,
                        contentType: "text/html; charset=utf-8"
                    ) {
                        Data(
                            try render(
                                page, snapshot: snapshot, previous: previous, language: language, query: query,
                                from: first, year: year, verification: verification,
                                summaries: log?.inputSummaries ?? noSummaries
                            ).utf8)
                    }
                }
                // Only the lineage page reads the log (for the inputs' summaries), on the store's thread.
                if case .lineage = page.content { return try await source.log.offload(respond) }
                return try respond(nil)
            }
        }
    }

    /// The links to the lineage's previous and next pages, and from a later page to the decisions
    /// on the first.
    private func pageLinks(_ pages: LineagePages, next: String?, slug: String, query: Query, words: Words) -> String {
        func href(from input: String?) -> String {
            guard let input else { return HTML.escape("/\(slug)\(query.carried)") }
            let carried = query.carried.isEmpty ? "?" : query.carried + "&"
            return HTML.escape("/\(slug)\(carried)from=\(input)")
        }
        var links: [String] = []
        if pages.hasPrevious {
            links.append(
                "<li><a href=\"\(href(from: pages.previous?.rawValue))\" rel=\"prev\">\(words.previousInputs)</a></li>")
        }
        if let next { links.append("<li><a href=\"\(href(from: next))\" rel=\"next\">\(words.nextInputs)</a></li>") }
        let decisions =
            pages.isFirst
            ? "" : "<p><a href=\"\(href(from: nil))#decisions\">\(HTML.escape(words.decisionsOnFirstPage))</a></p>"
        guard !links.isEmpty else { return decisions }
        return decisions
            + "<nav aria-label=\"\(HTML.escape(words.inputPages))\"><ul class=\"pager\">\(links.joined())</ul></nav>"
    }

    /// The timeline of one year (by default the latest), with links to the other years: a
    /// programme of many years has a long one.
    private func renderTimeline(
        _ entries: [TimelineView.Entry], year: Int?, slug: String, query: Query, words: Words
    ) -> String {
        let years = Array(Set(entries.map(\.date.year))).sorted()
        guard let shown = year ?? years.last else { return "<p>\(HTML.escape(words.nothingYet))</p>" }
        let carried = query.carried.isEmpty ? "?" : query.carried + "&"
        let links = years.map { other in
            let current = other == shown ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(HTML.escape("/\(slug)\(carried)year=\(other)"))\"\(current)>\(other)</a></li>"
        }
        let rows: [[TableCell]] = entries.filter { $0.date.year == shown }.map { [.day($0.date), .text($0.text)] }
        let table: ReportDocument.Block =
            rows.isEmpty
            ? .paragraph(words.noEvents(in: shown))
            : .table(
                ReportDocument.Table(
                    section: "timeline", caption: words.timelineCaption(shown), header: [words.date, words.event],
                    rows: rows))
        return "<nav aria-label=\"\(HTML.escape(words.years))\"><ul class=\"years\">\(links.joined())</ul></nav>"
            + renderBlocks([table], words.language)
    }

    /// One page, in the layout.
    private func render(
        _ page: Page, snapshot: Snapshot, previous: ProgressReport.Previous?, language: Language, query: Query,
        from first: InputID?, year: Int?, verification status: LiveProjection.Verification,
        summaries: ([Int64]) throws -> [Int64: String]
    ) throws -> String {
        let projection = snapshot.projection
        let words = Words(language)
        let report = ProgressReport(projection, previous: previous, language: language)
        let body: String
        switch page.content {
        case .overview:
            body =
                DashboardTemplates.library.render(
                    overview(projection, report: report, words: words), withTemplate: "overview") ?? ""
        case .section(let section):
            // The page's title stands for the section's heading, so the headings below it move up a level.
            let blocks = ReportDocument.blocks(section, of: report).compactMap { block -> ReportDocument.Block? in
                guard case .heading(let level, let text, let id) = block else { return block }
                return level == 2 ? nil : .heading(level: level - 1, text: text, id: id)
            }
            // A programme without bodies or advice has no advice section: the page says so.
            let none: [ReportDocument.Block] = section == .advice ? [.paragraph(words.noAdviceYet)] : []
            body = renderBlocks(blocks.isEmpty ? none : blocks, language)
        case .lineage:
            let lineage = try LineageView(projection, from: first, limit: Self.inputsPerPage, summaries: summaries)
            let pages = LineagePages(projection.state.inputs, from: first, size: Self.inputsPerPage)
            body =
                (pages.shown.map { "<p>\(HTML.escape(words.inputsShown($0, of: pages.total)))</p>" } ?? "")
                + renderBlocks(
                    LineageDocument.blocks(lineage, language: language, withDecisions: pages.isFirst), language)
                + pageLinks(pages, next: lineage.next, slug: page.slug, query: query, words: words)
        case .timeline:
            body = renderTimeline(report.timeline.entries, year: year, slug: page.slug, query: query, words: words)
        case .reports:
            let asOf = query.asOf.map { "&as_of=\($0)" } ?? ""
            body =
                DashboardTemplates.library.render(
                    [
                        "intro": words.reportsIntro,
                        "formats": ReportFormat.allCases.map { format in
                            [
                                "href":
                                    "\(APIVersion.current.root)/report?format=\(format.rawValue)&lang=\(language.rawValue)\(asOf)",
                                "label": format.rawValue.uppercased(),
                            ]
                        },
                    ], withTemplate: "report-links") ?? ""
        case .accessibility:
            body =
                DashboardTemplates.library.render(["english": language == .english], withTemplate: "accessibility")
                ?? ""
        }
        let verification: String? =
            switch status {
            case .verified: words.logVerified
            case .verifying: words.logVerifying
            case .failed(let failure): words.logFails(at: failure.position)
            }
        let footer: [String: Any] = [
            "clocks": words.clocks(
                asOf: projection.asOfDay, happenedBy: projection.happenedBy != nil, position: projection.position,
                recordedOn: projection.lastRecordedAt.dayInNetherlands),
            "headHash": projection.headHash, "verification": verification as Any, "smallCounts": words.smallCounts,
            "chainHashLabel": words.chainHashLabel,
        ]
        return Self.layout(
            title: page.title(words), programme: report.programme, language: language, path: "/\(page.slug)",
            query: query, form: true, body: body, footer: footer)
    }

    /// A page in the layout: the navigation (carrying `query`'s clocks and language), the as-of
    /// form when `form`, the link to the other language, `body`, and the footer, with `footer`'s
    /// figures (the clocks and the chain hash) when given.
    static func layout(
        title: String, programme: String, language: Language, path: String, query: Query, form: Bool, body: String,
        footer: [String: Any]?
    ) -> String {
        let english = language == .english
        let words = Words(language)
        var context: [String: Any] = [
            "lang": language.rawValue, "english": english, "title": title,
            "programme": programme, "style": BlockTemplates.style, "dashboardStyle": DashboardTemplates.style,
            "skipLabel": words.skipToContent, "navLabel": words.sections,
            "nav": Self.navigation.map { other in
                [
                    "href": "/\(other.slug)\(query.carried)", "label": other.title(words),
                    "current": "/\(other.slug)" == path,
                ] as [String: Any]
            },
            "form": form, "asOfLabel": words.asOf, "asOfValue": query.asOf ?? "",
            "recordedBy": query.recordedBy as Any, "hasAsOf": query.asOf != nil || query.recordedBy != nil,
            "showLabel": words.show, "nowLabel": words.backToNow,
            "otherLanguage": english ? "nl" : "en",
            "otherLanguageHref": path
                + (english
                    ? (query.asOf.map { "?as_of=\($0)" } ?? "")
                    : "?lang=en" + (query.asOf.map { "&as_of=\($0)" } ?? "")),
            "otherLanguageLabel": words.otherLanguage,
            "body": body, "figures": footer != nil,
            "accessibilityHref": "/toegankelijkheid\(query.carried)",
            "accessibilityLabel": words.accessibilityPage,
        ]
        context.merge(footer ?? [:]) { $1 }
        return DashboardTemplates.library.render(context, withTemplate: "layout") ?? ""
    }

    private func renderBlocks(_ blocks: [ReportDocument.Block], _ language: Language) -> String {
        DashboardTemplates.library.render(["blocks": BlockTemplates.context(blocks, language)], withTemplate: "blocks")
            ?? ""
    }

    private func overview(_ projection: ProgrammeProjection, report: ProgressReport, words: Words) -> [String: Any] {
        let overview = Overview(projection)
        var figures: [[String: String]] = [
            ["value": overview.activeMembers.description, "label": words.membersInCoreGroup(overview.activeMembers)],
            ["value": String(overview.decisionsInForce), "label": words.decisionsInForce(overview.decisionsInForce)],
            ["value": overview.inputs.description, "label": words.inputsCollected(overview.inputs)],
            [
                "value": overview.inputsWithFeedback.description,
                "label": words.inputsWithFeedback(overview.inputsWithFeedback),
            ],
        ]
        if let adopted = overview.planAdopted, let total = overview.planMunicipalities {
            figures.append(["value": "\(adopted) \(words.of) \(total)", "label": words.municipalitiesAdopted(total)])
        }
        figures.append(["value": words.money(overview.spent), "label": words.spentOf(overview.awarded)])
        figures.append([
            "value": overview.conferenceCheckedIn.description,
            "label": words.conferenceParticipants(overview.conferenceCheckedIn),
        ])
        if let advice = report.advice {
            let given = advice.advice.count { $0.givenOn != nil }
            let open = advice.advice.count(where: \.status.isOpen)
            figures.append([
                "value": PersonCount(given).description,
                "label": words.adviceGiven(PersonCount(given), open: PersonCount(open)),
            ])
        }
        let goals = GoalStatus.allCases.compactMap { status in
            overview.goals[status.rawValue].map { words.goals($0, status) }
        }.joined(separator: ", ")
        let goalCount = overview.goals.values.reduce(0, +)
        figures.append(["value": String(goalCount), "label": "\(words.goals(goalCount)): \(goals)"])
        let recent = Array(report.timeline.entries.suffix(8).reversed())
        let blocks: [ReportDocument.Block] = [
            .heading(level: 2, text: words.recently, id: "recent"),
            .table(
                ReportDocument.Table(
                    section: "recent", caption: words.latestEvents, header: [words.date, words.event],
                    rows: recent.map { [.day($0.date), .text($0.text)] })),
        ]
        return [
            "frameworkTitle": overview.frameworkTitle, "figures": figures,
            "blocks": BlockTemplates.context(blocks, words.language),
        ]
    }

}
