import EventStore
import Foundation
import Projections
import Synchronization

/// The current snapshot, swapped in as the log grows, and the listeners waiting for the next one.
final class LiveProjection: Sendable {
    private let state: Mutex<State>

    private struct State {
        var snapshot: Snapshot
        var verification: Verification
        var listeners: [UUID: AsyncStream<Snapshot>.Continuation] = [:]
    }

    /// What is known of the log's integrity.
    enum Verification: Sendable {
        /// The full check of the log at start-up is still running.
        case verifying
        /// Every event up to the snapshot's position verified.
        case verified
        /// The log failed a check: served data stops at the last good position.
        case failed(VerificationFailure)
    }

    init(_ projection: ProgrammeProjection) {
        state = Mutex(State(snapshot: Snapshot(projection), verification: .verifying))
    }

    var snapshot: Snapshot { state.withLock { $0.snapshot } }

    var verification: Verification { state.withLock { $0.verification } }

    /// Serves `projection` from now on and tells every listener.
    func publish(_ projection: ProgrammeProjection) {
        let snapshot = Snapshot(projection)
        let listeners = state.withLock { state in
            state.snapshot = snapshot
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield(snapshot) }
    }

    func record(_ verification: Verification) {
        state.withLock { $0.verification = verification }
    }

    /// The snapshots published from now on, until the stream is dropped.
    func updates() -> AsyncStream<Snapshot> {
        let (stream, continuation) = AsyncStream<Snapshot>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        state.withLock { $0.listeners[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every listener's stream (at shutdown).
    func finish() {
        let listeners = state.withLock { state in
            defer { state.listeners.removeAll() }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}
