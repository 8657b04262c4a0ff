import Dispatch
import EventStore
import Foundation
import Program
import Projections

/// Builds ``ProgrammeProjection``s from a log: from scratch, from a checkpoint, or by catching up.
///
/// Decoding JSON payloads is most of a rebuild's work, and each payload decodes on its own, so
/// large batches are decoded on every core at once; the fold itself runs in log order.
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
        let pageSize = 8192
        while last.map({ projection.position < $0 }) ?? true {
            var page = try log.readRecords(from: projection.position + 1, limit: pageSize)
            if let last { page.removeAll { $0.position > last } }
            guard !page.isEmpty else { return }
            try apply(page, to: &projection)
            progress?(projection.position)
            if page.count < pageSize { return }
        }
    }

    /// Applies consecutive events, decoding them in parallel when there are many.
    public static func apply(_ records: [EventRecord], to projection: inout ProgrammeProjection) throws {
        let events = try decode(records)
        for (record, event) in zip(records, events) {
            projection.apply(event, position: record.position, recordedAt: Instant(record.recordedAt))
        }
        if let last = records.last { projection.headHash = last.chainHash.hex }
    }

    /// The records' events, in order; batches of a thousand or more are split over the cores.
    static func decode(_ records: [EventRecord]) throws -> [ProgramEvent] {
        let workers = records.count < 1000 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = (records.count + workers - 1) / max(workers, 1)
        let results = DecodedChunks(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (worker * chunk)..<min(records.count, (worker + 1) * chunk)
            let decoder = JSONDecoder()
            results.set(
                worker,
                Result {
                    try records[range].map { record in
                        try ProgrammeStore.decode(
                            type: record.type, schemaVersion: record.schemaVersion, payload: record.payload,
                            position: record.position, decoder: decoder)
                    }
                })
        }
        return try results.joined()
    }

    /// Saves the projection as the store's checkpoint.
    public static func saveCheckpoint(_ projection: ProgrammeProjection, to log: EventStore) throws {
        let encoder = JSONEncoder()
        guard let hash = EventHash(hex: projection.headHash) else { return }
        try log.save(
            SavedState(
                name: checkpointName, version: ProgrammeProjection.version, position: projection.position,
                chainHash: hash, state: try encoder.encode(projection)))
    }
}

/// Each worker's decoded events, written by that worker only, read after all are done.
private final class DecodedChunks: @unchecked Sendable {
    private var chunks: [Result<[ProgramEvent], any Error>]

    init(count: Int) { chunks = Array(repeating: .success([]), count: count) }

    /// Called by worker `index` alone; `concurrentPerform` returns only when every worker did.
    func set(_ index: Int, _ result: Result<[ProgramEvent], any Error>) {
        chunks.withUnsafeMutableBufferPointer { $0[index] = result }
    }

    func joined() throws -> [ProgramEvent] { try chunks.flatMap { try $0.get() } }
}
