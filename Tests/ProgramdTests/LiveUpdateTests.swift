import EventStore
import Foundation
import TestSupport
import Testing

/// programd as a real process: it follows the log that programctl writes, tells SSE clients, and
/// stops cleanly on SIGTERM.
@Suite("programd live, as a process")
struct LiveUpdateTests {
    @Test("a new event is served without a restart, streamed to SSE clients, and SIGTERM stops programd with 0")
    func followsTheLog() async throws {
        let server = try LiveServer()
        defer { server.stop() }

        let before = try server.get("/api/v2/head")
        #expect(before.status == 200)
        #expect(try JSON.parse(before.body)["position"]?.int == Int(demoHead))

        let stream = try RawHTTPConnection(port: server.port)
        stream.send("/api/v2/stream", keepAlive: true)
        let greeting = stream.receive(until: { $0.contains("id: \(demoHead)\n") }, timeout: .seconds(5))
        #expect(greeting.contains("text/event-stream"))
        #expect(greeting.contains("event: head\nid: \(demoHead)\n"))

        let recorded = try await Executable("programctl").run([
            "member", "leave", "K7", "--as", "K1", "--date", Self.yesterday, "--reason", "test", "--db", server.db,
        ])
        try #require(recorded.status == 0, "programctl: \(recorded.stderr)")
        let recordedAt = ContinuousClock.now
        let head = try EventStore(path: server.db, mode: .readOnly).head().position
        #expect(head == demoHead + 1)

        // Within a second on a quiet machine (it polls every 100 ms; the closing measurements say
        // how fast). A test is no stopwatch: on a loaded CI machine it may take longer, so wait 10 s.
        // Read again after every wait, the deadline included: on a busy machine this test's own
        // sleep can outlast the deadline, and a read from before it proves nothing.
        var served: Int?
        while true {
            served = try JSON.parse(server.get("/api/v2/head").body)["position"]?.int
            if served == Int(head) || ContinuousClock.now - recordedAt >= .seconds(10) { break }
            try await Task.sleep(for: .milliseconds(25))
        }
        #expect(
            served == Int(head),
            "served \(String(describing: served)) 10 s after the event at \(head); head: \((try? server.get("/api/v2/head").body) ?? "?"); programd said:\n\(server.log)"
        )
        let coreGroup = try JSON.parse(server.get("/api/v2/core-group").body)
        #expect(coreGroup["data"]?["activeMembers"]?["count"]?.int == 6)

        let update = stream.receive(until: { $0.contains("id: \(head)\n") }, timeout: .seconds(10))
        #expect(update.contains("event: head\nid: \(head)\ndata: {\"position\":\(head),"))

        // With the event stream still open.
        let status = try await server.terminate(within: .seconds(5))
        #expect(status == 0, "programd did not exit 0 within 5 s of SIGTERM:\n\(server.log)")
    }

    /// Yesterday (UTC) as YYYY-MM-DD: in the past wherever the test runs.
    static var yesterday: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date().addingTimeInterval(-86_400))
    }
}
