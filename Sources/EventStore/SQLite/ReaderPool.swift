import Dispatch
import Foundation
import Synchronization

/// Read-only connections to one store, opened when first needed, up to a limit, so that reads
/// on different threads run side by side and never wait for the writer or for one another (a
/// long verification does not hold up a head lookup). Modelled on GRDB's `DatabasePool`.
///
/// A thread has at most one: a read made while the same thread already holds a connection (a
/// read inside a verification's progress callback, say) runs on that one, inside its transaction,
/// instead of waiting for a second. When every connection is in use, a read waits for one.
final class ReaderPool: Sendable {
    private struct State {
        var idle: [Connection] = []
        /// The connection each thread holds, by thread.
        var held: [pthread_t: Connection] = [:]
    }

    private let state = Mutex(State())
    /// One permit per connection the pool may have.
    private let permits: DispatchSemaphore
    private let open: @Sendable () throws -> Connection

    /// A pool of up to `limit` connections made by `open`, starting with `first`, if given.
    init(limit: Int, first: Connection? = nil, open: @escaping @Sendable () throws -> Connection) {
        permits = DispatchSemaphore(value: max(1, limit))
        self.open = open
        if let first { state.withLock { $0.idle.append(first) } }
    }

    /// Runs `body` with this thread's connection, or with an idle or new one while it runs.
    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        let thread = pthread_self()
        if let held = state.withLock({ $0.held[thread] }) { return try body(held) }
        permits.wait()
        defer { permits.signal() }
        let connection = try state.withLock { $0.idle.popLast() } ?? open()
        state.withLock { $0.held[thread] = connection }
        defer {
            state.withLock { state in
                state.held[thread] = nil
                state.idle.append(connection)
            }
        }
        return try body(connection)
    }

    /// Closes the idle connections (those in use close when their read ends and the pool is gone).
    func closeIdle() {
        state.withLock { $0.idle.removeAll() }
    }
}
