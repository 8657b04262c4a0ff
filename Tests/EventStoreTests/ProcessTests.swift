import EventStore
import Foundation
import TestSupport
import Testing

@Suite("Writers in separate processes")
struct ProcessTests {
    let writer = Executable("store-writer")

    @Test("two processes appending 500 events each at once: 1,000 events, gapless, verified")
    func concurrentWriters() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("log.sqlite")
            _ = try EventStore(path: path, mode: .create)
            // Both start at the same moment, half a second from now.
            let start = ["START_AT": "\(Date().timeIntervalSince1970 + 0.5)"]
            let first = try writer.start(["append", path, "alpha", "500", "1"], environment: start)
            let second = try writer.start(["append", path, "beta", "500", "1"], environment: start)
            #expect(await first.wait() == 0)
            #expect(await second.wait() == 0)
            let store = try EventStore(path: path, mode: .readOnly)
            let all = try store.read(from: 1, limit: 5000)
            #expect(all.map(\.position) == Array(1...1000))
            #expect(try store.read(stream: "alpha").map(\.streamVersion) == Array(1...500))
            #expect(try store.read(stream: "beta").map(\.streamVersion) == Array(1...500))
            // Each writer's events keep their own order.
            let alphaIndexes = try store.read(stream: "alpha").map {
                try JSONDecoder().decode(Index.self, from: $0.payload).index
            }
            #expect(alphaIndexes == Array(0..<500))
            // The two really interleaved rather than running one after the other.
            let switches = zip(all, all.dropFirst()).filter { $0.stream != $1.stream }.count
            #expect(switches > 1)
            let report = try store.verify()
            #expect(report.isIntact)
            #expect(report.eventsChecked == 1000)
        }
    }

    @Test("kill -9 in the middle of a large batch: after reopening it is wholly absent and the log verifies")
    func killedWriter() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("log.sqlite")
            let store = try EventStore(path: path, mode: .create)
            try store.append(events(10), to: "before", expecting: .any, metadata: metadata)
            let process = try writer.start(["crash", path, "big", "20000"])
            #expect(await process.waitForLine(containing: "halfway"))
            await process.kill()
            let reopened = try EventStore(path: path)
            #expect(try reopened.version(of: "big") == 0)
            #expect(try reopened.head().position == 10)
            #expect(try reopened.verify().isIntact)
            // The file takes new writes after the crash.
            try reopened.append(events(3), to: "after", expecting: .noStream, metadata: metadata)
            #expect(try reopened.verify().eventsChecked == 13)
        }
    }

    @Test("kill -9 right after a large batch committed: it is wholly there")
    func killedAfterCommit() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("log.sqlite")
            _ = try EventStore(path: path, mode: .create)
            let result = try await writer.run(["append", path, "big", "20000", "20000"])
            #expect(result.status == 0)
            let process = try writer.start(["crash", path, "other", "10"])
            #expect(await process.waitForLine(containing: "halfway"))
            await process.kill()
            let reopened = try EventStore(path: path, mode: .readOnly)
            #expect(try reopened.version(of: "big") == 20000)
            #expect(try reopened.verify().eventsChecked == 20000)
        }
    }
}

private struct Index: Decodable {
    var index: Int
}
