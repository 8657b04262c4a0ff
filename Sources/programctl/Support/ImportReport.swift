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
            output.print(json: Imported(result))
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

    /// A recorded import as `--json` shows it.
    struct Imported: Encodable {
        struct Counts: Encodable {
            var added: Int
            var alreadyRecorded: Int
            var refused = 0
        }
        /// A row the log holds already, and the id it was recorded as.
        struct Skipped: Encodable {
            var row: Int
            var recordedAs: String
        }
        var alreadyRecorded: Bool
        var rows: Int
        var counts: Counts
        var skipped: [Skipped]
        var events: Int
        var recorded: [EventSummary]

        init(_ result: ImportResult) {
            alreadyRecorded = result.wasAlreadyRecorded
            rows = result.rows.count
            counts = Counts(added: result.added, alreadyRecorded: result.alreadyRecorded)
            skipped = result.rows.compactMap { row in
                guard case .alreadyRecorded(let id) = row.outcome else { return nil }
                return Skipped(row: row.number, recordedAs: id)
            }
            events = result.events.count
            recorded = result.events.map(EventSummary.init)
        }
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
    var details: Details {
        Details(
            rows: result.rows.count, new: result.added, alreadyRecorded: result.alreadyRecorded,
            refused: result.refused.map {
                Details.Row(row: $0.number, column: $0.violation.field, rule: $0.violation.rule)
            })
    }

    /// A refused import's rows as `--json` shows them.
    struct Details: Encodable {
        /// A refused row: its number, the column and the rule.
        struct Row: Encodable {
            var row: Int
            var column: String
            var rule: String
        }
        var rows: Int
        var new: Int
        var alreadyRecorded: Int
        var refused: [Row]
    }
}
