import EventStore
import Foundation
import Hummingbird
import ProgramStore
import Projections
import Synchronization

/// Finds the snapshot a request asks for: the live one, or the log as it stood at an earlier
/// moment (`?as_of=`), built once and kept for the next requests.
///
/// It keeps up to 8 of them, fewer when they are large: at most `keepRecords` registrations
/// and inputs in all. The least recently used goes first; the last one asked for always stays.
final class SnapshotSource: Sendable {
    let log: EventStore
    let live: LiveProjection
    private let past = Mutex<(snapshots: [Int64: (snapshot: Snapshot, used: Int)], uses: Int)>(([:], 0))
    private let keep = 8
    private let keepRecords: Int

    init(log: EventStore, live: LiveProjection, keepRecords: Int = 250_000) {
        self.log = log
        self.live = live
        self.keepRecords = keepRecords
    }

    /// The snapshot for `moment`; a position beyond the served head is a 400.
    func snapshot(at moment: ProgressReports.Moment) async throws -> Snapshot {
        let current = live.snapshot
        let position: Int64
        switch moment {
        case .head:
            return current
        case .position(let requested):
            guard requested <= current.position else {
                throw HTTPError(
                    .badRequest, message: "as_of: position \(requested) is beyond the log's head (\(current.position))")
            }
            position = requested
        case .endOf(let day):
            position = try await log.offload { try ProgressReports.position(of: .endOf(day), in: $0) }
        }
        if position >= current.position { return current }
        let kept = past.withLock { past -> Snapshot? in
            past.uses += 1
            past.snapshots[position]?.used = past.uses
            return past.snapshots[position]?.snapshot
        }
        if let kept { return kept }
        let projection = try await log.offload { try Projector.build(from: $0, through: position) }
        let snapshot = Snapshot(projection)
        past.withLock { past in
            past.uses += 1
            past.snapshots[position] = (snapshot, past.uses)
            func records() -> Int { past.snapshots.values.reduce(0) { $0 + $1.snapshot.projection.state.recordCount } }
            while past.snapshots.count > 1, past.snapshots.count > keep || records() > keepRecords,
                let stalest = past.snapshots.min(by: { $0.value.used < $1.value.used })?.key
            {
                past.snapshots.removeValue(forKey: stalest)
            }
        }
        return snapshot
    }

    /// The positions of the past snapshots it keeps, least recently used first.
    var kept: [Int64] { past.withLock { $0.snapshots.sorted { $0.value.used < $1.value.used }.map(\.key) } }
}
