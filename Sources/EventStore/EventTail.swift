import Foundation

/// New events as they are committed, by any process: an async sequence of pages.
///
/// ```swift
/// for try await page in store.tail(after: state.position) {
///     for event in page { state.apply(event) }
/// }
/// ```
/// It polls `PRAGMA data_version` (a cheap in-memory check that changes when another
/// connection commits) and reads only when something changed. The reads run off the
/// cooperative thread pool. The sequence ends when its task is cancelled.
public struct EventTail: AsyncSequence, Sendable {
    public typealias Element = [StoredEvent]

    let store: EventStore
    let position: Int64
    let interval: Duration
    let pageSize: Int

    public func makeAsyncIterator() -> Iterator {
        Iterator(store: store, position: position, interval: interval, pageSize: pageSize)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let store: EventStore
        var position: Int64
        let interval: Duration
        let pageSize: Int
        var seen: Change? = nil

        /// The next page of events after the last one returned; waits until there is one.
        public mutating func next() async throws -> [StoredEvent]? {
            while !Task.isCancelled {
                let (after, limit, last) = (position, pageSize, seen)
                let (change, page) = try await store.offload { store in
                    let change = try store.change()
                    guard change != last else { return (change, [StoredEvent]()) }
                    return (change, try store.read(from: after + 1, limit: limit))
                }
                if let final = page.last {
                    position = final.position
                    // A full page may have more behind it: look again without waiting.
                    seen = page.count == pageSize ? nil : change
                    return page
                }
                seen = change
                try? await Task.sleep(for: interval)
            }
            return nil
        }
    }

    /// What tells a poller that the log may have grown: `PRAGMA data_version` of one reader.
    /// It counts the commits of every other connection, the store's own writer included, but
    /// only values of the same connection compare: read on another one, it counts as a change.
    struct Change: Equatable, Sendable {
        var reader: ObjectIdentifier
        var dataVersion: Int64
    }
}

extension EventStore {
    /// The events committed after `position`, now and as they come, in pages of up to `pageSize`.
    public func tail(after position: Int64, every interval: Duration = .milliseconds(100), pageSize: Int = 1000)
        -> EventTail
    {
        EventTail(store: self, position: position, interval: interval, pageSize: pageSize)
    }

    /// `PRAGMA data_version` of the reader it runs on: if it did not move there, no one committed.
    func change() throws -> EventTail.Change {
        try reading { EventTail.Change(reader: ObjectIdentifier($0), dataVersion: try $0.pragma("data_version")) }
    }
}
