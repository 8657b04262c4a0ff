import Program

/// "Wat is er met onze inbreng gedaan?" as blocks: per input, what became of it, and per
/// decision, the inputs behind it (`withDecisions`: on the first of the inputs' pages only).
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
        blocks.append(.heading(level: 2, text: words.perDecision, id: "decisions"))
        blocks.append(
            .table(
                ReportDocument.Table(
                    section: "lineage decisions",
                    caption: words.lineageDecisionsCaption,
                    header: [words.decision, words.date, words.inputs],
                    rows: lineage.decisions.map { decision in
                        [
                            "\(decision.id) \(decision.title)", .day(decision.date),
                            .text(decision.inputs.map { "\($0.id): \($0.summary)" }.joined(separator: " · ")),
                        ]
                    })))
        return blocks
    }

    private static func outcome(_ input: InputLineage, words: Words) -> String {
        if let declined = input.declined { return "\(words.declined): \(declined.reason)" }
        if input.uses.isEmpty { return words.open }
        return "\(words.takenUp): " + input.uses.map(words.use).joined(separator: "; ")
    }
}
