import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

/// /healthz and the Prometheus metrics.
@Suite("health and metrics")
struct OperationsTests {
    @Test("/healthz: ok, with the position served")
    func health() async throws {
        try await withDemoApplication { client in
            let health = try await client.json("/healthz")
            #expect(health["status"]?.string == "ok")
            #expect(health["position"]?.string == "\(demoHead)")
        }
    }

    @Test("/metrics: Prometheus text with the requests counted and the lag")
    func metrics() async throws {
        try await withDemoApplication { client in
            _ = try await client.get("/api/v2/overview")
            _ = try await client.get("/nothing")
            let response = try await client.get("/metrics")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let text = response.text
            #expect(text.contains("programd_requests_total"))
            #expect(text.contains(#"path="/api/v2/overview""#))
            #expect(text.contains(#"status="404""#))
            #expect(Self.value(of: "programd_lag_events", in: text) == 0)
            #expect(Self.value(of: "programd_applied_events", in: text) == Double(demoHead))
            #expect(Self.value(of: "programd_store_head_position", in: text) == Double(demoHead))
            #expect(text.contains("programd_request_duration_seconds"))
        }
    }

    @Test("/metrics: paths nobody routes share one label value, however many are asked for")
    func boundedLabels() async throws {
        try await withDemoApplication { client in
            for path in ["/api/v2/no-such-thing", "/api/v9/overview", "/api/nothing", "/elsewhere"] {
                _ = try await client.get(path)
            }
            _ = try await client.get("/api/v2/lineage/inputs/I21")
            let text = try await client.get("/metrics").text
            for label in ["no-such-thing", "/api/v9", "/api/nothing", "elsewhere"] {
                #expect(!text.contains(label), "\(label)")
            }
            #expect(text.contains(#"path="other""#))
            // A route with a parameter is labelled as routed, not with the id asked for.
            #expect(text.contains(#"path="/api/v2/lineage/inputs/{id}""#))
            #expect(!text.contains("I21"))
        }
    }

    @Test("/api/v2/head and /metrics answer from memory: the store's head as last read, never behind the served one")
    func headFromMemory() async throws {
        let (router, live) = try await demoRouter()
        try await Application(router: router).test(.router) { client in
            // The store itself ends at demoHead: a head 5 further can only come from memory.
            live.record(storeHead: demoHead + 5)
            var head = try await client.json("/api/v2/head")
            #expect(head["storePosition"]?.int == Int(demoHead) + 5)
            #expect(head["lag"]?.int == 5)
            #expect(head["verification"]?.string == "verifying")
            let metrics = try await client.get("/metrics").text
            #expect(Self.value(of: "programd_store_head_position", in: metrics) == Double(demoHead + 5))
            #expect(Self.value(of: "programd_lag_events", in: metrics) == 5)
            live.record(.verified)
            head = try await client.json("/api/v2/head")
            #expect(head["verification"]?.string == "verified")
            live.record(storeHead: demoHead - 3)
            head = try await client.json("/api/v2/head")
            #expect(head["storePosition"]?.int == Int(demoHead))
            #expect(head["lag"]?.int == 0)
        }
    }

    /// The value of an unlabelled sample (`name 12.0`) in Prometheus text.
    static func value(of name: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.dropFirst(name.count + 1)) }
    }
}
