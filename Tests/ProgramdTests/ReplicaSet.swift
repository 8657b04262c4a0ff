import EventStore
import Foundation
import PostgresEventStore
import PostgresTestSupport
import TestSupport
import Testing

/// The demo programme in a PostgreSQL database of its own, served by two programd replicas behind
/// nginx, set up as docs/operations.md says: the demo recorded by the database's owner, then
/// programctl writing as a login in `programme_writer` and the replicas reading as one in
/// `programme_reader`.
struct ReplicaSet {
    /// The database as its owner.
    let url: String
    /// The database as programctl logs in to it.
    let writerURL: String
    let replicas: [LiveServer]
    let nginx: Nginx

    /// Sets it all up on the test server, runs `body`, and stops and drops it all.
    static func with(_ body: (ReplicaSet) async throws -> Void) async throws {
        let server = try #require(TestDatabase.server)
        try await TestDatabase.with { url in
            let demo = try await Executable("programctl").run(["--db", url, "demo"])
            try #require(demo.status == 0, "programctl demo: \(demo.stderr)")
            let suffix = UUID().uuidString.prefix(8).lowercased()
            let (writer, reader) = ("programctl_\(suffix)", "programd_\(suffix)")
            try TestDatabase.execute("CREATE ROLE \(writer) LOGIN IN ROLE programme_writer")
            defer { try? TestDatabase.execute("DROP ROLE \(writer)") }
            try TestDatabase.execute("CREATE ROLE \(reader) LOGIN IN ROLE programme_reader")
            defer { try? TestDatabase.execute("DROP ROLE \(reader)") }
            let database = String(URLComponents(string: url)!.path.dropFirst())
            let readerURL = TestDatabase.url(of: database, as: reader, on: server)
            var replicas: [LiveServer] = []
            defer { for replica in replicas { replica.stop() } }
            for _ in 0..<2 { replicas.append(try LiveServer(database: readerURL)) }
            let nginx = try await Nginx(upstreams: replicas.map(\.port))
            defer { nginx.stop() }
            try await body(
                ReplicaSet(
                    url: url, writerURL: TestDatabase.url(of: database, as: writer, on: server), replicas: replicas,
                    nginx: nginx))
        }
    }

    /// The log's last position, read from the database.
    func storeHead() throws -> Int64 { try PostgresEventStore(url: url, mode: .readOnly).head().position }

    /// Records one input with programctl, as the writer; its output when it fails.
    func recordInput(_ summary: String) async throws -> ProcessResult {
        try await Executable("programctl").run([
            "--db", writerURL, "input", "add", "--as", "K1", "--pillar", "3", "--source", "youth", "--channel",
            "survey", "--date", LiveUpdateTests.yesterday, "--summary", summary, "--level", "2",
        ])
    }

    /// How long after now `replica` first serves `position` (asking it every 10 ms, bypassing
    /// nginx), or `nil` if it does not within `timeout`.
    func timeUntil(_ replica: LiveServer, serves position: Int64, within timeout: Duration) async throws -> Duration? {
        let start = ContinuousClock.now
        while true {
            // Read again after every wait, the deadline included: on a busy machine the wait itself
            // can outlast the deadline.
            let served = try JSON.parse(replica.get("/api/v2/head").body)["position"]?.int
            let elapsed = ContinuousClock.now - start
            if let served, served >= Int(position) { return elapsed }
            if elapsed >= timeout { return nil }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
