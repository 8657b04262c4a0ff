import EventStore
import Foundation
import Hummingbird
import ProgramStore
import Projections
import Synchronization

/// Finds the snapshot a request asks for: the live one, or the log as it stood at an earlier
/// moment (`?as_of=`), built once and kept for the next requests.
final class SnapshotSource: Sendable {
    let log: EventStore
    let live: LiveProjection
    private let past = Mutex<[Int64: Snapshot]>([:])
    private let keep = 8

    init(log: EventStore, live: LiveProjection) {
        self.log = log
        self.live = live
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
        if let kept = past.withLock({ $0[position] }) { return kept }
        let projection = try await log.offload { try Projector.build(from: $0, through: position) }
        let snapshot = Snapshot(projection)
        past.withLock { past in
            if past.count >= keep, let oldest = past.keys.min() { past.removeValue(forKey: oldest) }
            past[position] = snapshot
        }
        return snapshot
    }
}
