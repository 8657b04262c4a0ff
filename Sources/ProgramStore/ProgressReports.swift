import Crypto
import EventStore
import Foundation
import Program
import Projections

/// Progress reports built from a log: at a position, or as the log stood at the end of a day.
public enum ProgressReports {
    /// Where a report is taken: the head, a position, or the end of a day (Europe/Amsterdam).
    public enum Moment: Sendable, Hashable {
        case head
        case position(Int64)
        case endOf(Day)
    }

    /// The log position a moment stands for; throws when a position lies beyond the head.
    public static func position(of moment: Moment, in log: EventStore) throws -> Int64 {
        let head = try log.head().position
        switch moment {
        case .head:
            return head
        case .position(let position):
            guard (1...max(1, head)).contains(position) else {
                throw RuleViolation("at", "\(position) is not a position of this log (1–\(head))")
            }
            return position
        case .endOf(let day):
            return try log.position(
                recordedAtOrBefore: Instant.startOf(day.adding(days: 1)).date.addingTimeInterval(-0.000_001))
        }
    }

    /// The report at `position`, with what changed since the report published before it.
    public static func build(
        from log: EventStore, through position: Int64, language: Language, progress: ((Int64) -> Void)? = nil
    ) throws -> ProgressReport {
        let projection = try Projector.build(from: log, through: position, progress: progress)
        let previous = try ProgressReport.previousReport(in: projection).map {
            try Projector.build(from: log, through: $0.position)
        }
        return ProgressReport(projection, previous: previous, language: language)
    }

    /// SHA-256 of a rendered report, lowercase hex.
    public static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
