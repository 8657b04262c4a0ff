import Foundation
import TestSupport
import Testing

/// `privacy forget` while another connection holds a read transaction: the erasure is recorded
/// once and said to be; the key's old bytes stay in the store's files until the reader lets go —
/// said honestly, with exit status 3 — and `privacy purge` then takes them out and confirms it.
@Suite struct ErasureUnderReaderTests {
    private static let name = "Mila Odekerken"

    @Test func forgettingUnderAReaderIsRecordedOnceAndPurgedWhenItLetsGo() async throws {
        try await withRegistration { programme, subject, key in
            let reader = try await HeldReader(path: programme.programctl.db)
            let before = try programme.programctl.head().position
            let forget = ["privacy", "forget", subject, "--reason", "verzoek van betrokkene", "--date", "2023-10-02"]
            let forgotten = try await programme.run(forget + ["--as", "K1"])

            #expect(forgotten.status == 3, "\(forgotten.stderr)")
            #expect(forgotten.stdout.contains("recorded SubjectForgotten at position \(before + 1)"))
            for fragment in [
                "warning: \(subject) forgotten at position \(before + 1)",
                "the key is destroyed in the log's current state",
                "its bytes remain in the free pages and write-ahead log", "privacy purge",
            ] {
                #expect(forgotten.stderr.contains(fragment), "stderr \(forgotten.stderr) does not say '\(fragment)'")
            }
            #expect(!forgotten.stderr.contains("nothing was"), "\(forgotten.stderr)")
            #expect(try programme.programctl.head().position == before + 1)
            #expect(try await Self.types(programme).filter { $0 == "SubjectForgotten" }.count == 1)

            // Forgetting again is refused as done, and records nothing.
            try await programme.expectRefused(forget, field: "subject", rule: "\(subject) was already forgotten")
            #expect(try await Self.types(programme).filter { $0 == "SubjectForgotten" }.count == 1)

            // The key is gone from the table, but its bytes are still in the files while the reader holds them.
            #expect(
                RawSQLite.blob("SELECT key FROM subject_keys WHERE subject = '\(subject)'", on: programme.programctl.db)
                    == nil)
            #expect(try await !programme.storeFiles(containing: key).isEmpty, "the reader should keep the old pages")
            let blocked = try await programme.run(["privacy", "purge", "--wait", "0"])
            #expect(blocked.status == 3, "\(blocked.stderr)")
            #expect(blocked.stderr.contains("not yet purged"), "\(blocked.stderr)")
            #expect(blocked.stderr.contains("holds \(subject)"), "\(blocked.stderr)")

            await reader.close()
            let purged = try await programme.succeed(["privacy", "purge"])
            #expect(purged.contains("confirmed: no file of the store holds the bytes of a destroyed key (\(subject))"))
            #expect(try await programme.storeFiles(containing: key) == [], "the key survives in the store's files")
            #expect(try programme.programctl.head().position == before + 1, "purge records nothing")
        }
    }

    @Test func aFailureAfterTheCommitIsReportedAsRecordedWithWorkPending() async throws {
        try await withRegistration { programme, subject, _ in
            let reader = try await HeldReader(path: programme.programctl.db)
            let before = try programme.programctl.head().position
            let result = try await programme.run([
                "privacy", "forget", subject, "--reason", "verzoek van betrokkene", "--as", "K1", "--json",
            ])
            #expect(result.status == 3, "\(result.stderr)")
            let recorded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let events = try #require(recorded?["recorded"] as? [[String: Any]])
            #expect(events.map { $0["position"] as? Int64 } == [before + 1])
            let warning = try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any]
            let details = try #require(warning?["warning"] as? [String: String], "\(result.stderr)")
            #expect(details["kind"] == "purge-pending")
            #expect(details["message"]?.contains("forgotten at position \(before + 1)") == true)
            #expect(warning?["error"] == nil)
            #expect(try programme.programctl.head().position == before + 1)
            await reader.close()
        }
    }

    @Test func purgeRewritesTheFileWhenADestroyedKeysBytesLingerInFreeSpace() async throws {
        try await withRegistration { programme, subject, key in
            try await programme.record(["privacy", "forget", subject, "--reason", "verzoek van betrokkene"])
            #expect(try await programme.storeFiles(containing: key) == [])
            // A connection without secure_delete (an sqlite3 shell, say) once held a copy of the key's
            // bytes and dropped it: they stay in a free page, which a checkpoint does not clear.
            let hex = key.map { String(format: "%02x", $0) }.joined()
            let copy =
                "PRAGMA secure_delete = OFF; CREATE TABLE copy (bytes BLOB); INSERT INTO copy VALUES (x'\(hex)');"
            #expect(RawSQLite.execute(copy + " DROP TABLE copy;", on: programme.programctl.db) == nil)
            #expect(try await programme.storeFiles(containing: key) == ["programme.sqlite"])

            let purged = try await programme.succeed(["privacy", "purge"])
            #expect(purged.contains("confirmed: no file of the store holds the bytes of a destroyed key (\(subject))"))
            #expect(purged.contains("the database was rewritten to clear them"), "\(purged)")
            #expect(try await programme.storeFiles(containing: key) == [])
            let audit = try await programme.run(["audit", "verify"])
            #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        }
    }

    /// A programme with one registration whose personal data is sealed under its own subject's key:
    /// the subject and the key's bytes.
    private func withRegistration(_ body: (ParticipationProgramme, String, [UInt8]) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference()
            try await programme.register(name: Self.name, extra: ["--email", "mila.odekerken@example.nl"])
            let subject = try #require(
                try await programme.registrations("C1").first { $0["name"] == Self.name }?["subject"])
            let key = try #require(
                RawSQLite.blob("SELECT key FROM subject_keys WHERE subject = '\(subject)'", on: programme.programctl.db)
            )
            #expect(try await !programme.storeFiles(containing: key).isEmpty, "the key is not where the search looks")
            try await body(programme, subject, key)
        }
    }

    /// The types of the events in the log, in order.
    private static func types(_ programme: ParticipationProgramme) async throws -> [String] {
        try await programme.succeed(["log", "--json"]).split(separator: "\n").compactMap {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["type"] as? String
        }
    }
}
