import Foundation
import PostgresTestSupport
import TestSupport
import Testing

/// Two programd replicas on one PostgreSQL log, behind Debian's nginx: they serve the same bytes
/// for the same position, follow concurrent writers without going back, show a write within a
/// second, and the service stays up when one of them is killed. One story on one demo database:
/// recording the demo there is what takes the time.
@Suite(
    "programd replicas on PostgreSQL behind nginx",
    .enabled(if: TestDatabase.server != nil, "PROGRAMME_TEST_POSTGRES is not set: no PostgreSQL server to serve from"),
    .enabled(if: Nginx.isInstalled, "Debian's nginx (/usr/sbin/nginx) is not installed: apt-get install nginx"))
struct ReplicaTests {
    /// Read models whose bytes both replicas must agree on.
    static let comparedPaths = ["/api/v2/framework", "/api/v2/overview"]

    @Test("equal answers from both replicas, two writers at once, a write within a second, one replica killed")
    func replicas() async throws {
        try await ReplicaSet.with { set in
            try await identicalAnswers(set)
            try await concurrentWriters(set)
            try await promptWrites(set)
            try await oneReplicaKilled(set)
        }
    }

    /// Both replicas give the same body and ETag for the same position, directly and through nginx.
    private func identicalAnswers(_ set: ReplicaSet) async throws {
        let head = try set.storeHead()
        for replica in set.replicas {
            #expect(try await set.timeUntil(replica, serves: head, within: .seconds(10)) != nil, "\(replica.log)")
        }
        for path in Self.comparedPaths {
            let answers = try set.replicas.map { try $0.get(path) }
            #expect(answers.allSatisfy { $0.status == 200 }, "\(path)")
            #expect(answers.allSatisfy { $0.headers["etag"] == "\"\(head)\"" }, "\(path)")
            #expect(Set(answers.map(\.body)).count == 1, "\(path): the replicas' bodies differ")
            let proxied = ProxiedResponse(try set.nginx.get(path))
            #expect(proxied.status == 200 && proxied.position == Int(head) && proxied.body == answers[0].body)
        }
    }

    /// While two programctl record at once, every answer through nginx is 200, no replica goes
    /// back, and answers at the same position are the same bytes.
    private func concurrentWriters(_ set: ReplicaSet) async throws {
        let before = try set.storeHead()
        let perWriter = 8
        let nginx = set.nginx
        // Reads through nginx until the writers are done; a request that gets no answer at all is
        // a failure too.
        let reader = Task { () -> (seen: [ProxiedResponse], unanswered: [String]) in
            var (seen, unanswered): ([ProxiedResponse], [String]) = ([], [])
            while !Task.isCancelled {
                do {
                    seen.append(ProxiedResponse(try nginx.get("/api/v2/framework")))
                } catch {
                    unanswered.append("\(error)")
                }
                try? await Task.sleep(for: .milliseconds(5))
            }
            return (seen, unanswered)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for shell in ["A", "B"] {
                group.addTask {
                    for count in 1...perWriter {
                        let recorded = try await set.recordInput("Inbreng \(count) uit shell \(shell)")
                        #expect(recorded.status == 0, "programctl in shell \(shell): \(recorded.stderr)")
                    }
                }
            }
            try await group.waitForAll()
        }
        reader.cancel()
        let (seen, unanswered) = await reader.value

        let head = try set.storeHead()
        #expect(head == before + Int64(2 * perWriter))
        #expect(unanswered.isEmpty, "no answer through nginx: \(unanswered.prefix(3))")
        let failed = seen.filter { $0.status != 200 }
        #expect(failed.isEmpty, "\(failed.count) of \(seen.count) failed: \(failed.prefix(3))\n\(nginx.errorLog)")
        let ports = Set(set.replicas.map(\.port))
        #expect(Set(seen.compactMap(\.replica)) == ports, "nginx did not ask both replicas")
        for port in ports {
            let positions = seen.filter { $0.replica == port }.compactMap(\.position)
            #expect(positions == positions.sorted(), "the replica on \(port) went back: \(positions)")
        }
        #expect(Set(seen.compactMap(\.position)).count > 1, "no write was seen while recording")
        for (position, answers) in Dictionary(grouping: seen, by: \.position) {
            #expect(Set(answers.map(\.body)).count == 1, "different bodies at position \(position ?? -1)")
        }
        for replica in set.replicas {
            #expect(try await set.timeUntil(replica, serves: head, within: .seconds(10)) != nil, "\(replica.log)")
        }
    }

    /// A write is served by both replicas within a second: the fastest of three writes, so that a
    /// moment of load elsewhere on the machine does not decide; each within 10 s.
    private func promptWrites(_ set: ReplicaSet) async throws {
        var slowest: [Duration] = []
        for attempt in 1...3 {
            let recorded = try await set.recordInput("Vraag \(attempt) uit de enquête")
            try #require(recorded.status == 0, "programctl: \(recorded.stderr)")
            let position = try set.storeHead()
            var times: [Duration] = []
            for replica in set.replicas {
                let time = try await set.timeUntil(replica, serves: position, within: .seconds(10))
                #expect(time != nil, "a replica did not serve \(position) within 10 s:\n\(replica.log)")
                times.append(time ?? .seconds(10))
            }
            slowest.append(times.max()!)
        }
        #expect(slowest.min()! < .seconds(1), "both replicas served a write after \(slowest)")
    }

    /// With one replica killed, every request through nginx succeeds, and a new write is served.
    private func oneReplicaKilled(_ set: ReplicaSet) async throws {
        let (killed, survivor) = (set.replicas[0], set.replicas[1])
        await killed.process.kill()
        for _ in 1...20 {
            let answer = ProxiedResponse(try set.nginx.get("/api/v2/framework"))
            #expect(answer.status == 200 && answer.replica == survivor.port, "\(set.nginx.errorLog)")
        }
        let recorded = try await set.recordInput("Na het uitvallen van een replica")
        try #require(recorded.status == 0, "programctl: \(recorded.stderr)")
        let head = try set.storeHead()
        #expect(try await set.timeUntil(survivor, serves: head, within: .seconds(10)) != nil, "\(survivor.log)")
        let answer = ProxiedResponse(try set.nginx.get("/api/v2/framework"))
        #expect(answer.status == 200 && answer.position == Int(head))
    }
}
