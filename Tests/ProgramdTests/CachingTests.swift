import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Program
import ProgramStore
import Projections
import Reporting
import Synchronization
import Testing

@testable import programd

/// ETags are log positions: a client that has the current one gets `304 Not Modified`.
@Suite("ETag and If-None-Match")
struct CachingTests {
    static let cachedPaths = [
        "/api/v2/overview", "/api/v2/lineage/inputs/I21", "/api/v2/timeline?lang=en", "/api/v2/report?format=csv",
        "/", "/kader?lang=en",
    ]

    @Test("the ETag is the position served, quoted, with Cache-Control: no-cache", arguments: cachedPaths)
    func eTag(uri: String) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(uri)
            #expect(response.status == .ok)
            #expect(response.headers[.eTag] == "\"\(demoHead)\"")
            #expect(response.headers[.cacheControl] == "no-cache")
        }
    }

    @Test("If-None-Match with the current ETag: 304 without a body", arguments: cachedPaths)
    func notModified(uri: String) async throws {
        try await withDemoApplication { client in
            for match in ["\"\(demoHead)\"", "W/\"\(demoHead)\"", "\"1\", \"\(demoHead)\"", "*"] {
                let response = try await client.get(uri, headers: [.ifNoneMatch: match])
                #expect(response.status == .notModified, "\(match)")
                #expect(response.body.readableBytes == 0, "\(match)")
                #expect(response.headers[.eTag] == "\"\(demoHead)\"", "\(match)")
            }
        }
    }

    @Test("If-None-Match with an older ETag: 200 with the body")
    func modified() async throws {
        try await withDemoApplication { client in
            let response = try await client.get("/api/v2/overview", headers: [.ifNoneMatch: "\"\(demoHead - 1)\""])
            #expect(response.status == .ok)
            #expect(try response.json()["position"]?.int == Int(demoHead))
        }
    }

    @Test("an earlier state has the ETag of its position")
    func eTagAsOf() async throws {
        try await withDemoApplication { client in
            let response = try await client.get("/api/v2/plan?as_of=100")
            #expect(response.headers[.eTag] == "\"100\"")
            let again = try await client.get("/api/v2/plan?as_of=100", headers: [.ifNoneMatch: "\"100\""])
            #expect(again.status == .notModified)
        }
    }

    @Test("a snapshot keeps rendered responses up to its limit and renders the rest each time")
    func renderCacheIsBounded() {
        let snapshot = Snapshot(ProgrammeProjection(), cacheLimit: 10)
        let renders = Mutex(0)
        func ask(_ key: String) -> String {
            let bytes = snapshot.cached(key) {
                renders.withLock { $0 += 1 }
                return Data(key.utf8)
            }
            return String(buffer: bytes)
        }
        #expect(ask("eight-by") == "eight-by")
        #expect(ask("eight-by") == "eight-by")
        #expect(renders.withLock { $0 } == 1)
        #expect(ask("too-much") == "too-much")
        #expect(ask("too-much") == "too-much")
        #expect(renders.withLock { $0 } == 3)
    }

    @Test("past snapshots: at most 8, within a number of records, the least recently used going first")
    func pastSnapshotsAreBounded() async throws {
        let log = try EventStore(path: demoStore, mode: .readOnly)
        let live = LiveProjection(try await log.offload { try Projector.build(from: $0) })
        let positions = (1...10).map { Int64($0 * 50) }

        let roomy = SnapshotSource(log: log, live: live)
        for position in positions.prefix(8) { _ = try await roomy.snapshot(at: .position(position)) }
        _ = try await roomy.snapshot(at: .position(50))
        _ = try await roomy.snapshot(at: .position(450))
        #expect(roomy.kept == [150, 200, 250, 300, 350, 400, 50, 450])

        // The demo at position 500 holds more than 100 registrations and inputs.
        let tight = SnapshotSource(log: log, live: live, keepRecords: 100)
        for position in positions.suffix(3) { _ = try await tight.snapshot(at: .position(position)) }
        #expect(tight.kept == [500])
        #expect(try await tight.snapshot(at: .position(500)).position == 500)
    }

    @Test("a view of a day caught up from the same day read less far equals one folded from scratch")
    func viewsOfADayCatchUp() async throws {
        let log = try EventStore(path: demoStore, mode: .readOnly)
        let live = LiveProjection(try await log.offload { try Projector.build(from: $0) })
        let source = SnapshotSource(log: log, live: live)
        let day = Day(iso: "2024-12-31")!
        for position: Int64 in [300, 680, 700, live.snapshot.position] {
            let served = try await source.snapshot(at: .init(recorded: .position(position), happenedBy: day))
            let scratch = try await log.offload { try Projector.build(from: $0, through: position, happenedBy: day) }
            #expect(served.projection == scratch, "as of \(day) through \(position)")
        }
        #expect(source.kept == [300, 680, 700, live.snapshot.position])
    }
}
