import EventStore
import Foundation
import Testing

@Suite("Both backends: published checkpoints")
struct PublishedCheckpointConformanceTests {
    @Test(
        "a checkpoint is published once, the latest is served, another root for its size and any change are refused",
        arguments: Backend.available)
    func published(_ backend: Backend) async throws {
        try await backend.withLog { log, tamper in
            #expect(try log.latestPublishedCheckpoint() == nil)
            try log.append(events(5), to: "alpha", expecting: .noStream, metadata: metadata)
            let key = try NoteSigningKey(name: "programme.test", seed: Data(repeating: 7, count: 32))
            let first = try log.checkpoint(key: key)
            #expect(try log.publish(first))
            #expect(try !log.publish(first))
            try log.append(events(2, from: 10), to: "alpha", expecting: .any, metadata: metadata)
            let second = try log.checkpoint(key: key)
            #expect(try log.publish(second))
            #expect(try log.latestPublishedCheckpoint() == second.encoded)

            let forged = LogCheckpoint(
                origin: first.origin, size: first.size, root: EventHash(bytes: Data(repeating: 1, count: 32))!,
                signatures: first.signatures)
            #expect(throws: EventStoreError.self) { try log.publish(forged) }
            let hex = String(repeating: "01", count: 32)
            let root = backend == .sqlite ? "X'\(hex)'" : "'\\x\(hex)'::bytea"
            let other = try tamper.runGuarded(
                "INSERT INTO published_checkpoints (size, root, note, published_at) VALUES (5, \(root), 'x', 'now')")
            #expect(other?.contains("root") == true, "\(other ?? "accepted")")
            let changed = try tamper.runGuarded("UPDATE published_checkpoints SET note = 'y'")
            #expect(changed?.contains("append-only") == true, "\(changed ?? "accepted")")
            let removed = try tamper.runGuarded("DELETE FROM published_checkpoints")
            #expect(removed?.contains("append-only") == true, "\(removed ?? "accepted")")
            #expect(try log.latestPublishedCheckpoint() == second.encoded)
        }
    }

    @Test(
        "a database of schema 1 reads as none published, and its first writer adds the table",
        .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set"))
    func migrates() async throws {
        try await Backend.postgres.withLog { log, tamper in
            try log.append(events(3), to: "alpha", expecting: .noStream, metadata: metadata)
            for statement in [
                "DROP TABLE published_checkpoints",
                "DROP FUNCTION published_checkpoints_refuse_change, published_checkpoints_one_root",
                "UPDATE log_meta SET schema_version = 1",
            ] {
                let refused = try tamper.run(statement)
                #expect(refused == nil, "\(refused ?? "")")
            }
            let reader = try Backend.postgres.reopen(tamper.target, mode: .readOnly)
            #expect(try reader.latestPublishedCheckpoint() == nil)
            let writer = try Backend.postgres.reopen(tamper.target)
            let key = try NoteSigningKey(name: "programme.test", seed: Data(repeating: 7, count: 32))
            let checkpoint = try writer.checkpoint(key: key)
            #expect(try writer.publish(checkpoint))
            #expect(try reader.latestPublishedCheckpoint() == checkpoint.encoded)
        }
    }
}
