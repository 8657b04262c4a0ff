import EventStore
import Foundation
import Logging
import ProgramStore
import Projections
import ServiceLifecycle

/// Follows the log: verifies the whole of it once at start-up, then applies each new page of
/// events — checked against the hash chain — and publishes a new snapshot.
struct LogFollower: Service {
    let log: EventStore
    let live: LiveProjection
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await verifyWholeLog() }
                group.addTask {
                    // An immutable copy never changes: there is nothing to follow.
                    if log.readAccess == .immutable { try? await gracefulShutdown() } else { await follow() }
                }
            }
        }
        live.finish()
    }

    /// The full check at start-up, off the request path.
    private func verifyWholeLog() async {
        do {
            let report = try await log.offload { try $0.verify() }
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

    /// Applies new events as they come.
    private func follow() async {
        var projection = live.snapshot.projection
        guard let head = EventHash(hex: projection.headHash) else { return }
        var verifier = ChainVerifier(after: LogHead(position: projection.position, chainHash: head))
        do {
            for try await page in log.tail(after: projection.position, every: interval) {
                for stored in page {
                    if let failure = verifier.check(stored) {
                        logger.critical("a new event fails verification", metadata: ["failure": "\(failure)"])
                        live.record(.failed(failure))
                        return
                    }
                }
                try Projector.apply(page.map(\.record), to: &projection)
                live.publish(projection)
                logger.debug("applied events", metadata: ["position": "\(projection.position)"])
            }
        } catch {
            logger.error("stopped following the log", metadata: ["error": "\(error)"])
        }
    }
}
