import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

extension PostgresEventStore {
    /// Returns as soon as an append is heard to have moved the head past `position`, or after
    /// `interval` at the latest: how a follower of the log waits for news without polling often.
    ///
    /// Every append notifies its new head on the channel `programme_log` when it commits; the
    /// store listens on one connection of its own, opened by the first wait and opened again
    /// after it failed. Never throws: where nothing can be heard (a hot standby refuses
    /// `LISTEN`; the server is down), a wait lasts `interval`. Returns at once when the head is
    /// known to have passed `position` already, or when the calling task is cancelled.
    public func waitForAppend(after position: Int64, upTo interval: Duration) async {
        await appendListener.wait(after: position, upTo: interval)
    }
}

/// The `LISTEN` connection of one ``PostgresEventStore``: it wakes whoever waits for the head to
/// pass a position as soon as an append's notification says it did (``AppendedRows/channel``).
///
/// Opened by the first wait, it is kept while it lasts; after a failure (the server restarted,
/// or refuses `LISTEN`, as a hot standby does) the next wait opens another, no sooner than
/// ``retryDelay`` later. Waiting never fails: without a connection, a wait lasts its interval.
final class PostgresAppendListener: Sendable {
    /// How long after a failed connection no new one is tried.
    static let retryDelay: Duration = .seconds(5)

    private let url: PostgresURL
    private let state = Mutex(State())

    private struct State {
        /// The connection's task, while it runs.
        var task: Task<Void, Never>?
        /// No connection is tried before this instant.
        var retryAt: ContinuousClock.Instant?
        /// The highest head position heard of.
        var head: Int64?
        var waiters: [UInt64: Waiter] = [:]
        var nextWaiter: UInt64 = 0
    }

    private struct Waiter {
        let position: Int64
        let continuation: CheckedContinuation<Void, Never>
        var timeout: Scheduled<Void>?
    }

    init(url: PostgresURL) {
        self.url = url
    }

    /// Returns when the head is heard to pass `position`, after `interval`, or when the calling
    /// task is cancelled, whichever comes first.
    func wait(after position: Int64, upTo interval: Duration) async {
        listenIfIdle()
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let waits = state.withLock { state in
                    guard !Task.isCancelled, (state.head ?? .min) <= position else { return false }
                    state.waiters[id] = Waiter(position: position, continuation: continuation)
                    return true
                }
                guard waits else { return continuation.resume() }
                // Scheduled once the waiter is there to wake: however short the interval.
                let timeout = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: TimeAmount(interval)) {
                    self.wake(id)
                }
                let woken = state.withLock { state in
                    state.waiters[id]?.timeout = timeout
                    return state.waiters[id] == nil
                }
                if woken { timeout.cancel() }
            }
        } onCancel: {
            wake(id)
        }
    }

    /// Closes the connection, if any.
    func stop() {
        state.withLock { $0.task }?.cancel()
    }

    /// Resumes the waiter `id`, if it still waits.
    private func wake(_ id: UInt64) {
        guard let waiter = state.withLock({ $0.waiters.removeValue(forKey: id) }) else { return }
        waiter.timeout?.cancel()
        waiter.continuation.resume()
    }

    /// Records that the head reached `position` and wakes the waiters it passed.
    private func heard(_ position: Int64) {
        let passed = state.withLock { state in
            state.head = max(state.head ?? position, position)
            let passed = state.waiters.filter { $0.value.position < position }
            for id in passed.keys { state.waiters[id] = nil }
            return passed.values
        }
        for waiter in passed {
            waiter.timeout?.cancel()
            waiter.continuation.resume()
        }
    }

    /// Starts the connection's task unless it runs or failed less than ``retryDelay`` ago.
    private func listenIfIdle() {
        state.withLock { state in
            guard state.task == nil, state.retryAt.map({ ContinuousClock.now >= $0 }) ?? true else { return }
            state.task = Task { await self.listen() }
        }
    }

    /// Connects, listens, reads the head (an append that committed before `LISTEN` took effect
    /// sent its notification to nobody), then hears every notification until the connection ends.
    private func listen() async {
        if let connection = try? await PostgresConnection.connect(
            configuration: url.configuration, id: 2, logger: PostgresSession.logger)
        {
            try? await connection.listen(on: AppendedRows.channel) { notifications in
                let head = try await connection.query("SELECT position FROM head", logger: PostgresSession.logger)
                for try await position in head.decode(Int64.self) { heard(position) }
                for try await notification in notifications {
                    if let position = Int64(notification.payload) { heard(position) }
                }
            }
            try? await connection.close()
        }
        state.withLock { state in
            state.task = nil
            state.retryAt = .now + Self.retryDelay
        }
    }
}
