import EventStore
import Foundation
import PostgresTestSupport
import TestSupport
import Testing

/// `programctl store copy`, as a user runs it: a programme's log to a PostgreSQL database and back
/// into a new file, which programctl and the independent verifier accept as the original.
@Suite(
    "programctl store copy",
    .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set: no PostgreSQL server to copy to"))
struct StoreCopyCommandTests {
    let programctl = Executable("programctl")

    @Test("a demo log to PostgreSQL and back keeps every event and hash, and the copy verifies independently")
    func roundTrip() async throws {
        try await withTemporaryDirectory { directory in
            try await TestDatabase.with { url in
                let original = directory.path("zl.sqlite")
                let back = directory.path("back.sqlite")
                #expect(try await programctl.run(["demo", "--db", original]).status == 0)
                let there = try await programctl.run(["store", "copy", original, url])
                #expect(there.status == 0, "\(there.stderr)")
                #expect(there.stdout.contains("copied 842 events"))
                let again = try await programctl.run(["store", "copy", original, url])
                #expect(again.status == 64 && again.stderr.contains("already holds events"))
                let home = try await programctl.run(["store", "copy", url, back])
                #expect(home.status == 0, "\(home.stderr)")
                let before = try EventStore(path: original, mode: .readOnly)
                let after = try EventStore(path: back, mode: .readOnly)
                #expect(try after.read(from: 1, limit: 2000) == before.read(from: 1, limit: 2000))
                #expect(try after.keptSubjectKeys().map(\.subject) == before.keptSubjectKeys().map(\.subject))
                #expect(try await programctl.run(["audit", "verify", "--db", back]).status == 0)
                let verifier = try await IndependentVerifier.run(back)
                #expect(verifier.status == 0 && verifier.stdout.contains("intact"), "\(verifier.stderr)")
            }
        }
    }

    @Test("a log that fails verification is not copied: exit 74, and no file is left")
    func refusesTampered() async throws {
        try await withTemporaryDirectory { directory in
            let original = directory.path("zl.sqlite")
            let copy = directory.path("copy.sqlite")
            #expect(try await programctl.run(["demo", "--db", original]).status == 0)
            _ = try Tamperer(target: original, backend: .sqlite).run(
                "UPDATE events SET actor = 'someone else' WHERE position = 42")
            let result = try await programctl.run(["store", "copy", original, copy])
            #expect(result.status == 74 && result.stderr.contains("42"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: copy))
        }
    }
}
