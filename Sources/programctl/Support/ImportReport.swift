import Foundation
import Program
import ProgramStore

/// How an import went, as programctl tells it: rows added, already recorded, refused.
struct ImportReport {
    let result: ImportResult

    /// Prints the outcome of an import that was recorded.
    func print(_ output: Output) {
        let events = result.events
        if output.json {
            output.print(object: [
                "alreadyRecorded": result.wasAlreadyRecorded, "rows": result.rows.count,
                "counts": ["added": result.added, "alreadyRecorded": result.alreadyRecorded, "refused": 0],
                "skipped": result.rows.compactMap { row -> [String: Any]? in
                    guard case .alreadyRecorded(let id) = row.outcome else { return nil }
                    return ["row": row.number, "recordedAs": id]
                },
                "events": events.count, "recorded": events.map(Output.summary),
            ])
            return
        }
        let span =
            events.count == 1
            ? " (position \(events[0].position))"
            : events.first.map { " (positions \($0.position)–\(events.last!.position))" } ?? ""
        let eventCount = events.count == 1 ? "1 event" : "\(events.count) events"
        if result.wasAlreadyRecorded {
            output.print("already imported (same --request-id) as \(eventCount)\(span)")
            return
        }
        let added = result.added == 0 ? "none new" : "\(result.added) added as \(eventCount)\(span)"
        output.print(
            "imported \(result.rows.count) rows: \(added), \(result.alreadyRecorded) already recorded, 0 refused"
                + (result.added == 0 ? "; nothing recorded" : ""))
    }
}

/// An import with refused rows: each refused row named with its column and rule, nothing recorded
/// (exit 65).
struct ImportRefusal: Error, CustomStringConvertible {
    let result: ImportResult

    /// `row 7, column email: …`, one refused row a line, then what the other rows would have been.
    var description: String {
        let refused = result.refused.map { "row \($0.number), column \($0.violation.field): \($0.violation.rule)" }
        let counts =
            "of \(result.rows.count) rows: \(refused.count) refused, \(result.added) new, "
            + "\(result.alreadyRecorded) already recorded"
        return refused.count == 1
            ? "\(refused[0]); nothing was recorded (\(counts))"
            : (refused + ["nothing was recorded (\(counts))"]).joined(separator: "\n  ")
    }

    /// The rows for `--json`.
    var details: [String: Any] {
        [
            "rows": result.rows.count, "new": result.added, "alreadyRecorded": result.alreadyRecorded,
            "refused": result.refused.map {
                ["row": $0.number, "column": $0.violation.field, "rule": $0.violation.rule] as [String: Any]
            },
        ]
    }
}
