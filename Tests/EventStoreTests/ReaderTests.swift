import Dispatch
import EventStore
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite("Independent readers")
struct ReaderTests {
    @Test("while a verification holds its reader, other threads read the head and events, and write")
    func verificationDoesNotHoldUpOthers() async throws {
        try await withStore { store, _ in
            try store.append(events(10), to: "s", expecting: .any, metadata: metadata)
            var others: (appended: ClosedRange<Int64>, head: Int64, page: Int)?
            var nested: Int64?
            let report = try store.verify { _ in
                // Called inside the verification's read transaction, with its reader held.
                others = onAnotherThread {
                    let appended = try store.append(events(1), to: "t", expecting: .any, metadata: metadata)
                    return (appended.positions, try store.head().position, try store.read(from: 1).count)
                }
                // A read on this thread runs on the verification's reader, in its snapshot.
                nested = try? store.head().position
            }
            #expect(report.isIntact && report.eventsChecked == 10)
            #expect(others?.appended == 11...11)
            #expect(others?.head == 11)
            #expect(others?.page == 11)
            #expect(nested == 10)
        }
    }

    @Test("a read nested in another on the same thread reuses its reader, also when the pool has one")
    func nestedReads() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("log.sqlite")
            // More than 65,536 events, so that progress is called in the middle of the walk.
            let count = 65_537
            try EventStore(path: path, mode: .create).write { transaction in
                for start in stride(from: 0, to: count, by: 1000) {
                    _ = try transaction.append(
                        events(min(1000, count - start)), to: "s", expecting: .any, metadata: metadata)
                }
            }
            var options = EventStore.Options()
            options.readers = 1
            let store = try EventStore(path: path, mode: .readOnly, options: options)
            let result = onAnotherThread { () -> (outer: Int64, inner: [Int64]) in
                var inner: [Int64] = []
                let outer = try store.verify { position in
                    guard position < count else { return }
                    // The same query as the walk's, still stepping: the nested walk gets its own statement.
                    inner.append((try? store.verify())?.eventsChecked ?? -1)
                    inner.append((try? store.head())?.position ?? -1)
                    inner.append(Int64((try? store.read(from: position, limit: 2))?.count ?? -1))
                }
                return (outer.eventsChecked, inner)
            }
            #expect(result?.outer == Int64(count))
            #expect(result?.inner == [Int64(count), Int64(count), 2])
        }
    }

    @Test("offloaded calls run side by side: a long one does not hold up a short one")
    func offloadSideBySide() async throws {
        try await withStore { store, _ in
            try store.append(events(3), to: "s", expecting: .any, metadata: metadata)
            let shortDone = DispatchSemaphore(value: 0)
            let (longStarted, started) = AsyncStream<Void>.makeStream()
            async let long = store.offload { store in
                started.yield()
                // Waits for the short call, which could not start if calls ran one after another.
                let overtaken = shortDone.wait(timeout: .now() + 60) == .success
                return (overtaken, try store.head().position)
            }
            for await _ in longStarted { break }
            let short = try await store.offload { try $0.read(from: 1).count }
            shortDone.signal()
            #expect(short == 3)
            #expect(try await long == (true, 3))
        }
    }

    @Test("a tail notices commits while other threads hold readers")
    func tailWithBusyReaders() async throws {
        try await withStore { store, _ in
            var iterator = store.tail(after: 0, every: .milliseconds(5)).makeAsyncIterator()
            try store.append(events(2), to: "s", expecting: .any, metadata: metadata)
            #expect(try await iterator.next()?.map(\.position) == [1, 2])
            // Readers held on other threads, so that the tail's polls land on other connections.
            let release = holdReaders(2, of: store)
            try store.append(events(1), to: "s", expecting: .any, metadata: metadata)
            #expect(try await iterator.next()?.map(\.position) == [3])
            release()
        }
    }
}

/// Runs `body` on a new thread and waits up to 10 s for it: `nil` when it did not finish (a
/// deadlock) or threw.
private func onAnotherThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) -> T? {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Thread {
        result.withLock { $0 = try? body() }
        done.signal()
    }.start()
    guard done.wait(timeout: .now() + 60) == .success else { return nil }
    return result.withLock { $0 }
}

/// Holds `count` readers of `store`, each on its own thread inside a verification, until the
/// function returned is called (or 10 s passed).
private func holdReaders(_ count: Int, of store: EventStore) -> () -> Void {
    let (holding, release, released) = (
        DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)
    )
    for _ in 0..<count {
        Thread {
            _ = try? store.verify { _ in
                holding.signal()
                _ = release.wait(timeout: .now() + 10)
            }
            released.signal()
        }.start()
    }
    for _ in 0..<count { holding.wait() }
    return {
        for _ in 0..<count { release.signal() }
        for _ in 0..<count { released.wait() }
    }
}
