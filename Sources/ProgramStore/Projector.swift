import EventStore
import Foundation
import Program
import Projections

/// Builds ``ProgrammeProjection``s from a log: from scratch, from a checkpoint, or by catching up.
public enum Projector {
    /// The checkpoint's name in the store.
    public static let checkpointName = "programme-projection"

    /// The projection through `last` (default: the head), starting from the saved checkpoint when
    /// it fits: same projection version, a position at or before `last`, and the log still has the
    /// checkpoint's chain hash at that position. Otherwise it folds from position 1.
    public static func build(
        from log: EventStore, through last: Int64? = nil, progress: ((Int64) -> Void)? = nil
    ) throws -> ProgrammeProjection {
        var projection = try checkpoint(in: log, notAfter: last) ?? ProgrammeProjection()
        try catchUp(&projection, from: log, through: last, progress: progress)
        return projection
    }

    /// The saved checkpoint, if it fits the log and is not after `last`.
    public static func checkpoint(in log: EventStore, notAfter last: Int64? = nil) throws -> ProgrammeProjection? {
        guard let saved = try log.savedState(named: checkpointName), saved.version == ProgrammeProjection.version,
            saved.position <= last ?? .max, try log.chainHash(at: saved.position) == saved.chainHash
        else { return nil }
        return try? JSONDecoder().decode(ProgrammeProjection.self, from: saved.state)
    }

    /// Applies the events after the projection's position, through `last` (default: the head).
    public static func catchUp(
        _ projection: inout ProgrammeProjection, from log: EventStore, through last: Int64? = nil,
        progress: ((Int64) -> Void)? = nil
    ) throws {
        let decoder = JSONDecoder()
        var applied = 0
        try log.scan(from: projection.position + 1, through: last) { stored in
            try apply(stored, to: &projection, decoder: decoder)
            applied += 1
            if applied % 50_000 == 0 { progress?(stored.position) }
        }
    }

    /// Applies one stored event.
    public static func apply(_ stored: StoredEvent, to projection: inout ProgrammeProjection, decoder: JSONDecoder)
        throws
    {
        let event = try ProgrammeStore.decode(stored, decoder: decoder)
        projection.apply(
            event, position: stored.position, headHash: stored.chainHash.hex,
            recordedAt: Instant(stored.metadata.recordedAt))
    }

    /// Saves the projection as the store's checkpoint.
    public static func saveCheckpoint(_ projection: ProgrammeProjection, to log: EventStore) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let hash = EventHash(hex: projection.headHash) else { return }
        try log.save(
            SavedState(
                name: checkpointName, version: ProgrammeProjection.version, position: projection.position,
                chainHash: hash, state: try encoder.encode(projection)))
    }
}
