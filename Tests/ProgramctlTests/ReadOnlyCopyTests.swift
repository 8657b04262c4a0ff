import EventStore
import Foundation
import TestSupport
import Testing

/// An auditor's copy on read-only media: programctl's reads and the standard-library verifier
/// work for a user who may write nothing there. They run as `nobody`, for whom file modes hold
/// (root ignores them).
@Suite(
    "programctl and the verifier on read-only media",
    .enabled(
        if: Executable.canRunAsNobody,
        "needs root, to run programctl as nobody (root ignores file modes), and a build directory others may reach"))
struct ReadOnlyCopyTests {
    /// Read commands, each run on the copy.
    static let reads: [[String]] = [
        ["log"], ["log", "--json"], ["audit", "verify"], ["audit", "replay", "--to", "2024-12-31"],
        ["audit", "replay", "--to", "500", "--format", "md"], ["audit", "reproduce", "R1"], ["audit", "prove", "42"],
        ["report", "progress"], ["report", "progress", "--as-of", "2024-12-31", "--format", "html"],
        ["member", "list"], ["decision", "list"], ["plan", "status"], ["conference", "list"], ["input", "list"],
        ["subsidy", "status"],
    ]

    /// Records one more event while a reader holds the store open — which keeps the writer from
    /// folding the -wal into the file — and copies the store's `files` (suffixes) into `media`.
    private static func copyWithEventInWAL(_ desk: AuditDesk, to media: TemporaryDirectory, files: [String])
        async throws
        -> String
    {
        let reader = try EventStore(path: desk.db, mode: .readOnly)
        _ = try reader.head()
        try await desk.addInput()
        for suffix in files {
            try FileManager.default.copyItem(atPath: desk.db + suffix, toPath: media.path("programme.sqlite" + suffix))
        }
        return media.path("programme.sqlite")
    }

    @Test(
        "a copy without -wal and -shm in a directory of mode 555: every read, an export and the verifier work as nobody"
    )
    func copyWithoutWAL() async throws {
        try await AuditDesk.withDemo { desk in
            let media = try TemporaryDirectory()
            defer { media.remove() }
            let copy = media.path("programme.sqlite")
            try FileManager.default.copyItem(atPath: desk.db, toPath: copy)
            try media.makeReadOnly()

            try await expectReads(on: copy, events: AuditDesk.demoEvents, desk)
            let python = try await desk.verifier([copy], asNobody: true)
            #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
            #expect(python.stdout.contains("\(AuditDesk.demoEvents)"), "\(python.stdout)")

            // An export goes to a directory nobody may write; the copy itself stays as it was.
            let desk2 = try TemporaryDirectory()
            defer { desk2.remove() }
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: desk2.url.path)
            let export = try await nobody(["audit", "export", desk2.path("audit"), "--db", copy])
            #expect(export.status == 0, "\(export.stderr)")
            #expect(try desk.head(of: desk2.path("audit/log.sqlite")) == desk.head())
            #expect(try FileManager.default.contentsOfDirectory(atPath: media.url.path) == ["programme.sqlite"])

            // Writing is still refused, for what it is.
            let write = try await nobody(["member", "leave", "K7", "--as", "K1", "--reason", "x", "--db", copy])
            #expect(write.status != 0)
        }
    }

    @Test(
        "a copy whose -wal holds the last event and whose -wal and -shm cannot be written: read as nobody, that event included"
    )
    func copyWithWAL() async throws {
        try await AuditDesk.withDemo { desk in
            let media = try TemporaryDirectory()
            defer { media.remove() }
            let copy = try await Self.copyWithEventInWAL(desk, to: media, files: ["", "-wal", "-shm"])
            let wal = try FileManager.default.attributesOfItem(atPath: copy + "-wal")[.size] as? Int ?? 0
            try #require(wal > 0, "the -wal file holds the new event")
            try media.makeReadOnly()

            try await expectReads(on: copy, events: AuditDesk.demoEvents + 1, desk)
            let python = try await desk.verifier([copy], asNobody: true)
            #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
            #expect(python.stdout.contains("\(AuditDesk.demoEvents + 1)"), "\(python.stdout)")
        }
    }

    @Test("a copy whose -wal holds events but that lacks its -shm: refused, naming the -shm file and what to do")
    func copyWithoutShm() async throws {
        try await AuditDesk.withDemo { desk in
            let media = try TemporaryDirectory()
            defer { media.remove() }
            let copy = try await Self.copyWithEventInWAL(desk, to: media, files: ["", "-wal"])
            try media.makeReadOnly()

            let verify = try await nobody(["audit", "verify", "--db", copy])
            #expect(verify.status == 74, "\(verify.stderr)")
            #expect(verify.stderr.contains("programme.sqlite-shm is missing"), "\(verify.stderr)")
            #expect(verify.stderr.contains("copy a readable \(copy)-shm beside it"), "\(verify.stderr)")
            let python = try await desk.verifier([copy], asNobody: true)
            #expect(python.status == 2, "\(python.stdout)\(python.stderr)")
            #expect(python.stderr.contains("programme.sqlite-shm is missing"), "\(python.stderr)")
        }
    }

    /// Runs programctl as nobody.
    private func nobody(_ arguments: [String]) async throws -> ProcessResult {
        try await Executable("programctl").asNobody.run(arguments)
    }

    /// Every read command succeeds on `copy` as nobody, and `audit verify` counts `events`.
    private func expectReads(
        on copy: String, events: Int64, _ desk: AuditDesk, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        for command in Self.reads {
            let result = try await nobody(command + ["--db", copy])
            #expect(
                result.status == 0, "programctl \(command.joined(separator: " ")): \(result.stderr)",
                sourceLocation: sourceLocation)
            #expect(
                !result.stdout.isEmpty, "programctl \(command.joined(separator: " "))", sourceLocation: sourceLocation)
        }
        let verify = try await nobody(["audit", "verify", "--db", copy])
        #expect(verify.stdout.contains("ok  \(events) events"), "\(verify.stdout)", sourceLocation: sourceLocation)
    }
}
