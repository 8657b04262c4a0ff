import EventStore
import Foundation
import PayloadDecoding
import Program

/// Builds any ``ProgrammeFold`` from a log — the write path's ``RecordedState``, the read side's
/// projection — from scratch, from its checkpoint, or by catching up.
///
/// Decoding payloads is much of a rebuild's work, and each payload decodes on its own, so long
/// spans are read and decoded on other cores while the fold runs, in log order.
public enum Projector {
    /// The fold through `last` (default: the head), starting from its saved checkpoint when it
    /// fits: authenticated, same version, a position at or before `last`, and the log still has
    /// the checkpoint's chain hash at that position. Otherwise it folds from position 1.
    public static func build<Fold: ProgrammeFold>(
        _: Fold.Type, from log: some EventLog, through last: Int64? = nil, progress: ((Int64) -> Void)? = nil
    ) throws -> Fold {
        var fold = try checkpoint(Fold.self, in: log, notAfter: last) ?? Fold()
        try catchUp(&fold, from: log, through: last, progress: progress)
        return fold
    }

    /// The saved checkpoint of `Fold`, if it is authenticated, fits the log and is not after `last`.
    public static func checkpoint<Fold: ProgrammeFold>(
        _: Fold.Type, in log: some EventLog, notAfter last: Int64? = nil
    ) throws -> Fold? {
        try log.withSavedStateCheck(named: Fold.checkpointName) { check in
            guard case .authentic(let saved) = check else { return nil }
            return try restore(Fold.self, from: saved, in: log, notAfter: last)
        }
    }

    /// The fold an authenticated saved state holds, if it fits the log and is not after `last`.
    public static func restore<Fold: ProgrammeFold>(
        _: Fold.Type, from saved: SavedState, in log: some EventLog, notAfter last: Int64? = nil
    ) throws -> Fold? {
        guard saved.version == Fold.version, saved.position <= last ?? .max,
            try log.chainHash(at: saved.position) == saved.chainHash
        else { return nil }
        return try? StateCoding.decode(Fold.self, from: saved.state)
    }

    /// Applies the events after the fold's position, through `last` (default: the head).
    /// Long spans are read and decoded ahead while the fold runs (``DecodedPages``).
    public static func catchUp<Fold: ProgrammeFold>(
        _ fold: inout Fold, from log: some EventLog, through last: Int64? = nil, progress: ((Int64) -> Void)? = nil
    ) throws {
        let pageSize = 4096
        let end = try last ?? log.head().position
        guard end - fold.position > 2 * Int64(pageSize) else {
            let count = Int(max(0, end - fold.position))
            try apply(log.readRecords(from: fold.position + 1, limit: count), to: &fold)
            return
        }
        let pages = DecodedPages(log: log, from: fold.position + 1, through: end, pageSize: pageSize)
        defer { pages.cancel() }
        while let page = try pages.next() {
            apply(page, to: &fold)
            progress?(fold.position)
        }
    }

    /// Applies consecutive events.
    public static func apply<Fold: ProgrammeFold>(_ records: [EventRecord], to fold: inout Fold) throws {
        apply(try DecodedPage(records), to: &fold)
    }

    private static func apply<Fold: ProgrammeFold>(_ page: DecodedPage, to fold: inout Fold) {
        guard !page.events.isEmpty else { return }
        for index in page.events.indices {
            fold.apply(page.events[index], position: page.positions[index], recordedAt: page.recordedAt[index])
        }
        fold.headHash = page.chainHash.hex
    }

    /// The fold through `last` from position 1, trusting no checkpoint.
    public static func fold<Fold: ProgrammeFold>(
        _: Fold.Type, from log: some EventLog, through last: Int64, progress: ((Int64) -> Void)? = nil
    ) throws -> Fold {
        var fold = Fold()
        try catchUp(&fold, from: log, through: last, progress: progress)
        return fold
    }

    /// Saves the fold as its checkpoint in the store.
    public static func saveCheckpoint<Fold: ProgrammeFold>(_ fold: Fold, to log: some EventLog) throws {
        guard let hash = EventHash(hex: fold.headHash) else { return }
        try log.save(
            SavedState(
                name: Fold.checkpointName, version: Fold.version, position: fold.position, chainHash: hash,
                state: try StateCoding.encode(fold)))
    }
}
