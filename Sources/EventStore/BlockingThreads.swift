import Foundation

/// The threads that run blocking store calls for async callers (``EventLog/offload(_:)``), off
/// Swift's cooperative pool and off any event loop, as sqlite-nio does with its thread pool.
///
/// A call starts at once on an idle thread, or on a new one while there are fewer than the
/// limit, so that a long call (a verification, an as-of rebuild) never holds up a short one (a
/// page of events); beyond the limit, calls wait their turn. Threads, once started, stay for
/// the next calls. One set serves every store in the process.
final class BlockingThreads: @unchecked Sendable {
    /// Shared by every store: 16 threads at most.
    static let shared = BlockingThreads(limit: 16)

    private let limit: Int
    // Guarded by `condition`: what makes the `@unchecked Sendable` true.
    private let condition = NSCondition()
    private var waiting: [@Sendable () -> Void] = []
    private var idle = 0
    private var started = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `job` on one of the threads.
    func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        waiting.append(job)
        if waiting.count > idle && started < limit {
            started += 1
            let thread = Thread { [self] in work() }
            thread.name = "EventStore blocking call"
            thread.start()
        } else {
            condition.signal()
        }
    }

    /// A thread's life: the next waiting job, forever.
    private func work() {
        condition.lock()
        while true {
            while waiting.isEmpty {
                idle += 1
                condition.wait()
                idle -= 1
            }
            let job = waiting.removeFirst()
            condition.unlock()
            job()
            condition.lock()
        }
    }
}
