import EventStore
import Foundation
import PayloadDecoding
import Program
import Projections

/// Builds ``ProgrammeProjection``s from a log: from scratch, from a checkpoint, or by catching up.
///
/// Decoding payloads is much of a rebuild's work, and each payload decodes on its own, so long
/// spans are read and decoded on other cores while the fold runs, in log order.
public enum Projector {
    /// The checkpoint's name in the store.
    public static let checkpointName = "programme-projection"

    /// The projection through `last` (default: the head), starting from the saved checkpoint when
    /// it fits: same projection version, a position at or before `last`, and the log still has the
    /// checkpoint's chain hash at that position. Otherwise it folds from position 1.
    ///
    /// With `happenedBy`, only the facts that happened by the end of that day are applied
    /// (``ProgrammeProjection/happenedBy``); such a view always folds from position 1.
    public static func build(
        from log: EventStore, through last: Int64? = nil, happenedBy: Day? = nil,
        progress: ((Int64) -> Void)? = nil
    ) throws -> ProgrammeProjection {
        var projection =
            if let happenedBy { ProgrammeProjection(happenedBy: happenedBy) } else {
                try checkpoint(in: log, notAfter: last) ?? ProgrammeProjection()
            }
        try catchUp(&projection, from: log, through: last, progress: progress)
        return projection
    }

    /// The saved checkpoint, if it is authenticated, fits the log and is not after `last`.
    public static func checkpoint(in log: EventStore, notAfter last: Int64? = nil) throws -> ProgrammeProjection? {
        guard case .authentic(let saved) = try log.savedStateCheck(named: checkpointName) else { return nil }
        return try projection(saved, in: log, notAfter: last)
    }

    /// The projection an authenticated saved state holds, if it fits the log and is not after `last`.
    public static func projection(_ saved: SavedState, in log: EventStore, notAfter last: Int64? = nil) throws
        -> ProgrammeProjection?
    {
        guard saved.version == ProgrammeProjection.version, saved.position <= last ?? .max,
            try log.chainHash(at: saved.position) == saved.chainHash
        else { return nil }
        return try? PayloadDecoder().decode(ProgrammeProjection.self, from: saved.state)
    }

    /// Applies the events after the projection's position, through `last` (default: the head).
    /// Long spans are read and decoded ahead while the fold runs (``DecodedPages``).
    public static func catchUp(
        _ projection: inout ProgrammeProjection, from log: EventStore, through last: Int64? = nil,
        progress: ((Int64) -> Void)? = nil
    ) throws {
        let pageSize = 4096
        let end = try last ?? log.head().position
        guard end - projection.position > 2 * Int64(pageSize) else {
            let count = Int(max(0, end - projection.position))
            try apply(log.readRecords(from: projection.position + 1, limit: count), to: &projection)
            return
        }
        let pages = DecodedPages(log: log, from: projection.position + 1, through: end, pageSize: pageSize)
        defer { pages.cancel() }
        while let page = try pages.next() {
            fold(page, into: &projection)
            progress?(projection.position)
        }
    }

    /// Applies consecutive events.
    public static func apply(_ records: [EventRecord], to projection: inout ProgrammeProjection) throws {
        fold(try DecodedPage(records), into: &projection)
    }

    private static func fold(_ page: DecodedPage, into projection: inout ProgrammeProjection) {
        guard !page.events.isEmpty else { return }
        for index in page.events.indices {
            projection.apply(page.events[index], position: page.positions[index], recordedAt: page.recordedAt[index])
        }
        projection.headHash = page.chainHash.hex
    }

    /// The projection through `last` folded from position 1, trusting no checkpoint.
    public static func fold(from log: EventStore, through last: Int64, progress: ((Int64) -> Void)? = nil) throws
        -> ProgrammeProjection
    {
        var projection = ProgrammeProjection()
        try catchUp(&projection, from: log, through: last, progress: progress)
        return projection
    }

    /// Saves the projection as the store's checkpoint.
    public static func saveCheckpoint(_ projection: ProgrammeProjection, to log: EventStore) throws {
        let encoder = JSONEncoder()
        // Columns are long base64 strings: escaping their slashes would cost time and bytes.
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let hash = EventHash(hex: projection.headHash) else { return }
        try log.save(
            SavedState(
                name: checkpointName, version: ProgrammeProjection.version, position: projection.position,
                chainHash: hash, state: try encoder.encode(projection)))
    }
}
