import Foundation
import Hummingbird
import Prometheus

/// The Prometheus metrics at /metrics: requests by route family and status, durations, and the
/// log's events, head and the daemon's lag behind it.
struct RequestMetrics<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry
    private let duration: DurationHistogram

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
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "programd", metricName: "requests", unitName: "total", helpText: "Requests answered."),
            labels: [("method", request.method.rawValue), ("path", family), ("status", String(status))]
        ).increment()
    }

    /// The first segment of a path, or the first three under /api/v1: bounded label values,
    /// whatever clients ask for (paths nobody routes are `other`).
    private static func family(_ path: String) -> String {
        let known = ["metrics", "healthz", ""] + Dashboard.pages.map(\.slug)
        let segments = path.split(separator: "/").prefix(3).map(String.init)
        guard let first = segments.first else { return "/" }
        if first == "api" {
            guard segments.count > 1, segments[1] == "v1" else { return "other" }
            guard segments.count > 2 else { return "/api/v1" }
            let resources = [
                "overview", "framework", "pillars", "core-group", "plan", "conferences", "funds", "lineage", "timeline",
                "report", "head", "events", "stream", "openapi.json",
            ]
            return resources.contains(segments[2]) ? "/api/v1/" + segments[2] : "other"
        }
        return known.contains(first) ? "/" + first : "other"
    }
}
