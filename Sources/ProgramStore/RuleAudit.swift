import EventStore
import Foundation
import Program

/// Proves that the log obeys the programme's rules: each event is what the rules decide, from
/// the events before it, for the command it records — the same rules, in the same order, with
/// the clock at the moment it was recorded and the member who recorded it (``RuleReplay``).
///
/// An event appended past the rules (with correct hashes, so that `verify` passes) is named:
/// an expenditure beyond the award, a decision without quorum, a fact dated before what it
/// refers to, an event in another stream than its own.
public enum RuleAudit {
    /// The first event that the rules would not have recorded.
    public struct Breach: Error, Sendable, Hashable, CustomStringConvertible {
        public var position: Int64
        public var type: String
        public var reason: String

        public var description: String {
            "the event at position \(position) (\(type)) breaks the programme's rules: \(reason)"
        }
    }

    /// Replays every event of `log` through the rules, in order; the first breach, or `nil`
    /// when every event follows them. Throws when an event cannot be read.
    public static func check(_ log: some EventLog, progress: ((Int64) -> Void)? = nil) throws -> Breach? {
        var replay = RuleReplay()
        var last: StoredEvent?
        var next: Int64 = 1
        while true {
            let page = try log.read(from: next, limit: 1000)
            for stored in page {
                let event = try ProgrammeStore.decode(stored)
                let breach = { (reason: String) in Breach(position: stored.position, type: stored.type, reason: reason)
                }
                if stored.stream != event.stream {
                    return breach("it belongs to the stream \(event.stream), not \(stored.stream)")
                }
                let actor = stored.metadata.actor == ProgrammeStore.setupActor ? nil : MemberID(stored.metadata.actor)
                if let reason = replay.check(
                    event, recordedBy: actor, at: Instant(stored.metadata.recordedAt), position: stored.position)
                {
                    return breach(reason)
                }
                last = stored
            }
            guard let end = page.last, page.count == 1000 else { break }
            next = end.position + 1
            progress?(end.position)
        }
        if let last, let reason = replay.unfinished {
            return Breach(position: last.position, type: last.type, reason: reason)
        }
        return nil
    }
}
