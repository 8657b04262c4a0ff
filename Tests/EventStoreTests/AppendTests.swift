import EventStore
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite("Appending")
struct AppendTests {
    @Test("positions are gapless across streams and versions gapless per stream")
    func gaplessPositions() async throws {
        try await withStore { store, _ in
            try store.append(events(2), to: "a", expecting: .noStream, metadata: metadata)
            try store.append(events(3), to: "b", expecting: .noStream, metadata: metadata)
            try store.append(events(1), to: "a", expecting: .exactly(2), metadata: metadata)
            let all = try store.read(from: 1)
            #expect(all.map(\.position) == [1, 2, 3, 4, 5, 6])
            #expect(all.map(\.stream) == ["a", "a", "b", "b", "b", "a"])
            #expect(all.map(\.streamVersion) == [1, 2, 1, 2, 3, 3])
            #expect(try store.read(stream: "a").map(\.position) == [1, 2, 6])
            #expect(try store.head().position == 6)
            #expect(try store.head().chainHash == all.last?.chainHash)
        }
    }

    @Test("an event reads back with every field and its metadata")
    func roundTrip() async throws {
        try await withStore { store, _ in
            let cause = UUID.v7()
            let event = NewEvent(type: "Noted", schemaVersion: 2, payload: payload("héllo"), causationID: cause)
            let result = try store.append([event], to: "s", expecting: .any, metadata: metadata)
            #expect(result == AppendResult(positions: 1...1, streamVersion: 1, wasAlreadyStored: false))
            let stored = try #require(try store.read(from: 1).first)
            #expect(stored.id == event.id)
            #expect(stored.type == "Noted")
            #expect(stored.schemaVersion == 2)
            #expect(stored.payload == event.payload)
            #expect(stored.metadata.actor == "tester")
            #expect(stored.metadata.command == "test")
            #expect(stored.metadata.correlationID == "test-correlation")
            #expect(stored.metadata.causationID == cause)
            #expect(stored.metadata.recordedAtText.count == 27)
            #expect(stored.metadata.recordedAtText.hasSuffix("Z"))
            #expect(abs(stored.metadata.recordedAt.timeIntervalSinceNow) < 60)
        }
    }

