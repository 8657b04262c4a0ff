import EventStore
import Foundation
import Projections
import Synchronization

/// The current snapshot, swapped in as the log grows, the store's head as last seen, and the
/// listeners waiting for the next snapshot: what /healthz and /api/v2/head answer from, without
/// reading the store.
final class LiveProjection: Sendable {
    private let state: Mutex<State>

    private struct State {
        var snapshot: Snapshot
        var verification: Verification
        /// The store's last position when last read.
        var storeHead: Int64
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

        /// A short name for it, for cache keys.
        var key: String {
            switch self {
            case .verifying: "verifying"
            case .verified: "verified"
            case .failed(let failure): "failed-\(failure.position)"
            }
        }
    }

    init(_ projection: ProgrammeProjection) {
        state = Mutex(
            State(snapshot: Snapshot(projection), verification: .verifying, storeHead: projection.position))
    }

    var snapshot: Snapshot { state.withLock { $0.snapshot } }

    var verification: Verification { state.withLock { $0.verification } }

    /// The snapshot, the store's head and the verification status, seen together. The store's
    /// head is never behind the snapshot: the log had every position the snapshot holds.
    var head: (snapshot: Snapshot, storeHead: Int64, verification: Verification) {
        state.withLock { ($0.snapshot, max($0.storeHead, $0.snapshot.position), $0.verification) }
    }

    /// Records the store's last position, as just read.
    func record(storeHead: Int64) {
        state.withLock { $0.storeHead = storeHead }
    }

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
