import Crypto
import EventStore
import Foundation
import Program
import ProgramStore
import Projections

/// Progress reports built from a log, by its two clocks: what had happened by a day, as the log
/// had recorded it by a position (default: the head).
public enum ProgressReports {
    /// How much of the log a view reads: all of it, through a position, or what had been
    /// recorded by the end of a day (Europe/Amsterdam).
    public enum Recorded: Sendable, Hashable {
        case head
        case position(Int64)
        case endOf(Day)
    }

    /// A view of the log by both clocks: what had happened by the end of ``happenedBy`` (every
    /// fact when `nil`), as the log had recorded it by ``recorded``.
    public struct Moment: Sendable, Hashable {
        public var recorded: Recorded
        public var happenedBy: Day?

        public init(recorded: Recorded = .head, happenedBy: Day? = nil) {
            self.recorded = recorded
            self.happenedBy = happenedBy
        }

        /// Everything the log holds now.
        public static let now = Moment()

        /// Everything the log had recorded through `position`.
        public static func position(_ position: Int64) -> Moment { Moment(recorded: .position(position)) }
    }

    /// The log position a view reads through; throws when a position lies beyond the head.
    public static func position(of recorded: Recorded, in log: some EventLog) throws -> Int64 {
        let head = try log.head().position
        switch recorded {
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

    /// The report at `position` (what had happened by `happenedBy`, when given), with what changed
    /// since the report published before it and what was recorded late about that report's period.
    public static func build(
        from log: some EventLog, through position: Int64, happenedBy: Day? = nil, language: Language,
        progress: ((Int64) -> Void)? = nil
    ) throws -> ProgressReport {
        let projection = try Projector.build(from: log, through: position, happenedBy: happenedBy, progress: progress)
        let previous = try ProgressReport.previousReport(in: projection).map { published in
            let then = try Projector.build(from: log, through: published.position, happenedBy: published.happenedBy)
            let now = try Projector.build(from: log, through: position, happenedBy: then.asOfDay)
            return ProgressReport.Previous(then: then, now: now)
        }
        return ProgressReport(projection, previous: previous, language: language)
    }

    /// SHA-256 of a rendered report, lowercase hex.
    public static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
