import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Reporting
import TestSupport
import Testing

@testable import programd

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The log as C2SP tlog-tiles: /checkpoint and /tile/…, against the demo store (842 events: three
/// full level-0 tiles, a partial one of 74, and a partial level-1 tile of 3).
@Suite("tiles")
struct TileTests {
    let log = try! EventStore(path: demoStore, mode: .readOnly)

    @Test("/checkpoint is the published note, signed by the demo's key, of the whole log")
    func checkpoint() async throws {
        try await withDemoApplication { client in
            let response = try await client.get("/checkpoint")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(response.headers[.cacheControl] == "public, max-age=5")
            let checkpoint = try LogCheckpoint(encoded: response.text)
            try checkpoint.verify(signedBy: DemoProgramme.checkpointKey.verifierKey)
            #expect(checkpoint.size == demoHead)
            #expect(checkpoint.root == (try log.merkleRoot(size: demoHead)))
        }
    }

    @Test("hash tiles hold the stored leaf hashes at level 0 and subtree roots above; full ones are immutable")
    func hashTiles() async throws {
        let leaves = try log.leafHashes()
        try await withDemoApplication { client in
            let full = try await client.get("/tile/0/001")
            #expect(full.status == .ok)
            #expect(full.headers[.contentType] == "application/octet-stream")
            #expect(full.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(Data(buffer: full.body) == Data(leaves[256..<512].flatMap(\.bytes)))
            let partial = try await client.get("/tile/0/003.p/74")
            #expect(partial.headers[.cacheControl] == "public, max-age=60")
            #expect(Data(buffer: partial.body) == Data(leaves[768..<842].flatMap(\.bytes)))
            let upper = try await client.get("/tile/1/000.p/3")
            let roots = (0..<3).map { MerkleTree.root(of: leaves[$0 * 256..<($0 + 1) * 256]) }
            #expect(Data(buffer: upper.body) == Data(roots.flatMap(\.bytes)))
            let head = try await client.get("/tile/0/000", method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0)
        }
    }

    @Test("entry bundles hold each event's canonical encoding after its 16-bit length")
    func entryBundles() async throws {
        let events = try log.read(from: 769, limit: 74)
        try await withDemoApplication { client in
            let response = try await client.get("/tile/entries/003.p/74")
            #expect(response.status == .ok)
            var expected = Data()
            for event in events {
                let entry = CanonicalEvent(event).canonicalBytes
                expected += [UInt8(entry.count >> 8), UInt8(entry.count & 0xFF)] + entry
            }
            #expect(Data(buffer: response.body) == expected)
        }
    }

    @Test(
        "a path that is not a tile's is a 400, a tile beyond the log a 404, both as problem details",
        arguments: [
            ("/tile/0/0", 400), ("/tile/0/0000", 400), ("/tile/00/000", 400), ("/tile/64/000", 400),
            ("/tile/0/x000/001", 400), ("/tile/0/001/002", 400), ("/tile/0/000.p/0", 400), ("/tile/0/000.p/256", 400),
            ("/tile/0/000.p/07", 400), ("/tile/level/000", 400), ("/tile/entries/", 404), ("/tile/0/003", 404),
            ("/tile/0/003.p/75", 404), ("/tile/0/004", 404), ("/tile/2/000.p/1", 404), ("/tile/63/x999/999", 404),
            ("/tile/entries/003.p/75", 404), ("/tile/entries/x001/000", 404),
        ])
    func badPaths(path: String, status: Int) async throws {
        try await withDemoApplication { client in
            let response = try await client.get(path)
            #expect(response.status.code == status, "\(path): \(response.text)")
            let problem = try response.problem()
            #expect(problem["instance"]?.string == path)
            #expect(response.headers[.cacheControl] == "no-cache")
        }
    }

    @Test("a store without a published checkpoint answers /checkpoint with a 404 that says how to publish one")
    func noCheckpoint() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("bare.sqlite")
        try EventStore(path: demoStore, mode: .readOnly).exportLog(to: path)
        RawSQLite.execute("DROP TABLE published_checkpoints", on: path)
        let app = try await buildApplication(
            ServerConfiguration(path: path, host: "127.0.0.1", port: 0), logger: .init(label: "test"))
        try await app.application.test(.router) { client in
            let response = try await client.get("/checkpoint")
            #expect(response.status == .notFound)
            #expect(try response.problem()["detail"]?.string?.contains("audit checkpoint --publish") == true)
            #expect(try await client.get("/tile/0/000").status == .ok)
        }
    }

    @Test("audit tiles writes what programd serves, byte for byte; both verifiers check it and refuse a changed byte")
    func exportMatchesServer() async throws {
        let server = try LiveServer()
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        let mirror = directory.path("mirror")
        let programctl = Executable("programctl")
        let export = try await programctl.run(["audit", "tiles", mirror, "--db", server.db])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("wrote the checkpoint of \(demoHead) events and 9 tiles"), "\(export.stdout)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: mirror).filter {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: mirror + "/" + $0, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
        #expect(
            Set(files) == [
                "checkpoint", "tile/0/000", "tile/0/001", "tile/0/002", "tile/0/003.p/74", "tile/1/000.p/3",
                "tile/entries/000", "tile/entries/001", "tile/entries/002", "tile/entries/003.p/74",
            ])
        for file in files {
            let url = URL(string: "http://127.0.0.1:\(server.port)/\(file)")!
            let (served, response) = try await URLSession.shared.data(from: url)
            #expect((response as? HTTPURLResponse)?.statusCode == 200, "\(file)")
            #expect(served == (try Data(contentsOf: URL(fileURLWithPath: mirror + "/" + file))), "\(file)")
        }
        let trust = DemoProgramme.checkpointKey.verifierKey.encoded
        let python = Executable(url: URL(fileURLWithPath: "/usr/bin/env"))
        let verifier = packageRoot.appendingPathComponent("docs/verify/verify_log.py").path
        for source in [mirror, "http://127.0.0.1:\(server.port)"] {
            let checked = try await python.run(["python3", verifier, "--tiles", source, "--trust", trust])
            #expect(checked.status == 0, "\(source): \(checked.stdout)\(checked.stderr)")
            #expect(checked.stdout.contains("the 9 tiles of the log of \(demoHead) events"), "\(checked.stdout)")
            let swift = try await programctl.run(["audit", "check-tiles", source, "--trust", trust])
            #expect(swift.status == 0, "\(source): \(swift.stdout)\(swift.stderr)")
            #expect(swift.stdout.contains("ok  the 9 tiles of the log of \(demoHead) events"), "\(swift.stdout)")
        }
        let bundle = URL(fileURLWithPath: mirror + "/tile/entries/001")
        var bytes = try Data(contentsOf: bundle)
        bytes[bytes.count - 2] ^= 0x01
        try bytes.write(to: bundle)
        let refused = try await python.run(["python3", verifier, "--tiles", mirror, "--trust", trust])
        #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stdout.contains("the entries of tile/entries/001 do not hash to the leaves of tile/0/001"))
        let swift = try await programctl.run(["audit", "check-tiles", mirror, "--trust", trust])
        #expect(swift.status == 74, "\(swift.stdout)\(swift.stderr)")
        #expect(swift.stderr.contains("the entries of tile/entries/001 do not hash to the leaves of tile/0/001"))
        try FileManager.default.removeItem(atPath: mirror + "/tile/1/000.p/3")
        let missing = try await programctl.run(["audit", "check-tiles", mirror, "--trust", trust])
        #expect(missing.stderr.contains("tile/1/000.p/3 is missing"), "\(missing.stderr)")
    }
}
