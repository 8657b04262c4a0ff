import EventStore
import Foundation
import PostgresEventStore
import PostgresTestSupport
import TestSupport
import Testing

@Suite(
    "PostgreSQL: waiting for appends",
    .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set: the PostgreSQL half is skipped"))
struct PostgresAppendNotificationTests {
    let writer = Executable("store-writer")

    @Test("a wait of 300 s returns within a second of an append by another process; with none, after its interval")
    func wakes() async throws {
        try await Backend.postgres.withLog { log, tamper in
            // The waiters are processes of their own: this one's thread pool is shared with the
            // rest of the suite, whose blocking calls can hold up a resumed task for seconds — for
            // half a minute on a loaded machine, hence a wait far longer than that.
            let waiter = try writer.start(["wait", tamper.target, "300", "0"])
            #expect(await waiter.waitForLine(containing: "waiting"))
            try await Task.sleep(for: .milliseconds(300))
            let appending = Date().timeIntervalSince1970
            try log.append(events(1), to: "alpha", expecting: .noStream, metadata: metadata)
            let appended = Date().timeIntervalSince1970
            let woke = try #require(await time(waiter, "woke"))
            #expect(await waiter.wait() == 0)
            #expect(woke >= appending, "it returned before anything was appended")
            #expect(woke < appended + 1, "it woke \(woke - appended) s after the append")

            // The head has passed 0 already: a new store's wait returns once it listens (it reads the
            // head then). With nothing appended, a wait lasts its interval.
            let passed = try await wait(tamper.target, after: 0, seconds: 30)
            #expect(passed < 10, "it took \(passed) s")
            let idle = try await wait(tamper.target, after: 1, seconds: 0.5)
            #expect(idle >= 0.5 && idle < 10, "it took \(idle) s")
        }
    }

    /// How long `store-writer wait` waited, in seconds.
    private func wait(_ url: String, after position: Int64, seconds: Double) async throws -> Double {
        let waiter = try writer.start(["wait", url, "\(seconds)", "\(position)"])
        #expect(await waiter.wait() == 0)
        let output = String(decoding: waiter.stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let times = output.split(separator: "\n").compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        try #require(times.count == 2, "\(output)")
        return times[1] - times[0]
    }

    /// The time on the waiter's next line starting with `word`.
    private func time(_ waiter: RunningProcess, _ word: String) async -> Double? {
        await waiter.line(containing: word)?.split(separator: " ").last.flatMap { Double($0) }
    }

    @Test("where the store cannot listen, a wait lasts its interval and does not fail")
    func cannotListen() async throws {
        try await Backend.postgres.withLog { log, tamper in
            let role = "follower_\(UUID().uuidString.prefix(8).lowercased())"
            let database = String(URLComponents(string: tamper.target)!.path.dropFirst())
            let server = try #require(Backend.postgresURL)
            _ = try tamper.runGuarded("CREATE ROLE \(role) LOGIN IN ROLE programme_reader")
            defer { _ = try? tamper.runGuarded("DROP ROLE \(role)") }
            // Opened while it may connect: its listening connection, opened by the first wait, may not.
            let follower = try PostgresEventStore(
                url: TestDatabase.url(of: database, as: role, on: server), mode: .readOnly)
            _ = try tamper.runGuarded("REVOKE CONNECT ON DATABASE \(database) FROM PUBLIC")
            let clock = ContinuousClock()
            let started = clock.now
            let appending = Task {
                try await Task.sleep(for: .milliseconds(200))
                try log.append(events(1), to: "alpha", expecting: .noStream, metadata: metadata)
            }
            await follower.waitForAppend(after: 0, upTo: .seconds(1))
            try await appending.value
            #expect(clock.now - started >= .seconds(1))
            #expect(try follower.head().position == 1)
        }
    }
}
