import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import TestSupport
import Testing

@testable import programd

@Suite("programd on the demo programme")
struct DemoServerTests {
    @Test("the overview answers with the demo's figures")
    func overview() async throws {
        try await withDemoApplication { client in
            try await client.execute(uri: "/api/v1/overview", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"planAdopted\":15"))
            }
        }
    }
}

/// The demo programme, recorded once for the whole suite.
let demoStore: String = {
    let directory = try! TemporaryDirectory()
    let path = directory.path("demo.sqlite")
    _ = try! DemoProgrammeRecorder.record(path)
    return path
}()

/// Runs `body` against programd serving the demo programme, through HummingbirdTesting's router client.
func withDemoApplication(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = try await buildApplication(
        ServerConfiguration(path: demoStore, host: "127.0.0.1", port: 0), logger: Logger(label: "test"))
    try await app.test(.router, body)
}
