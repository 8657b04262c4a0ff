import EventStore
import Foundation
import TestSupport
import Testing

/// programd on a store it has no write permission for: the operating system keeps it read-only.
/// programd runs as `nobody`, for whom file modes hold (root ignores them).
@Suite(
    "programd without write permission",
    .enabled(
        if: Executable.canRunAsNobody,
        "needs root, to run programd as nobody (root ignores file modes), and a build directory others may reach"))
struct ReadOnlyServingTests {
    @Test("as nobody, in a directory only root may write, programd serves the store and follows root's programctl")
    func followsWithoutWritePermission() async throws {
        // A writer leaves -wal and -shm beside the store: nobody may read them, not write them.
        let server = try LiveServer(asNobody: true) { directory in
            _ = try EventStore(path: directory.path("programme.sqlite"), mode: .readWrite).head()
        }
        defer { server.stop() }
        let touch = try await Executable(url: URL(fileURLWithPath: "/usr/bin/touch")).asNobody.run([
            server.db + "-shm", server.directory.path("new-file"),
        ])
        #expect(touch.status != 0, "nobody can write neither the -shm file nor the directory")

        #expect(try JSON.parse(server.get("/api/v2/head").body)["position"]?.int == Int(demoHead))
        let recorded = try await Executable("programctl").run([
            "member", "leave", "K7", "--as", "K1", "--date", LiveUpdateTests.yesterday, "--reason", "test",
            "--db", server.db,
        ])
        try #require(recorded.status == 0, "programctl: \(recorded.stderr)")
        let recordedAt = ContinuousClock.now
        var served: Int?
        while true {
            served = try JSON.parse(server.get("/api/v2/head").body)["position"]?.int
            if served == Int(demoHead) + 1 || ContinuousClock.now - recordedAt >= .seconds(10) { break }
            try await Task.sleep(for: .milliseconds(25))
        }
        #expect(served == Int(demoHead) + 1, "programd said:\n\(server.log)")
        #expect(!server.log.contains("immutable"), "\(server.log)")
    }

    @Test(
        "as nobody, on a copy without -wal and -shm in a read-only directory, programd serves it as it is and says so")
    func servesAnImmutableCopy() async throws {
        // A store in WAL mode, its -wal and -shm files left behind.
        let server = try LiveServer(asNobody: true) { directory in
            let db = directory.path("programme.sqlite")
            _ = try EventStore(path: db, mode: .readWrite).head()
            try FileManager.default.removeItem(atPath: db + "-wal")
            try FileManager.default.removeItem(atPath: db + "-shm")
            try directory.makeReadOnly()
        }
        defer { server.stop() }
        let head = try server.get("/api/v2/head")
        #expect(head.status == 200)
        #expect(try JSON.parse(head.body)["position"]?.int == Int(demoHead))
        let deadline = ContinuousClock.now + .seconds(5)
        while !server.log.contains("immutable copy"), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(25))
        }
        #expect(server.log.contains("new events will not be followed"), "programd said:\n\(server.log)")
        #expect(!FileManager.default.fileExists(atPath: server.db + "-shm"))
    }
}
