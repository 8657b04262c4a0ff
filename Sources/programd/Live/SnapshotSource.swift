import EventStore
import Foundation
import Hummingbird
import Program
import ProgramStore
import Projections
import Reporting
import Synchronization

/// Finds the snapshot a request asks for: the live one, or a view by the two clocks (`?as_of=`,
/// `?recorded_by=`), built once and kept for the next requests.
///
/// It keeps up to 8 of them, fewer when they are large: at most `keepRecords` registrations
/// and inputs in all. The least recently used goes first; the last one asked for always stays.
final class SnapshotSource: Sendable {
    /// A view: what had happened by a day (any, when `nil`), as recorded through a position.
    private struct View: Hashable {
        var position: Int64
        var happenedBy: Day?
    }

    let log: any EventLog
    let live: LiveProjection
    /// What became of the store's saved projection at start-up.
    let checkpoint: CheckpointStatus
    private let past = Mutex<(snapshots: [View: (snapshot: Snapshot, used: Int)], uses: Int)>(([:], 0))
    private let keep = 8
    private let keepRecords: Int

    init(
        log: any EventLog, live: LiveProjection, checkpoint: CheckpointStatus = CheckpointStatus(.none),
        keepRecords: Int = 250_000
    ) {
        self.log = log
        self.live = live
        self.checkpoint = checkpoint
        self.keepRecords = keepRecords
    }

    /// The snapshot for `moment`; a position beyond the served head is a 400.
    func snapshot(at moment: ProgressReports.Moment) async throws -> Snapshot {
        let current = live.snapshot
        let requested: Int64
        switch moment.recorded {
        case .head:
            requested = current.position
        case .position(let position):
            guard position <= current.position else {
                throw InvalidParameter(
                    name: "as_of", value: String(position),
                    rule: .beyondHead(position: position, head: current.position))
            }
            requested = position
        case .endOf(let day):
            requested = try await log.offload { try ProgressReports.position(of: .endOf(day), in: $0) }
        }
        let position = min(requested, current.position)
        if position == current.position, moment.happenedBy == nil { return current }
        let view = View(position: position, happenedBy: moment.happenedBy)
        let kept = past.withLock { past -> Snapshot? in
            past.uses += 1
            past.snapshots[view]?.used = past.uses
            return past.snapshots[view]?.snapshot
        }
        if let kept { return kept }
        // A view of the same day read less far (the previous report's day as the head moves on)
        // is caught up from where it stands instead of folded again from position 1.
        let earlier = past.withLock { past in
            past.snapshots.filter { $0.key.happenedBy == moment.happenedBy && $0.key.position < position }
                .max { $0.key.position < $1.key.position }?.value.snapshot.projection
        }
        let projection = try await log.offload { log in
            guard var projection = earlier else {
                return try Projector.build(from: log, through: position, happenedBy: moment.happenedBy)
            }
            try Projector.catchUp(&projection, from: log, through: position)
            return projection
        }
        let snapshot = Snapshot(projection)
        past.withLock { past in
            past.uses += 1
            past.snapshots[view] = (snapshot, past.uses)
            func records() -> Int { past.snapshots.values.reduce(0) { $0 + $1.snapshot.projection.state.recordCount } }
            while past.snapshots.count > 1, past.snapshots.count > keep || records() > keepRecords,
                let stalest = past.snapshots.min(by: { $0.value.used < $1.value.used })?.key
            {
                past.snapshots.removeValue(forKey: stalest)
            }
        }
        return snapshot
    }

    /// The previous published report's view as it was built and as the log tells it now through
    /// `projection`'s position: for "what changed since" and "recorded late".
    func previous(for projection: ProgrammeProjection) async throws -> ProgressReport.Previous? {
        guard let published = ProgressReport.previousReport(in: projection) else { return nil }
        let then = try await snapshot(
            at: .init(recorded: .position(published.position), happenedBy: published.happenedBy)
        ).projection
        let now = try await snapshot(at: .init(recorded: .position(projection.position), happenedBy: then.asOfDay))
        return ProgressReport.Previous(then: then, now: now.projection)
    }

    /// The positions of the past snapshots it keeps, least recently used first.
    var kept: [Int64] { past.withLock { $0.snapshots.sorted { $0.value.used < $1.value.used }.map(\.key.position) } }
}
