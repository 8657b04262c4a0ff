import Hummingbird
import Logging
import ServiceLifecycle

/// programd at work: the HTTP application and the log follower, stopped together and gracefully
/// on SIGTERM or SIGINT — or when the follower meets a new event it cannot serve, which ``run()``
/// then throws (``FollowStopped``).
struct ProgrammeServer<App: ApplicationProtocol>: Sendable {
    let application: App
    let follower: LogFollower
    let logger: Logger

    /// Runs both until a signal, or until the follower stops.
    func run() async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: application),
                    .init(service: follower, failureTerminationBehavior: .gracefullyShutdownGroup),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
