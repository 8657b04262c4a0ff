import EventStore
import Foundation
import TestSupport
import Testing

@Suite("Published checkpoints")
struct PublishedCheckpointTests {
    let key = try! NoteSigningKey.generate(name: "example.org/participatie")

    @Test("a published checkpoint is the latest one served; publishing it again writes nothing")
    func publishes() async throws {
        try await withStore { store, _ in
            #expect(try store.latestPublishedCheckpoint() == nil)
            try store.append(events(2), to: "tally", expecting: .noStream, metadata: metadata)
            let two = try store.checkpoint(key: key)
            #expect(try store.publish(two))
            #expect(try !store.publish(two))
            try store.append(events(1), to: "tally", expecting: .exactly(2), metadata: metadata)
            let three = try store.checkpoint(key: key)
            try store.publish(three)
            #expect(try store.latestPublishedCheckpoint() == three.encoded)
            // An older size published later does not hide the newest.
            try store.publish(LogCheckpoint.sign(size: 1, root: store.merkleRoot(size: 1), key: key))
            #expect(try store.latestPublishedCheckpoint() == three.encoded)
        }
    }

    @Test("a cosigned note of a published size is kept beside it and served as the latest")
    func cosigned() async throws {
        try await withStore { store, _ in
            try store.append(events(2), to: "tally", expecting: .noStream, metadata: metadata)
            let plain = try store.checkpoint(key: key)
            try store.publish(plain)
            var cosigned = plain
            let witness = try NoteSigningKey.generate(name: "witness.example.org")
            cosigned.signatures.append(try witness.sign(plain.body))
            #expect(try store.publish(cosigned))
            #expect(try store.latestPublishedCheckpoint() == cosigned.encoded)
        }
    }

    @Test("a checkpoint the log does not match is refused, and nothing is published")
    func refusesOtherLogs() async throws {
        try await withStore { store, directory in
            try store.append(events(2), to: "tally", expecting: .noStream, metadata: metadata)
            let beyond = try LogCheckpoint.sign(size: 3, root: store.merkleRoot(size: 2), key: key)
            #expect(throws: EventStoreError.self) { try store.publish(beyond) }
            let forged = try LogCheckpoint.sign(size: 2, root: store.merkleRoot(size: 1), key: key)
            let error = #expect(throws: EventStoreError.self) { try store.publish(forged) }
            #expect(error?.description.contains("not the log's root at 2 events") == true)
            let path = directory.path("log.sqlite")
            #expect(RawSQLite.integer("SELECT count(*) FROM published_checkpoints", on: path) == 0)
        }
    }

    @Test("the table refuses UPDATE, DELETE and a second root for a size")
    func triggers() async throws {
        try await withStore { store, directory in
            try store.append(events(2), to: "tally", expecting: .noStream, metadata: metadata)
            try store.publish(try store.checkpoint(key: key))
            let path = directory.path("log.sqlite")
            let update = RawSQLite.execute("UPDATE published_checkpoints SET note = 'x'", on: path)
            #expect(update?.contains("append-only: UPDATE refused") == true)
            let delete = RawSQLite.execute("DELETE FROM published_checkpoints", on: path)
            #expect(delete?.contains("append-only: DELETE refused") == true)
            let fork = RawSQLite.execute(
                "INSERT INTO published_checkpoints VALUES (2, zeroblob(32), 'forked', '2024-03-01T09:30:00.000000Z')",
                on: path)
            #expect(fork?.contains("a fork is refused") == true)
            #expect(RawSQLite.integer("SELECT count(*) FROM published_checkpoints", on: path) == 1)
        }
    }

    @Test("a version 3 file is read as it is, and gains the table when first opened read-write")
    func migratesVersion3() async throws {
        try await withStore { store, directory in
            try store.append(events(2), to: "tally", expecting: .noStream, metadata: metadata)
            let path = directory.path("log.sqlite")
            #expect(RawSQLite.execute("DROP TABLE published_checkpoints; PRAGMA user_version = 3", on: path) == nil)
            let reader = try EventStore(path: path, mode: .readOnly)
            #expect(try reader.latestPublishedCheckpoint() == nil)
            #expect(try reader.head().position == 2)
            #expect(RawSQLite.integer("PRAGMA user_version", on: path) == 3)
            let writer = try EventStore(path: path, mode: .readWrite)
            #expect(RawSQLite.integer("PRAGMA user_version", on: path) == 4)
            let checkpoint = try writer.checkpoint(key: key)
            try writer.publish(checkpoint)
            #expect(try reader.latestPublishedCheckpoint() == checkpoint.encoded)
        }
    }
}
