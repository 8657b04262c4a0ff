import EventStore
import Foundation
import PostgresEventStore
import PostgresTestSupport
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// programctl and programd with `--db postgres://…`, as a user runs them: the demo recorded on a
/// PostgreSQL server, recorded to, refused, exported for the independent verifier, published and
/// served — the same answers as from an SQLite file holding the same log.
@Suite(
    "the programme on PostgreSQL",
    .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set: no PostgreSQL server to record on"))
struct ProgrammeOnPostgresTests {
    let programctl = Executable("programctl")

    @Test("the demo, a recording, a refusal and an export: the verifier passes on what the database holds")
    func recordRefuseExport() async throws {
        try await withTemporaryDirectory { directory in
            try await TestDatabase.with { url in
                let demo = try await programctl.run(["demo", "--db", url])
                #expect(demo.status == 0 && demo.stdout.contains("842 events"), "\(demo.stderr)")
                let input = [
                    "input", "add", "--db", url, "--as", "K1", "--pillar", "1", "--source", "youth", "--channel",
                    "conference", "--municipality", "Kerkrade", "--theme", "school", "--date", "2025-06-07",
                    "--summary", "Een vast aanspreekpunt",
                ]
                let added = try await programctl.run(input + ["--level", "2"])
                #expect(added.status == 0 && added.stdout.contains("position 843"), "\(added.stderr)")
                let log = try PostgresEventStore(url: url, mode: .readOnly)
                let head = try log.head()

                let refused = try await programctl.run(input + ["--level", "9"])
                #expect(refused.status == 64 && refused.stderr.contains("--level"), "\(refused.stderr)")
                let again = try await programctl.run(["demo", "--db", url])
                #expect(again.status == 64 && again.stderr.contains("already holds events"), "\(again.stderr)")
                let backup = try await programctl.run(["backup", "--db", url, directory.path("b.sqlite")])
                #expect(backup.status == 64 && backup.stderr.contains("pg_dump"), "\(backup.stderr)")
                #expect(try log.head() == head)

                #expect(try await programctl.run(["audit", "verify", "--db", url]).status == 0)
                let exported = try await programctl.run(["audit", "export", "--db", url, directory.path("export")])
                #expect(exported.status == 0, "\(exported.stderr)")
                let file = directory.path("export/log.sqlite")
                let export = try EventStore(path: file, mode: .readOnly)
                #expect(try export.read(from: 1, limit: 2000) == log.read(from: 1, limit: 2000))
                #expect(try export.keptSubjectKeys().isEmpty)
                let verifier = try await IndependentVerifier.run(file)
                #expect(verifier.status == 0 && verifier.stdout.contains("intact"), "\(verifier.stderr)")
            }
        }
    }

    @Test("programd on the database and on an SQLite copy of it: the same bodies and ETags, the published checkpoint")
    func servesAsSQLite() async throws {
        try await withTemporaryDirectory { directory in
            try await TestDatabase.with { url in
                let file = directory.path("zl.sqlite")
                let key = directory.path("log.key")
                #expect(try await programctl.run(["demo", "--db", url]).status == 0)
                #expect(try await programctl.run(["audit", "keygen", "--db", url, "--output", key]).status == 0)
                let published = try await programctl.run([
                    "audit", "checkpoint", "--db", url, "--key", key, "--publish", "--output", directory.path("c.txt"),
                ])
                #expect(published.status == 0, "\(published.stderr)")
                #expect(try await programctl.run(["store", "copy", url, file]).status == 0)
                let onDatabase = try ServedStore(url)
                let onFile = try ServedStore(file)
                defer {
                    onDatabase.stop()
                    onFile.stop()
                }
                for path in ["/api/v2/framework", "/api/v2/lineage", "/api/v2/events?limit=20", "/tile/0/000", "/"] {
                    let (there, here) = (try onDatabase.get(path), try onFile.get(path))
                    #expect(there.status == 200 && there == here, "\(path)")
                }
                let checkpoint = try onDatabase.get("/checkpoint")
                let note = try String(contentsOfFile: directory.path("c.txt"), encoding: .utf8)
                #expect(checkpoint.status == 200 && checkpoint.body == note)
            }
        }
    }

    @Test("privacy forget and purge on the database: the key destroyed, its row rewritten away, the purge confirmed")
    func forgetAndPurge() async throws {
        try await TestDatabase.with { url in
            #expect(try await programctl.run(["demo", "--db", url]).status == 0)
            let log = try PostgresEventStore(url: url, mode: .readOnly)
            #expect(try log.subjectKey("P2") != nil)
            let forgotten = try await programctl.run([
                "privacy", "forget", "P2", "--as", "K1", "--reason", "verzoek van betrokkene", "--db", url,
            ])
            // 3 only while another test's transaction, older than the erasure, holds the old row.
            #expect(
                forgotten.status == 0 || (forgotten.status == 3 && forgotten.stderr.contains("older than the erasure")),
                "\(forgotten.stderr)")
            #expect(try log.subjectKey("P2") == nil)
            #expect(try log.keptKeyTraces().map(\.subject) == ["P2"])
            var purged = try await programctl.run(["privacy", "purge", "--json", "--db", url])
            for _ in 0..<20 where purged.status == 3 {
                try await Task.sleep(for: .milliseconds(500))
                purged = try await programctl.run(["privacy", "purge", "--json", "--db", url])
            }
            #expect(purged.status == 0 && purged.stdout.contains("\"confirmed\":true"), "\(purged.stdout)")
            #expect(purged.stdout.contains("base backups"), "\(purged.stdout)")
            let export = try await programctl.run(["privacy", "export", "P2", "--as", "K1", "--db", url])
            #expect(export.status == 0 && export.stdout.contains("\"forgotten\" : true"), "\(export.stdout)")
        }
    }

    @Test("programd rides out connections the server drops (a restart, a fail-over): it serves on, then follows again")
    func ridesOutDroppedConnections() async throws {
        try await TestDatabase.with { url in
            #expect(try await programctl.run(["demo", "--db", url]).status == 0)
            let served = try ServedStore(url)
            defer { served.stop() }
            let database = String(try #require(URLComponents(string: url)?.path.dropFirst()))
            let admin = try PostgresSession.connect(PostgresURL(url))
            defer { admin.close() }
            let dropped = try admin.query(
                """
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = \(database) AND pid <> pg_backend_pid()
                """
            ).rows.first?.decode(Int64.self)
            #expect((dropped ?? 0) > 0)
            #expect(try served.get("/api/v2/framework").status == 200)
            let added = try await programctl.run([
                "input", "add", "--db", url, "--as", "K1", "--pillar", "1", "--source", "youth", "--channel",
                "conference", "--municipality", "Kerkrade", "--theme", "school", "--date", "2025-06-07", "--summary",
                "Na de herstart", "--level", "2",
            ])
            #expect(added.status == 0, "\(added.stderr)")
            let deadline = ContinuousClock.now + .seconds(30)
            var etag: String?
            while ContinuousClock.now < deadline, etag != "\"843\"" {
                try await Task.sleep(for: .milliseconds(200))
                etag = try served.get("/api/v2/framework").etag
            }
            #expect(etag == "\"843\"", "\(served.exit ?? served.log)")
        }
    }
}

/// programd serving a store on a free port, its answers read over plain HTTP.
private struct ServedStore {
    let process: RunningProcess
    let port: Int

    struct Answer: Equatable {
        var status: Int
        var etag: String?
        var body: String
    }

    init(_ store: String) throws {
        process = try Executable("programd").start(["--db", store, "--port", "0", "--log-level", "info"])
        var seen = ""
        while !seen.contains("/\n") {
            let chunk = process.stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        guard let match = seen.firstMatch(of: /at http:\/\/127\.0\.0\.1:(\d+)\//), let port = Int(match.output.1) else {
            process.process.terminate()
            throw PostgresLogError(message: "programd did not start on \(store)")
        }
        self.port = port
    }

    func get(_ path: String) throws -> Answer {
        let semaphore = DispatchSemaphore(value: 0)
        let box = AnswerBox()
        let request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            let http = response as? HTTPURLResponse
            box.answer = Answer(
                status: http?.statusCode ?? 0, etag: http?.value(forHTTPHeaderField: "ETag"),
                body: String(decoding: data ?? Data(), as: UTF8.self))
            semaphore.signal()
        }.resume()
        semaphore.wait()
        return box.answer ?? Answer(status: 0, body: "")
    }

    func stop() { process.process.terminate() }

    /// What programd wrote on standard error so far (stopping it).
    var log: String {
        stop()
        return String(decoding: process.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// How programd ended, with what it wrote on standard error, once it has.
    var exit: String? {
        guard !process.process.isRunning else { return nil }
        let errors = process.stderr.fileHandleForReading.readDataToEndOfFile()
        return "programd exited \(process.process.terminationStatus): \(String(decoding: errors, as: UTF8.self))"
    }
}

private final class AnswerBox: @unchecked Sendable {
    var answer: ServedStore.Answer?
}
