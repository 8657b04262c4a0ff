import Program

/// The advice section: the participation bodies, their advice per year, what is open or overdue
/// now, and what became of each advice. Only in reports of programmes with bodies or advice.
extension ReportDocument {
    static func advice(_ report: ProgressReport, _ words: Words) -> [Block] {
        guard let view = report.advice else { return [] }
        var blocks: [Block] = [
            .heading(level: 2, text: words.advice, id: "advice"),
            .paragraph(words.adviceIntro(responseDays: view.responseDays, asOf: view.asOf)),
        ]
        func overdue(_ overdue: AdviceOverdue) -> [TableCell] {
            [
                .count(overdue.openRequests), .count(overdue.requestsOverdue), .count(overdue.awaitingResponse),
                .count(overdue.responsesOverdue),
            ]
        }
        blocks.append(
            .table(
                Table(
                    section: "advice bodies", caption: words.bodiesCaption,
                    header: [words.body, words.typeOfBody, words.since, words.members],
                    rows: view.bodies.map { body in
                        [
                            .text(body.name), .text(words.bodyType(body.type)), .day(body.established),
                            .count(body.members),
                        ]
                    })))
        blocks.append(
            .table(
                Table(
                    section: "advice open per body", caption: words.openPerBodyCaption,
                    header: [
                        words.body, words.openRequests, words.requestsOverdue, words.awaitingResponse,
                        words.responsesOverdue,
                    ],
                    rows: view.bodies.map { [.text($0.name)] + overdue($0.overdue) }
                        + [[.text(words.allBodies)] + overdue(view.overdue)])))
        let perYear =
            view.bodies.flatMap { body in body.years.map { (body.name, $0) } }
            + view.years.map { (words.allBodies, $0) }
        blocks.append(
            .table(
                Table(
                    section: "advice per year", caption: words.adviceFiguresCaption,
                    header: [
                        words.body, words.year, words.given, words.requested, words.unrequested, words.adopted,
                        words.adoptedInPart, words.notAdopted, words.unanswered, words.medianDaysToResponse,
                    ],
                    rows: perYear.map { name, year in
                        [
                            .text(name), .text(String(year.year)), .count(year.given), .count(year.requested),
                            .count(year.unrequested), .count(year.outcomes.adopted),
                            .count(year.outcomes.adoptedInPart),
                            .count(year.outcomes.notAdopted), .count(year.outcomes.unanswered),
                            .number(year.medianDaysToResponse.map(Double.init)),
                        ]
                    })))
        blocks.append(
            .table(
                Table(
                    section: "advice shares", caption: words.adviceSharesCaption,
                    header: [
                        words.body, words.year, words.percent(words.adopted), words.percent(words.adoptedInPart),
                        words.percent(words.notAdopted),
                    ],
                    rows: perYear.map { name, year in
                        [.text(name), .text(String(year.year))]
                            + [year.shares.adopted, year.shares.adoptedInPart, year.shares.notAdopted].map {
                                .number($0.map(Double.init))
                            }
                    })))
        let open = view.advice.filter(\.status.isOpen)
        blocks.append(.heading(level: 3, text: words.adviceOpenHeading, id: "advice-open"))
        blocks.append(
            open.isEmpty
                ? .paragraph(words.noAdviceOpen)
                : .table(
                    Table(
                        section: "advice open", caption: words.adviceOpenCaption,
                        header: [words.adviceTitle, words.body, words.addressee, words.status, words.due],
                        rows: open.map { entry in
                            [
                                .text("\(entry.id) \(entry.title)"), .text(entry.bodyName),
                                .text(words.addressee(entry.addressee, entry.addresseeName)),
                                .text(words.adviceStatus(entry.status)),
                                .day(entry.givenOn == nil ? entry.due : entry.responseDue),
                            ]
                        })))
        let answered = view.advice.filter { $0.outcome != nil }
        blocks.append(.heading(level: 3, text: words.adviceFollowUpCaption, id: "advice-follow-up"))
        if answered.isEmpty { blocks.append(.paragraph(words.noAdviceAnswered)) }
        blocks += answered.map { course(of: $0, words) }
        return blocks
    }

    /// The course of one advice as a folded list: its id, title and status, and a line per step.
    static func course(of entry: AdviceEntry, _ words: Words) -> Block {
        .list(words.course(of: entry), folded: "\(entry.id) \(entry.title): \(words.adviceStatus(entry.status))")
    }
}
