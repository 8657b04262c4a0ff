import EventStore
import Foundation
import TestSupport
import Testing

@Suite("Tailing the log")
struct TailTests {
    @Test("a reader sees events another connection commits, in order, in pages")
    func tailAcrossConnections() async throws {
        try await withStore { writer, directory in
            try writer.append(events(3), to: "s", expecting: .any, metadata: metadata)
            let reader = try EventStore(path: directory.path("log.sqlite"), mode: .readOnly)
            var iterator = reader.tail(after: 1, every: .milliseconds(10), pageSize: 2).makeAsyncIterator()
            #expect(try await iterator.next()?.map(\.position) == [2, 3])
            try writer.append(events(5), to: "s", expecting: .any, metadata: metadata)
            #expect(try await iterator.next()?.map(\.position) == [4, 5])
            #expect(try await iterator.next()?.map(\.position) == [6, 7])
            #expect(try await iterator.next()?.map(\.position) == [8])
        }
    }

    @Test("a tail sees commits made through its own store instance")
    func tailSameInstance() async throws {
        try await withStore { store, _ in
            var iterator = store.tail(after: 0, every: .milliseconds(10)).makeAsyncIterator()
            let writer = Task {
                try await Task.sleep(for: .milliseconds(50))
                return try store.append(events(2), to: "s", expecting: .any, metadata: metadata)
            }
            let page = try await iterator.next()
            #expect(page?.map(\.position) == [1, 2])
            #expect(try await writer.value.positions == 1...2)
        }
    }

    @Test("a cancelled tail ends")
    func cancellation() async throws {
        try await withStore { store, _ in
            let task = Task {
                var pages = 0
                for try await _ in store.tail(after: 0, every: .milliseconds(10)) { pages += 1 }
                return pages
            }
            try await Task.sleep(for: .milliseconds(50))
            task.cancel()
            #expect(try await task.value == 0)
        }
    }
}