    @Test("a stale expected version fails, names both versions, and writes nothing")
    func expectedVersionConflicts() async throws {
        try await withStore { store, _ in
            try store.append(events(2), to: "s", expecting: .noStream, metadata: metadata)
            let head = try store.head()
            let cases: [(ExpectedVersion, String)] = [
                (.noStream, "expected no stream (version 0), actual version 2"),
                (.exactly(1), "expected version 1, actual version 2"),
                (.exactly(3), "expected version 3, actual version 2"),
            ]
            for (expected, message) in cases {
                let error = #expect(throws: EventStoreError.self) {
                    try store.append(events(1), to: "s", expecting: expected, metadata: metadata)
                }
                #expect(error == .wrongExpectedVersion(stream: "s", expected: expected, actual: 2))
                #expect(error?.description.contains(message) == true)
                #expect(try store.head() == head)
            }
            try store.append(events(1), to: "s", expecting: .exactly(2), metadata: metadata)
            try store.append(events(1), to: "s", expecting: .any, metadata: metadata)
            #expect(try store.version(of: "s") == 4)
        }
    }

    @Test("retrying a stored batch returns its positions and writes nothing")
    func idempotentRetry() async throws {
        try await withStore { store, _ in
            try store.append(events(1), to: "other", expecting: .any, metadata: metadata)
            let batch = events(3)
            let first = try store.append(batch, to: "s", expecting: .noStream, metadata: metadata)
            let head = try store.head()
            // The retry's expected version is stale by now; the stored batch wins over the check.
            let retry = try store.append(batch, to: "s", expecting: .noStream, metadata: metadata)
            #expect(retry.positions == first.positions)
            #expect(retry.streamVersion == 3)
            #expect(retry.wasAlreadyStored)
            #expect(!first.wasAlreadyStored)
            #expect(try store.head() == head)
        }
    }

    @Test("a batch that partly repeats stored event ids is refused whole")
    func partialOverlapRefused() async throws {
        try await withStore { store, directory in
            let stored = events(2)
            try store.append(stored, to: "s", expecting: .any, metadata: metadata)
            let mixed = events(2) + [stored[1]]
            let error = #expect(throws: EventStoreError.self) {
                try store.append(mixed, to: "s", expecting: .any, metadata: metadata)
            }
            #expect(error == .duplicateEventID(stored[1].id, storedAt: 2))
            #expect(rowCount(directory.path("log.sqlite")) == 2)
        }
    }

    @Test("a batch is all or nothing: a failure in the middle writes none of it")
    func batchAtomicity() async throws {
        try await withStore { store, directory in
            try store.append(events(1), to: "s", expecting: .any, metadata: metadata)
            var batch = events(5)
            batch[3].schemaVersion = 0
            #expect(throws: EventStoreError.self) {
                try store.append(batch, to: "s", expecting: .any, metadata: metadata)
            }
            struct Abort: Error {}
            #expect(throws: Abort.self) {
                try store.write { transaction in
                    _ = try transaction.append(events(3), to: "s", expecting: .any, metadata: metadata)
                    _ = try transaction.append(events(3), to: "t", expecting: .any, metadata: metadata)
                    throw Abort()
                }
            }
            #expect(rowCount(directory.path("log.sqlite")) == 1)
            #expect(try store.verify().isIntact)
        }
    }

    @Test("an empty batch or stream name is refused")
    func invalidArguments() async throws {
        try await withStore { store, _ in
            #expect(throws: EventStoreError.invalidArgument("nothing to append: the batch is empty")) {
                try store.append([], to: "s", expecting: .any, metadata: metadata)
            }
            #expect(throws: EventStoreError.invalidArgument("the stream name must not be empty")) {
                try store.append(events(1), to: "", expecting: .any, metadata: metadata)
            }
        }
    }

    @Test("recorded_at never goes back, even when the clock does")
    func monotonicRecordedAt() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("log.sqlite")
            var options = EventStore.Options()
            options.clock = { Date(timeIntervalSince1970: 1_700_000_000) }
            try EventStore(path: path, mode: .create, options: options)
                .append(events(1), to: "s", expecting: .any, metadata: metadata)
            options.clock = { Date(timeIntervalSince1970: 1_600_000_000) }
            let store = try EventStore(path: path, options: options)
            try store.append(events(1), to: "s", expecting: .any, metadata: metadata)
            let times = try store.read(from: 1).map(\.metadata.recordedAtText)
            #expect(times == ["2023-11-14T22:13:20.000000Z", "2023-11-14T22:13:20.000000Z"])
        }
    }

    @Test("the last position recorded at or before a moment")
    func positionAtMoment() async throws {
        try await withTemporaryDirectory { directory in
            let clock = ManualClock(start: Date(timeIntervalSince1970: 1_700_000_000))
            var options = EventStore.Options()
            options.clock = { clock.now }
            let store = try EventStore(path: directory.path("log.sqlite"), mode: .create, options: options)
            for _ in 0..<10 {
                try store.append(events(2), to: "s", expecting: .any, metadata: metadata)
                clock.advance(by: 60)
            }
            let start = Date(timeIntervalSince1970: 1_700_000_000)
            #expect(try store.position(recordedAtOrBefore: start.addingTimeInterval(-1)) == 0)
            #expect(try store.position(recordedAtOrBefore: start) == 2)
            #expect(try store.position(recordedAtOrBefore: start.addingTimeInterval(90)) == 4)
            #expect(try store.position(recordedAtOrBefore: start.addingTimeInterval(1_000_000)) == 20)
        }
    }
}

/// A clock the test moves by hand.
final class ManualClock: Sendable {
    private let seconds: Mutex<Double>
    init(start: Date) { seconds = Mutex(start.timeIntervalSince1970) }
    var now: Date { seconds.withLock { Date(timeIntervalSince1970: $0) } }
    func advance(by interval: Double) { seconds.withLock { $0 += interval } }
}
