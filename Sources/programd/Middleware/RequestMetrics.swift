import Foundation
import Hummingbird
import Prometheus
import Synchronization

/// The Prometheus metrics at /metrics: requests by route family and status, durations, and the
/// log's events, head and the daemon's lag behind it.
struct RequestMetrics<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry
    private let duration: DurationHistogram
    private let counters = Counters()

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        duration = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "programd", metricName: "request_duration", unitName: "seconds",
                helpText: "Time to answer a request."),
            buckets: [
                .microseconds(100), .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(50),
                .milliseconds(250), .seconds(1),
            ])
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        let family = Self.family(request.uri.path)
        do {
            let response = try await next(request, context)
            count(request, family: family, status: response.status.code)
            duration.record(ContinuousClock.now - start)
            return response
        } catch let error as any HTTPResponseError {
            count(request, family: family, status: error.status.code)
            throw error
        } catch {
            count(request, family: family, status: 500)
            throw error
        }
    }

    private func count(_ request: Request, family: String, status: Int) {
        counters.counter(method: request.method.rawValue, family: family, status: status, in: registry).increment()
    }

    /// The counters made so far, by their labels: made once, then only incremented.
    private final class Counters: Sendable {
        private struct Labels: Hashable {
            var method: String
            var family: String
            var status: Int
        }

        private let made = Mutex<[Labels: Counter]>([:])

        func counter(method: String, family: String, status: Int, in registry: PrometheusCollectorRegistry) -> Counter {
            let labels = Labels(method: method, family: family, status: status)
            return made.withLock { made in
                if let counter = made[labels] { return counter }
                let counter = registry.makeCounter(
                    descriptor: MetricNameDescriptor(
                        namespace: "programd", metricName: "requests", unitName: "total", helpText: "Requests answered."
                    ),
                    labels: [("method", method), ("path", family), ("status", String(status))])
                made[labels] = counter
                return counter
            }
        }
    }

    /// The first segment of a path, or the first three under /api/v1: bounded label values,
    /// whatever clients ask for (paths nobody routes are `other`).
    private static func family(_ path: String) -> String {
        let segments = path.split(separator: "/", maxSplits: 3)
        guard let first = segments.first else { return "/" }
        if first == "api" {
            guard segments.count > 1, segments[1] == "v1" else { return "other" }
            guard segments.count > 2 else { return "/api/v1" }
            return RouteFamilies.api.contains(String(segments[2])) ? "/api/v1/" + segments[2] : "other"
        }
        return RouteFamilies.pages.contains(String(first)) ? "/" + first : "other"
    }
}

/// The paths programd routes, for the `path` label.
private enum RouteFamilies {
    static let pages: Set<String> = Set(["metrics", "healthz"] + Dashboard.pages.map(\.slug))
    static let api: Set<String> = [
        "overview", "framework", "pillars", "core-group", "plan", "conferences", "funds", "lineage", "timeline",
        "report", "head", "events", "stream", "openapi.json",
    ]
}
