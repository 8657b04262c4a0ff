import EventStore
import Foundation
import PostgresEventStore
import Testing

/// Reads the server's files: runs as root or as the server's user, on the server's machine.
@Suite(
    "PostgreSQL: purging destroyed keys from the table's files",
    .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set: the PostgreSQL half is skipped"))
struct PostgresKeyPurgeTests {
    @Test("a destroyed key stays in subject_keys' file as a dead tuple until the purge rewrites the table")
    func purge() async throws {
        try await Backend.postgres.withLog { _, tamper in
            let store = try PostgresEventStore(url: tamper.target, clock: Backend.clock)
            let key = SubjectKey.generate()
            // The destroyed row is the page's last: plain VACUUM, which compacts the rows towards
            // the page's end, would leave its bytes in the freed space.
            try store.write { transaction in
                try transaction.storeSubjectKey(.generate(), for: "member-2")
                try transaction.storeSubjectKey(key, for: "member-1")
            }
            #expect(try tableFile(tamper).contains(key.rawBytes))
            #expect(try store.write { try $0.destroySubjectKey("member-1") })
            #expect(try store.subjectKey("member-1") == nil)
            #expect(try tableFile(tamper).contains(key.rawBytes), "the deleted row is a dead tuple in the page")

            let purge = try await purgeUntilNoneHeldBack(store)
            #expect(purge.checkpoint == .done)
            #expect(purge.remains.contains { $0.contains("base backups") })
            #expect(try !tableFile(tamper).contains(key.rawBytes))
            #expect(try store.subjectKey("member-2") != nil)
        }
    }

    @Test("a transaction that may still see the deleted row holds it in the new file, and the purge says so")
    func heldBack() async throws {
        try await Backend.postgres.withLog { _, tamper in
            let store = try PostgresEventStore(url: tamper.target, clock: Backend.clock)
            let key = SubjectKey.generate()
            try store.write { try $0.storeSubjectKey(key, for: "member-1") }
            let reader = try PostgresSession.connect(PostgresURL(tamper.target))
            defer { reader.close() }
            try reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            try reader.query("SELECT count(*) FROM events")
            try store.write { _ = try $0.destroySubjectKey("member-1") }

            let held = try store.purgeDestroyedKeys()
            #expect(held.heldBack == 1)
            #expect(try tableFile(tamper).contains(key.rawBytes))
            try reader.execute("COMMIT")
            try await purgeUntilNoneHeldBack(store)
            #expect(try !tableFile(tamper).contains(key.rawBytes))
        }
    }

    /// Purges until no key is held back: a transaction of another test, in another database,
    /// that was running when the key was destroyed holds it back until it ends.
    @discardableResult
    private func purgeUntilNoneHeldBack(_ store: PostgresEventStore) async throws -> PostgresKeyPurge {
        var purge = try store.purgeDestroyedKeys()
        for _ in 0..<100 where purge.heldBack > 0 {
            try await Task.sleep(for: .milliseconds(100))
            purge = try store.purgeDestroyedKeys()
        }
        #expect(purge.heldBack == 0)
        return purge
    }

    /// The bytes of `subject_keys`' current file, after a checkpoint has written its pages there.
    private func tableFile(_ tamper: Tamperer) throws -> TableFile {
        let session = try PostgresSession.connect(PostgresURL(tamper.target))
        defer { session.close() }
        try session.execute("CHECKPOINT")
        let row = try #require(
            try session.query(
                "SELECT current_setting('data_directory') || '/' || pg_relation_filepath('subject_keys')"
            ).rows.first)
        return TableFile(bytes: try Data(contentsOf: URL(fileURLWithPath: row.decode(String.self))))
    }

    struct TableFile {
        let bytes: Data
        func contains(_ key: [UInt8]) -> Bool { bytes.range(of: Data(key)) != nil }
    }
}
