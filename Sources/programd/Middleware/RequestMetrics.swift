import Foundation
import Hummingbird
import Prometheus
import Synchronization

/// The Prometheus metrics at /metrics: requests by route and status, durations, and the log's
/// events, head and the daemon's lag behind it.
///
/// A request's `path` label is the route it matched, as routed (`/api/v2/lineage/inputs/{id}`),
/// and `other` for paths nobody routes: bounded label values, whatever clients ask for.
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
        do {
            let response = try await next(request, context)
            count(request, context, status: response.status.code)
            duration.record(ContinuousClock.now - start)
            return response
        } catch let error as any HTTPResponseError {
            count(request, context, status: error.status.code)
            throw error
        } catch {
            count(request, context, status: 500)
            throw error
        }
    }

    /// Counts a request under the route it matched (known once it was routed).
    private func count(_ request: Request, _ context: Context, status: Int) {
        let route = context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "other"
        counters.counter(method: request.method.rawValue, route: route, status: status, in: registry).increment()
    }

    /// The counters made so far, by their labels: made once, then only incremented.
    private final class Counters: Sendable {
        private struct Labels: Hashable {
            var method: String
            var route: String
            var status: Int
        }

        private let made = Mutex<[Labels: Counter]>([:])

        func counter(method: String, route: String, status: Int, in registry: PrometheusCollectorRegistry) -> Counter {
            let labels = Labels(method: method, route: route, status: status)
            return made.withLock { made in
                if let counter = made[labels] { return counter }
                let counter = registry.makeCounter(
                    descriptor: MetricNameDescriptor(
                        namespace: "programd", metricName: "requests", unitName: "total", helpText: "Requests answered."
                    ),
                    labels: [("method", method), ("path", route), ("status", String(status))])
                made[labels] = counter
                return counter
            }
        }
    }
}
