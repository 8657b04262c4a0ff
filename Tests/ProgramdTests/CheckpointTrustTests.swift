import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Program
import ProgramStore
import Reporting
import TestSupport
import Testing

@testable import programd

/// programd starts from the store's saved projection only when it is authenticated; a forged
/// one is refused, the log folded instead, and it says so.
@Suite struct ProgramdCheckpointTrustTests {
    @Test func aForgedProjectionIsRefusedAndSaidSo() async throws {
        let directory = try TemporaryDirectory()
        let db = directory.path("programme.sqlite")
        try EventStore(path: demoStore, mode: .readOnly).backup(to: db)
        let store = try ProgrammeStore(path: db)
        var projection = try Projector.build(from: store.log)
        try Projector.saveCheckpoint(projection, to: store.log)  // the key beside the store
        let awarded = try #require(projection.state.subsidies["S1"]?.amount.value)
        projection.state.subsidies["S1"]?.amount = Cents(awarded * 10)
        try CheckpointForgery.withoutTheKey(store: db) { try Projector.saveCheckpoint(projection, to: store.log) }

        let app = try await buildApplication(
            ServerConfiguration(path: db, host: "127.0.0.1", port: 0), logger: Logger(label: "test"))
        try await app.application.test(.router) { client in
            let head = try await client.json("/api/v2/head")
            #expect(head["checkpoint"]?["status"]?.string == "refused")
            #expect(head["checkpoint"]?["reason"]?.string?.contains("authentication code is wrong") == true)
            let metrics = try await client.get("/metrics").text
            #expect(metrics.contains("programd_checkpoint_refused 1"), "\(metrics)")
            let funds = try await client.json("/api/v2/funds")
            #expect(funds["data"]?["totals"]?["awarded"]?.int == Int(awarded))
        }
    }
}
