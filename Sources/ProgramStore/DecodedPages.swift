import Dispatch
import EventStore
import Foundation
import Program

/// The events of a span of the log, page after page, read and decoded ahead of a fold.
///
/// One reader more than there are cores, each on its own read-only connection, reads every
/// n-th page and decodes it (the one more keeps a core busy while another reader waits for
/// the disk); ``next()`` hands the pages out in log order, so that the fold — the one part that cannot
/// be split — runs while the next pages are read and decoded. The readers run at a lower
/// priority than the fold, so that it keeps its core. Each reader keeps at most `lookahead`
/// pages ahead of the caller; ``cancel()`` stops them early.
final class DecodedPages: @unchecked Sendable {
    /// One page on its way: filled by its reader, then signalled.
    private final class Slot: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<DecodedPage, any Error> = .success(DecodedPage())
    }

    private let lock = NSLock()
    private var slots: [Int: Slot] = [:]
    private var cancelled = false
    /// Free places ahead of the caller, per reader.
    private let room: [DispatchSemaphore]
    private let first: Int64
    private let last: Int64
    private let pageSize: Int
    private let pageCount: Int
    private var taken = 0

    /// Starts reading `log` from position `first` through `last`, which the log must have.
    init(log: any EventLog, from first: Int64, through last: Int64, pageSize: Int = 4096, lookahead: Int = 3) {
        self.first = first
        self.last = last
        self.pageSize = pageSize
        pageCount = last < first ? 0 : Int((last - first) / Int64(pageSize)) + 1
        let readers = max(1, min(pageCount, ProcessInfo.processInfo.activeProcessorCount + 1))
        room = (0..<readers).map { _ in DispatchSemaphore(value: lookahead) }
        for reader in 0..<readers {
            // A connection of its own for each reader but the first, so that they read at once.
            let connection =
                reader == 0
                ? log : (log as? EventStore).flatMap { try? EventStore(path: $0.path, mode: .readOnly) } ?? log
            let thread = Thread { [self] in read(connection, pages: stride(from: reader, to: pageCount, by: readers)) }
            thread.name = "log reader \(reader + 1)"
            thread.start()
        }
    }

    /// The slot of page `index`, made by whoever asks first.
    private func slot(_ index: Int) -> Slot {
        lock.withLock {
            if let slot = slots[index] { return slot }
            let slot = Slot()
            slots[index] = slot
            return slot
        }
    }

    private func read(_ log: any EventLog, pages: StrideTo<Int>) {
        yieldToFold()
        for index in pages {
            room[index % room.count].wait()
            if lock.withLock({ cancelled }) { return }
            let start = first + Int64(index) * Int64(pageSize)
            let count = Int(min(Int64(pageSize), last - start + 1))
            let slot = slot(index)
            slot.result = Result {
                let records = try log.readRecords(from: start, limit: count)
                guard records.count == count else {
                    throw LogEnded(at: start + Int64(records.count) - 1, expected: last)
                }
                return try DecodedPage(records)
            }
            slot.done.signal()
        }
    }

    /// Lowers the calling thread's priority, so that the fold it feeds keeps its core.
    private func yieldToFold() {
        #if os(Linux)
            // On Linux the nice value belongs to the thread (who 0: the calling one).
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    /// The next page in log order, or `nil` after the last.
    func next() throws -> DecodedPage? {
        guard taken < pageCount else { return nil }
        let index = taken
        taken += 1
        let slot = slot(index)
        slot.done.wait()
        lock.withLock { _ = slots.removeValue(forKey: index) }
        room[index % room.count].signal()
        return try slot.result.get()
    }

    /// Stops the readers.
    func cancel() {
        lock.withLock { cancelled = true }
        for room in room { room.signal() }
    }
}

/// The log ended before a position it was expected to have.
struct LogEnded: Error, CustomStringConvertible {
    var at: Int64
    var expected: Int64

    var description: String { "the log ends at position \(at), not at \(expected) as it did when the rebuild began" }
}

/// Consecutive events, decoded, with what a fold needs of their records.
struct DecodedPage {
    var positions: [Int64] = []
    var recordedAt: [Instant] = []
    var events: [ProgramEvent] = []
    /// The chain hash after the last event.
    var chainHash = EventHash.zero

    init() {}

    /// Decodes `records`.
    init(_ records: [EventRecord]) throws {
        positions = records.map(\.position)
        recordedAt = records.map { Instant($0.recordedAt) }
        events = try records.map { record in
            try ProgrammeStore.decode(
                type: record.type, schemaVersion: record.schemaVersion, payload: record.payload,
                position: record.position)
        }
        chainHash = records.last?.chainHash ?? .zero
    }
}
