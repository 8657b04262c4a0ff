import EventStore
import Foundation
import TestSupport
import Testing

/// A new event programd cannot serve stops it with one line that says where, what and what to do.
@Suite("programd on a bad event")
struct BadEventTests {
    @Test("an event of an unknown type with an intact hash chain stops programd with one clear line and 74")
    func unknownEventType() async throws {
        let server = try LiveServer()
        defer { server.stop() }
        #expect(try server.get("/api/v2/head").status == 200)
        // Appended through the event store itself: every hash is right, only the type is unknown.
        let appended = try EventStore(path: server.db).append(
            [NewEvent(type: "ProgrammeRenamed", payload: Data(#"{"name":"Iets anders"}"#.utf8))],
            to: "programme-extra", expecting: .any, metadata: CommandMetadata(actor: "K1", command: "rename"))
        let status = try await server.exit(within: .seconds(10))
        #expect(status == 74, "programd said:\n\(server.log)")
        let lines = server.log.split(separator: "\n").filter { $0.contains("stopped following the log") }
        #expect(lines.count == 1, "programd said:\n\(server.log)")
        for mention in ["position \(appended.positions.lowerBound)", "ProgrammeRenamed", "programctl audit verify"] {
            #expect(lines.first?.contains(mention) == true, "should mention \(mention): \(server.log)")
        }
        #expect(!server.log.contains(".swift"), "no source file of a library: \(server.log)")
        #expect(!server.log.contains("ServiceGroupError"), "\(server.log)")
        #expect(!server.log.contains("CancellationError"), "the server shuts down gracefully: \(server.log)")
    }
}
