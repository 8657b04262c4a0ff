import EventStore
import Foundation
import Logging
import PostgresEventStore
import ProgramStore
import Projections
import ServiceLifecycle

/// Follows the log: verifies the whole of it once at start-up, then applies each new page of
/// events — checked against the hash chain — and publishes a new snapshot, and keeps the store's
/// head in memory. A new event it cannot serve ends it, and programd, with ``FollowStopped``.
struct LogFollower: Service {
    let log: any EventLog
    let live: LiveProjection
    let interval: Duration
    let logger: Logger

    func run() async throws {
        defer { live.finish() }
        try await cancelWhenGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await verifyWholeLog() }
                group.addTask { await watchStoreHead() }
                group.addTask {
                    // An immutable copy never changes: there is nothing to follow.
                    if isImmutable { try? await gracefulShutdown() } else { try await follow() }
                }
                for try await _ in group {}
            }
        }
    }

    /// Whether the log is an SQLite file opened as an immutable copy, which never changes.
    private var isImmutable: Bool { (log as? EventStore)?.readAccess == .immutable }

    /// The full check at start-up, off the request path.
    private func verifyWholeLog() async {
        do {
            let report = try await log.offload { try $0.verify(against: nil, progress: nil) }
            if let failure = report.failure {
                logger.critical("the log fails verification", metadata: ["failure": "\(failure)"])
                live.record(.failed(failure))
            } else {
                logger.info("the log verifies", metadata: ["events": "\(report.eventsChecked)"])
                live.record(.verified)
            }
        } catch {
            logger.error("could not verify the log", metadata: ["error": "\(error)"])
        }
    }

    /// Reads the store's head every `interval` for /api/v2/head and /metrics, apart from the
    /// pages applied, so that a lag shows also while a page takes long. A head that cannot be
    /// read is skipped: reading the pages fails too, and stops programd.
    private func watchStoreHead() async {
        while !Task.isCancelled {
            if let head = try? await log.offload({ try $0.head().position }) { live.record(storeHead: head) }
            // An immutable copy never changes.
            if isImmutable { return }
            try? await Task.sleep(for: interval)
        }
    }

    /// Applies new events as they come; a new event it cannot serve stops it with ``FollowStopped``.
    /// A database server out of reach (a restart, a fail-over) does not: programd serves what it
    /// has, its head's lag shows it, and it follows again once the server answers.
    private func follow() async throws {
        while !Task.isCancelled {
            do {
                return try await followOnce()
            } catch FollowStopped.storeFailed(let error as PostgresLogError) where error.isTransient {
                logger.warning(
                    "the database is out of reach; serving what was read, trying again",
                    metadata: ["error": "\(error)"])
                // Shutting down meanwhile ends the wait and the loop, not programd with an error.
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    /// Follows the log from the live projection's position until it fails.
    private func followOnce() async throws {
        var projection = live.snapshot.projection
        var verifier = ChainVerifier(
            after: LogHead(position: projection.position, chainHash: EventHash(hex: projection.headHash) ?? .zero))
        do {
            for try await page in log.tail(after: projection.position, every: interval) {
                for stored in page {
                    if let failure = verifier.check(stored) { throw FollowStopped.failsVerification(failure) }
                }
                do {
                    try Projector.apply(page.map(\.record), to: &projection)
                } catch let unreadable as UnreadableEvent {
                    throw FollowStopped.unreadable(unreadable)
                }
                live.publish(projection)
                logger.debug("applied events", metadata: ["position": "\(projection.position)"])
            }
        } catch let stopped as FollowStopped {
            throw stopped
        } catch {
            throw FollowStopped.storeFailed(error)
        }
    }
}
