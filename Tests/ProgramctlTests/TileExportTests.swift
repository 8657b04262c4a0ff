import EventStore
import Foundation
import TestSupport
import Testing

/// `audit checkpoint --publish`, `audit tiles DIR` and `audit check-tiles`: real `programctl`
/// processes on the demo programme, and the independent Python verifier.
@Suite("programctl: published checkpoints and tiles")
struct TileExportTests {
    @Test("a checkpoint signed with --publish is the one audit tiles writes, with the tiles of its size")
    func publishAndExport() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            try await desk.addInput()
            let published = try await desk.succeed([
                "audit", "checkpoint", "--key", key, "-o", desk.path("q3.checkpoint"), "--publish",
            ])
            #expect(published.contains("signed and published a checkpoint of 843 events"), "\(published)")
            let again = try await desk.succeed(["audit", "checkpoint", "--key", key, "--publish"])
            #expect(again == (try String(contentsOfFile: desk.path("q3.checkpoint"), encoding: .utf8)))
            let rows = RawSQLite.integer("SELECT count(*) FROM published_checkpoints", on: desk.db)
            #expect(rows == 2, "the demo's own and this one, published once")

            let mirror = desk.path("mirror")
            let written = try await desk.succeed(["audit", "tiles", mirror])
            #expect(written.contains("wrote the checkpoint of 843 events and 9 tiles to \(mirror)"), "\(written)")
            #expect(try desk.contents(mirror + "/checkpoint") == (try desk.contents(desk.path("q3.checkpoint"))))
            #expect(try desk.contents(mirror + "/tile/entries/003.p/75").count > 75 * 200)
            #expect(try desk.contents(mirror + "/tile/1/000.p/3").count == 96)

            let python = try await desk.verifier(["--tiles", mirror, "--trust", verifierKey])
            #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
            #expect(python.stdout.contains("843 entries hash to their leaves"), "\(python.stdout)")
            let checked = try await desk.succeed(raw: ["audit", "check-tiles", mirror, "--trust", verifierKey])
            #expect(checked.contains("ok  the 9 tiles of the log of 843 events"), "\(checked)")
            try await desk.expectFailure(raw: ["audit", "check-tiles", mirror], status: 64, mentions: ["--trust"])
            let other = try await desk.keygen("other.key", origin: AuditDesk.demoOrigin).verifierKey
            try await desk.expectFailure(
                raw: ["audit", "check-tiles", mirror, "--trust", other], status: 74,
                mentions: ["not signed by the trusted key"])
            #expect(try await desk.verifier(["--tiles", mirror, "--trust", other]).status == 1)
        }
    }

    @Test("audit tiles without a published checkpoint says how to publish one, and writes nothing")
    func nothingPublished() async throws {
        try await withTemporaryDirectory { directory in
            let db = directory.path("empty.sqlite")
            _ = try EventStore(path: db, mode: .create)
            let result = try await Executable("programctl").run(["audit", "tiles", directory.path("out"), "--db", db])
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains("audit checkpoint --publish"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: directory.path("out")))
        }
    }
}
