import EventStore
import Foundation
import Hummingbird
import Logging
import NIOCore
import ProgramStore
import Projections
import Prometheus

/// The request context of every route.
typealias AppRequestContext = BasicRequestContext

/// Opens the store read-only, builds the projection (from its checkpoint when there is one), and
/// wires the routes and the middleware into an application, beside the log follower.
///
/// - Parameter onListening: called with `host:port` once the server accepts connections.
func buildApplication(
    _ configuration: ServerConfiguration, logger: Logger, onListening: @escaping @Sendable (String) -> Void = { _ in }
) async throws -> ProgrammeServer<some ApplicationProtocol> {
    let log = try LogLocation(configuration.path).open(mode: .readOnly)
    switch (log as? EventStore)?.readAccess {
    case .immutable:
        logger.warning(
            """
            opened the store as an immutable copy: its -wal or -shm file is missing and cannot be made; \
            it is served as it is and new events will not be followed
            """, metadata: ["path": "\(log.location)"])
    default:
        logger.info("opened the store read-only; following the log", metadata: ["path": "\(log.location)"])
    }
    let start = ContinuousClock.now
    // The saved projection is read and authenticated once, where SQLite holds it: what programd
    // reports is what it starts from.
    let (checkpoint, restored) = try await log.offload { log -> (CheckpointStatus, ProgrammeProjection?) in
        try log.withSavedStateCheck(named: ProgrammeProjection.checkpointName) {
            check -> (CheckpointStatus, ProgrammeProjection?) in
            guard case .authentic(let saved) = check else { return (CheckpointStatus(check), nil) }
            return (CheckpointStatus(check), try Projector.restore(ProgrammeProjection.self, from: saved, in: log))
        }
    }
    if checkpoint.isRefused {
        logger.warning(
            "the saved projection is not trusted: rebuilding from the log",
            metadata: ["position": "\(checkpoint.position ?? 0)", "reason": "\(checkpoint.reason ?? "")"])
    }
    let projection = try await log.offload { log in
        var projection = restored ?? ProgrammeProjection()
        try Projector.catchUp(&projection, from: log)
        return projection
    }
    logger.info(
        "projection ready",
        metadata: ["position": "\(projection.position)", "took": "\(ContinuousClock.now - start)"])
    let live = LiveProjection(projection)
    let source = SnapshotSource(log: log, live: live, checkpoint: checkpoint)
    let registry = PrometheusCollectorRegistry()
    let router = buildRouter(source: source, registry: registry)
    let follower = LogFollower(log: log, live: live, interval: configuration.pollInterval, logger: logger)
    let application = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "programd"),
        onServerRunning: { channel in
            let address = channel.localAddress
            onListening("\(address?.ipAddress ?? configuration.host):\(address?.port ?? configuration.port)")
        },
        logger: logger)
    return ProgrammeServer(application: application, follower: follower, logger: logger)
}

/// The routes: the dashboard at /, the API at /api/v2 (and the deprecated /api/v1), /healthz,
/// /metrics, and the log's tiles (/checkpoint, /tile/…).
func buildRouter(source: SnapshotSource, registry: PrometheusCollectorRegistry) -> Router<AppRequestContext> {
    // HEAD answers as GET without a body (Hummingbird routes HEAD only when asked to).
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: RequestMetrics(registry: registry))
    router.add(middleware: PublicHeadersMiddleware())
    // Any web page may read the API (GET and HEAD, with a preflight), as open data should be.
    router.add(
        middleware: CORSMiddleware(
            allowOrigin: .all, allowHeaders: [.ifNoneMatch], allowMethods: [.get, .head],
            exposedHeaders: ["API-Version", "ETag"], maxAge: .seconds(86_400)))
    let dashboard = Dashboard(source: source)
    router.add(middleware: ErrorMiddleware(dashboard: dashboard))
    router.add(middleware: ReadOnlyMiddleware())
    router.get("healthz") { _, _ in
        // Rendered once per snapshot.
        let snapshot = source.live.snapshot
        return Respond.json(
            rendered: try snapshot.cached("healthz") {
                try Respond.json(["status": "ok", "position": "\(snapshot.position)"])
            })
    }
    let events = registry.makeGauge(
        descriptor: MetricNameDescriptor(
            namespace: "programd", metricName: "applied", unitName: "events",
            helpText: "Events applied to the served projection (its log position)."))
    let head = registry.makeGauge(
        descriptor: MetricNameDescriptor(
            namespace: "programd", metricName: "store_head", unitName: "position",
            helpText: "The last position in the store."))
    let lag = registry.makeGauge(
        descriptor: MetricNameDescriptor(
            namespace: "programd", metricName: "lag", unitName: "events",
            helpText: "Events in the store not yet served."))
    let refused = registry.makeGauge(
        descriptor: MetricNameDescriptor(
            namespace: "programd", metricName: "checkpoint_refused", unitName: "",
            helpText: "1 when the store's saved projection was not authenticated and the log was folded instead."))
    refused.set(Double(source.checkpoint.isRefused ? 1 : 0))
    router.get("metrics") { _, _ in
        let (snapshot, stored, _) = source.live.head
        let served = snapshot.position
        events.set(Double(served))
        head.set(Double(stored))
        lag.set(Double(stored - served))
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: buffer)))
    }
    for version in APIVersion.allCases { APIRoutes(source: source, version: version).add(to: router) }
    TileRoutes<AppRequestContext>(log: source.log, cache: TileCache()).add(to: router)
    dashboard.add(to: router)
    return router
}
