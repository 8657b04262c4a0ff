import Program

/// "Wat is er met onze inbreng gedaan?" as blocks: per input, what became of it, and per
/// decision, the inputs behind it.
public enum LineageDocument {
    public static func blocks(_ lineage: LineageView, language: Language) -> [ReportDocument.Block] {
        let words = Words(language)
        let dutch = language == .dutch
        var blocks: [ReportDocument.Block] = [
            .heading(level: 2, text: dutch ? "Per inbreng" : "Per input", id: "inputs"),
            .table(
                ReportDocument.Table(
                    section: "lineage inputs",
                    caption: dutch
                        ? "Per inbreng: wat werd gevraagd, wat is ermee gedaan en wanneer is teruggekoppeld"
                        : "Per input: what was asked, what was done with it and when feedback was given",
                    header: [
                        words.inputs, words.pillar, words.date, dutch ? "Wat vroegen zij?" : "What was asked?",
                        dutch ? "Wat is ermee gedaan?" : "What was done?", words.feedbackGiven,
                    ],
                    rows: lineage.inputs.map { input in
                        [
                            .text(input.id), .text(String(input.pillar)), .day(input.collected), .text(input.summary),
                            .text(outcome(input, words: words, dutch: dutch)),
                            .text(
                                input.feedback.first.map {
                                    "\(words.day($0.date)) (\(words.channel($0.channel.rawValue)))"
                                }
                                    ?? "–"),
                        ]
                    })),
            .heading(level: 2, text: dutch ? "Per besluit" : "Per decision", id: "decisions"),
        ]
        blocks.append(
            .table(
                ReportDocument.Table(
                    section: "lineage decisions",
                    caption: dutch ? "Per besluit: de inbreng waarop het steunt" : "Per decision: the inputs behind it",
                    header: [words.decision, words.date, words.inputs],
                    rows: lineage.decisions.map { decision in
                        [
                            "\(decision.id) \(decision.title)", .day(decision.date),
                            .text(decision.inputs.map { "\($0.id): \($0.summary)" }.joined(separator: " · ")),
                        ]
                    })))
        return blocks
    }

    private static func outcome(_ input: InputLineage, words: Words, dutch: Bool) -> String {
        if let declined = input.declined { return "\(words.declined): \(declined.reason)" }
        if input.uses.isEmpty { return words.open }
        return "\(words.takenUp): " + input.uses.map { "\($0.id) \($0.title)" }.joined(separator: "; ")
    }
}
