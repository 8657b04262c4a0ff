import Foundation

/// New events as they are committed, by any process: an async sequence of pages.
///
/// ```swift
/// for try await page in store.tail(after: state.position) {
///     for event in page { state.apply(event) }
/// }
/// ```
/// It polls the log's ``EventLog/changeStamp()`` (on SQLite `PRAGMA data_version`, a cheap
/// in-memory check that changes when another connection commits) and reads only when something
/// changed; between polls it waits with ``EventLog/waitForAppend(after:upTo:)``, which a backend
/// that is told of appends (PostgreSQL's notifications) ends early. The reads run off the
/// cooperative thread pool. The sequence ends when its task is cancelled.
public struct EventTail: AsyncSequence, Sendable {
    public typealias Element = [StoredEvent]

    let log: any EventLog
    let position: Int64
    let interval: Duration
    let pageSize: Int

    public func makeAsyncIterator() -> Iterator {
        Iterator(log: log, position: position, interval: interval, pageSize: pageSize)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let log: any EventLog
        var position: Int64
        let interval: Duration
        let pageSize: Int
        var seen: LogChangeStamp? = nil

        public mutating func next() async throws -> [StoredEvent]? {
            while !Task.isCancelled {
                let (after, limit, last) = (position, pageSize, seen)
                let (change, page) = try await log.offload { log in
                    let change = try log.changeStamp()
                    guard change != last else { return (change, [StoredEvent]()) }
                    return (change, try log.read(from: after + 1, limit: limit))
                }
                if let final = page.last {
                    position = final.position
                    // A full page may have more behind it: look again without waiting.
                    seen = page.count == pageSize ? nil : change
                    return page
                }
                seen = change
                await log.waitForAppend(after: position, upTo: interval)
            }
            return nil
        }
    }
}

extension EventLog {
    /// The events committed after `position`, now and as they come, in pages of up to `pageSize`.
    public func tail(after position: Int64, every interval: Duration = .milliseconds(100), pageSize: Int = 1000)
        -> EventTail
    {
        EventTail(log: self, position: position, interval: interval, pageSize: pageSize)
    }
}

extension EventStore {
    /// `PRAGMA data_version` of the reader it runs on: if it did not move there, no one committed.
    public func changeStamp() throws -> LogChangeStamp {
        try reading {
            LogChangeStamp(source: ObjectIdentifier($0).hashValue, value: try $0.pragma("data_version"))
        }
    }
}
