import Program

/// "Wat is er met onze inbreng gedaan?" as blocks: per input, what became of it (a table); per
/// advice, its course; per decision, the inputs and advice behind it (a list each) — the last two
/// (`withDecisions`) on the first of the inputs' pages only.
public enum LineageDocument {
    public static func blocks(_ lineage: LineageView, language: Language, withDecisions: Bool = true)
        -> [ReportDocument.Block]
    {
        let words = Words(language)
        var blocks: [ReportDocument.Block] = [
            .heading(level: 2, text: words.perInput, id: "inputs"),
            .table(
                ReportDocument.Table(
                    section: "lineage inputs",
                    caption: words.lineageInputsCaption,
                    header: [
                        words.inputs, words.pillar, words.date, words.whatWasAsked, words.whatWasDone,
                        words.feedbackGiven,
                    ],
                    rows: lineage.inputs.map { input in
                        [
                            .text(input.id), .text(String(input.pillar)), .day(input.collected), .text(input.summary),
                            .text(outcome(input, words: words)),
                            .text(
                                input.feedback.first.map {
                                    "\(words.day($0.date)) (\(words.channel($0.channel.rawValue)))"
                                }
                                    ?? "–"),
                        ]
                    })),
        ]
        guard withDecisions else { return blocks }
        if let advice = lineage.advice, !advice.isEmpty {
            blocks.append(.heading(level: 2, text: words.perAdvice, id: "advice"))
            blocks.append(.paragraph(words.lineageAdviceCaption))
            blocks += advice.map { ReportDocument.course(of: $0, words) }
        }
        // Per decision a heading and its inputs as a list: on a phone a third column of a table
        // would be a finger wide.
        blocks.append(.heading(level: 2, text: words.perDecision, id: "decisions"))
        blocks.append(.paragraph(words.lineageDecisionsCaption))
        for decision in lineage.decisions {
            blocks.append(
                .heading(level: 3, text: "\(decision.id) \(decision.title) (\(words.day(decision.date)))", id: nil))
            blocks.append(
                decision.inputs.isEmpty
                    ? .paragraph(words.noInputsBehind)
                    : .list(
                        decision.inputs.map { "\($0.id): \($0.summary)" },
                        folded: words.inputsBehind(decision.inputs.count)))
            if let advice = decision.advice, !advice.isEmpty {
                blocks.append(
                    .list(
                        advice.map { brief in
                            let outcome = brief.outcome.map { " (\($0.name(words.language)))" } ?? ""
                            return "\(brief.id) \(brief.body): \(brief.title)\(outcome)"
                        },
                        folded: words.adviceBehind(advice.count)))
            }
        }
        return blocks
    }

    private static func outcome(_ input: InputLineage, words: Words) -> String {
        if let declined = input.declined { return "\(words.declined): \(declined.reason)" }
        if input.uses.isEmpty { return words.open }
        return "\(words.takenUp): " + input.uses.map(words.use).joined(separator: "; ")
    }
}
