import Dispatch
import EventStore
import Foundation
import Program

/// The events of a log, page after page, read and decoded ahead of the caller: one thread reads
/// pages in order, a decoder per core decodes them, and ``next()`` hands them out in log order,
/// so that a fold runs while the next pages are read and decoded. The reader and the decoders
/// run at a lower priority than the fold, which is the one part that cannot be split; when the
/// fold catches up, its caller decodes waiting pages itself instead of idling.
///
/// At most `lookahead` pages wait ahead of the caller; ``cancel()`` stops the reading early.
final class DecodedPages: @unchecked Sendable {

    /// One page on its way: filled by a decoding task, then signalled.
    private final class Slot: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        /// `nil` with `done` signalled: the log ended before this page.
        var result: Result<DecodedPage, any Error>?
    }

    private let lock = NSLock()
    /// Pages appended by the reader and not yet taken, in log order.
    private var slots: [Slot] = []
    private var cancelled = false
    /// Signalled once per slot the reader appends.
    private let appended = DispatchSemaphore(value: 0)
    /// Free places for pages read ahead.
    private let room: DispatchSemaphore
    /// Pages read and not yet decoded, oldest first.
    private var toDecode: [(Slot, [EventRecord])] = []
    /// Signalled once per page put in `toDecode`, and once per decoder when reading ended.
    private let readyToDecode = DispatchSemaphore(value: 0)
    private var readingEnded = false
    private let decoders = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Starts reading `log` from position `first` through `last` (default: the head).
    init(log: EventStore, from first: Int64, through last: Int64?, pageSize: Int = 4096, lookahead: Int = 6) {
        room = DispatchSemaphore(value: lookahead)
        let thread = Thread { [self] in
            Self.yieldToFold()
            read(log, from: first, through: last, pageSize: pageSize)
            lock.withLock { readingEnded = true }
            for _ in 0..<decoders { readyToDecode.signal() }
        }
        thread.name = "log reader"
        thread.start()
        for _ in 0..<decoders {
            let decoder = Thread { [self] in
                Self.yieldToFold()
                while true {
                    readyToDecode.wait()
                    let (job, ended) = lock.withLock {
                        (toDecode.isEmpty ? nil : toDecode.removeFirst(), readingEnded && toDecode.isEmpty)
                    }
                    if let job { Self.decode(job) } else if ended { return }
                }
            }
            decoder.name = "event decoder"
            decoder.start()
        }
    }

    private static func decode(_ job: (Slot, [EventRecord])) {
        job.0.result = Result { try DecodedPage(job.1) }
        job.0.done.signal()
    }

    /// Lowers the calling thread's priority, so that the fold it feeds keeps its core.
    private static func yieldToFold() {
        #if os(Linux)
            // On Linux the nice value belongs to the thread (who 0: the calling one).
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    private func read(_ log: EventStore, from first: Int64, through last: Int64?, pageSize: Int) {
        var position = first
        while true {
            room.wait()
            let slot = Slot()
            let stop = lock.withLock {
                if !cancelled { slots.append(slot) }
                return cancelled
            }
            if stop { return }
            appended.signal()
            do {
                var page = try log.readRecords(from: position, limit: pageSize)
                if let last { page.removeAll { $0.position > last } }
                let records = page
                guard !records.isEmpty else {
                    slot.done.signal()
                    return
                }
                position = records[records.count - 1].position + 1
                let ended = records.count < pageSize
                lock.withLock { toDecode.append((slot, records)) }
                readyToDecode.signal()
                if ended {
                    let end = Slot()
                    lock.withLock { slots.append(end) }
                    appended.signal()
                    end.done.signal()
                    return
                }
            } catch {
                slot.result = .failure(error)
                slot.done.signal()
                return
            }
        }
    }

    /// The next page in log order, or `nil` at the end.
    func next() throws -> DecodedPage? {
        appended.wait()
        let slot = lock.withLock { slots.removeFirst() }
        // Rather than wait for its page, the caller decodes pages still waiting for a decoder.
        while slot.done.wait(timeout: .now()) == .timedOut {
            guard let job = lock.withLock({ toDecode.isEmpty ? nil : toDecode.removeFirst() }) else {
                slot.done.wait()
                break
            }
            Self.decode(job)
        }
        room.signal()
        return try slot.result?.get()
    }

    /// Stops reading ahead; pages already on their way are dropped.
    func cancel() {
        lock.withLock { cancelled = true }
        room.signal()
    }
}

/// Consecutive events, decoded, with what a fold needs of their records.
struct DecodedPage {
    var positions: [Int64]
    var recordedAt: [Instant]
    var events: [ProgramEvent]
    /// The chain hash after the last event.
    var chainHash: EventHash

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
