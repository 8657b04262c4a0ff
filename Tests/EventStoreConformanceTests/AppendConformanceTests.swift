import EventStore
import Foundation
import Testing

/// What a write transaction's body throws to roll back.
private struct Refused: Error {}

@Suite("Both backends: appending and reading")
struct AppendConformanceTests {
    @Test(
        "appends get gapless positions and stream versions; pages and streams read back", arguments: Backend.available)
    func appendAndRead(_ backend: Backend) async throws {
        try await backend.withLog { log, _ in
            #expect(try log.head() == .empty)
            let first = try log.append(events(3), to: "alpha", expecting: .noStream, metadata: metadata)
            #expect(first == AppendResult(positions: 1...3, streamVersion: 3, wasAlreadyStored: false))
            let second = try log.append(events(2, from: 10), to: "beta", expecting: .noStream, metadata: metadata)
            #expect(second.positions == 4...5)
            try log.append(events(1, from: 20), to: "alpha", expecting: .exactly(3), metadata: metadata)
            #expect(try log.head().position == 6)
            #expect(try log.version(of: "alpha") == 4)
            #expect(try log.version(of: "nobody") == 0)
            #expect(try log.read(from: 2, limit: 3).map(\.position) == [2, 3, 4])
            #expect(try log.read(from: 7, limit: 10).isEmpty)
            let alpha = try log.read(stream: "alpha", fromVersion: 2)
            #expect(alpha.map(\.streamVersion) == [2, 3, 4])
            #expect(alpha.map(\.position) == [2, 3, 6])
            let event = try #require(try log.read(from: 1, limit: 1).first)
            #expect(event.id == events(1)[0].id)
            #expect(event.payload == events(1)[0].payload)
            #expect(event.metadata.actor == "secretary")
            #expect(event.metadata.recordedAtText == "2023-11-14T22:13:20.000000Z")
            #expect(try log.chainHash(at: 6) == log.head().chainHash)
            #expect(try log.chainHash(at: 7) == nil)
        }
    }

    @Test(
        "a wrong expected version, an empty batch or stream, a bad schema version: refused, nothing written",
        arguments: Backend.available)
    func refusals(_ backend: Backend) async throws {
        try await backend.withLog { log, _ in
            try log.append(events(2), to: "alpha", expecting: .noStream, metadata: metadata)
            #expect(throws: EventStoreError.wrongExpectedVersion(stream: "alpha", expected: .exactly(1), actual: 2)) {
                try log.append(events(1, from: 5), to: "alpha", expecting: .exactly(1), metadata: metadata)
            }
            #expect(throws: EventStoreError.self) {
                try log.append(events(1, from: 5), to: "alpha", expecting: .noStream, metadata: metadata)
            }
            #expect(throws: EventStoreError.self) {
                try log.append([], to: "alpha", expecting: .any, metadata: metadata)
            }
            #expect(throws: EventStoreError.self) {
                try log.append(events(1, from: 5), to: "", expecting: .any, metadata: metadata)
            }
            var bad = events(1, from: 5)
            bad[0].schemaVersion = 0
            #expect(throws: EventStoreError.self) {
                try log.append(bad, to: "alpha", expecting: .any, metadata: metadata)
            }
            #expect(try log.head().position == 2)
        }
    }

    @Test(
        "a retried batch is stored once; a batch that reuses a stored id is refused whole", arguments: Backend.available
    )
    func idempotence(_ backend: Backend) async throws {
        try await backend.withLog { log, _ in
            let batch = events(3)
            try log.append(batch, to: "alpha", expecting: .noStream, metadata: metadata)
            let retry = try log.append(batch, to: "alpha", expecting: .noStream, metadata: metadata)
            #expect(retry == AppendResult(positions: 1...3, streamVersion: 3, wasAlreadyStored: true))
            // New events, the last of which was stored already: nothing of the batch is written.
            let mixed = events(2, from: 50) + [batch[1]]
            #expect(throws: EventStoreError.duplicateEventID(batch[1].id, storedAt: 2)) {
                try log.append(mixed, to: "beta", expecting: .any, metadata: metadata)
            }
            // The same ids in another stream: a conflict, not a retry.
            #expect(throws: EventStoreError.duplicateEventID(batch[0].id, storedAt: 1)) {
                try log.append(batch, to: "beta", expecting: .any, metadata: metadata)
            }
            #expect(try log.head().position == 3)
            #expect(try log.version(of: "beta") == 0)
        }
    }

    @Test("a write transaction decides on what it reads; a throw writes nothing", arguments: Backend.available)
    func transactions(_ backend: Backend) async throws {
        try await backend.withLog { log, _ in
            try decideInTransaction(log)
            #expect(try log.head().position == 3)
            #expect(try log.read(stream: "counter", fromVersion: 1).map(\.position) == [1, 2, 3])
        }
    }

    /// Appends to "counter" until it holds three events, reading inside the transaction; then a
    /// transaction that appends and throws.
    private func decideInTransaction<Log: EventLog>(_ log: Log) throws {
        for index in 1...5 {
            try log.write { transaction in
                let version = try transaction.version(of: "counter")
                guard version < 3 else { return }
                let result = try transaction.append(
                    events(1, from: index), to: "counter", expecting: .exactly(version), metadata: metadata)
                // What the transaction reads includes what it appended.
                let head = try transaction.head().position
                let stream = try transaction.read(stream: "counter", fromVersion: 1).count
                let position = try transaction.position(ofEventID: events(1, from: index)[0].id)
                #expect(head == result.positions.upperBound)
                #expect(stream == Int(version) + 1)
                #expect(position == result.positions.lowerBound)
            }
        }
        #expect(throws: Refused.self) {
            try log.write { transaction in
                _ = try transaction.append(events(2, from: 90), to: "other", expecting: .any, metadata: metadata)
                throw Refused()
            }
        }
    }
}
