import EventStore
import Foundation
import PostgresEventStore
import TestSupport
import Testing

@Suite(
    "PostgreSQL: waiting for appends",
    .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set: the PostgreSQL half is skipped"))
struct PostgresAppendNotificationTests {
    let writer = Executable("store-writer")

    @Test("a wait of 30 s returns within a second of an append by another process; with none, after its interval")
    func wakes() async throws {
        try await Backend.postgres.withLog { log, tamper in
            // The waiter is a process of its own: this one's thread pool is shared with the rest
            // of the suite, whose blocking calls can hold up a resumed task for seconds.
            let waiter = try writer.start(["wait", tamper.target, "-", "0"])
            #expect(await waiter.waitForLine(containing: "waiting"))
            try await Task.sleep(for: .milliseconds(300))
            let appending = Date().timeIntervalSince1970
            try log.append(events(1), to: "alpha", expecting: .noStream, metadata: metadata)
            let appended = Date().timeIntervalSince1970
            let woke = try #require(
                await waiter.line(containing: "woke")?.split(separator: " ").last.flatMap { Double($0) })
            #expect(await waiter.wait() == 0)
            #expect(woke >= appending, "it returned before anything was appended")
            #expect(woke < appended + 1, "it woke \(woke - appended) s after the append")

            let follower = try PostgresEventStore(url: tamper.target, mode: .readOnly)
            let clock = ContinuousClock()
            // The head has passed 0 already: a wait returns at once, on a new store too (it reads the
            // head once it listens). The bounds below tell a wake from a 30-s wait, allowing for a
            // thread pool held up by the rest of the suite.
            let again = clock.now
            await follower.waitForAppend(after: 0, upTo: .seconds(30))
            try await PostgresEventStore(url: tamper.target, mode: .readOnly).waitForAppend(
                after: 0, upTo: .seconds(30))
            #expect(clock.now - again < .seconds(15))

            let idle = clock.now
            await follower.waitForAppend(after: 1, upTo: .milliseconds(500))
            #expect(clock.now - idle >= .milliseconds(500))
            #expect(clock.now - idle < .seconds(15))
            let none = clock.now
            await follower.waitForAppend(after: 1, upTo: .zero)
            #expect(clock.now - none < .seconds(15))
        }
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
