import Foundation
import TestSupport
import Testing

@testable import EventStore

/// Tiles (c2sp.org/tlog-tiles): their paths, the tiles a tree needs, and the worked example of
/// docs/event-log-format.md, "Tiles".
@Suite("Tiles")
struct TileTests {
    @Test("an index is written in 3-digit elements, all but the last starting with x; a partial tile adds .p/W")
    func paths() throws {
        let examples: [(TileAddress, String)] = [
            (TileAddress(kind: .hashes(level: 0), index: 1_234_067), "tile/0/x001/x234/067"),
            (TileAddress(kind: .hashes(level: 2), index: 0, width: 1), "tile/2/000.p/1"),
            (TileAddress(kind: .entries, index: 1000, width: 17), "tile/entries/x001/000.p/17"),
            (TileAddress(kind: .hashes(level: 63), index: 5), "tile/63/005"),
        ]
        for (address, path) in examples {
            #expect(address.path == path)
            #expect(try TileAddress(path: path) == address)
        }
        for bad in [
            "tile/0/0", "tile/0/0000", "tile/00/000", "tile/64/000", "tile/0/x000/001", "tile/0/001/002",
            "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/07", "tile/0/000.p", "tile/0/", "tile/0/x001",
            "tile/-1/000", "tiles/0/000", "tile/0/x1/000", "tile/0/+01",
        ] {
            #expect(throws: CheckpointError.self, "\(bad)") { try TileAddress(path: bad) }
        }
    }

    @Test("a tree of 70,000 leaves has the tiles c2sp.org/tlog-tiles lists; one of 256 a partial level-1 tile")
    func treeTiles() {
        let hashes = TileAddress.tiles(ofTreeSize: 70_000).filter { $0.kind != .entries }
        #expect(hashes.filter { $0.level == 0 && $0.isFull }.count == 273)
        #expect(hashes.filter { !$0.isFull }.map(\.path) == ["tile/0/273.p/112", "tile/1/001.p/17", "tile/2/000.p/1"])
        #expect(hashes.filter { $0.level == 1 && $0.isFull }.map(\.path) == ["tile/1/000"])
        #expect(TileAddress.tiles(ofTreeSize: 256).map(\.path) == ["tile/0/000", "tile/entries/000", "tile/1/000.p/1"])
        #expect(TileAddress.tiles(ofTreeSize: 0).isEmpty)
    }

    @Test("the example log's tiles are the documented bytes, and check against its checkpoint")
    func workedExample() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("example.sqlite")
            try Example.write(to: path)
            let store = try EventStore(path: path, mode: .readOnly)
            #expect(TileAddress.tiles(ofTreeSize: 3).map(\.path) == ["tile/0/000.p/3", "tile/entries/000.p/3"])
            let hashes = try #require(try store.tile(TileAddress(path: "tile/0/000.p/3")))
            #expect(hex(hashes) == Example.leafHashes.joined())
            let bundle = try #require(try store.tile(TileAddress(path: "tile/entries/000.p/3")))
            #expect(bundle.count == TileExample.bundleSize)
            #expect(hex(bundle.prefix(2)) == "00bf" && hex(bundle.dropFirst(2).prefix(191)) == Example.canonical1)
            let second = bundle.dropFirst(2 + 191)
            #expect(hex(second.prefix(2)) == "00e3")
            let third = second.dropFirst(2 + 227)
            #expect(hex(third.prefix(2)) == TileExample.thirdLength)
            #expect(try store.tile(TileAddress(path: "tile/0/000.p/4")) == nil)
            #expect(try store.tile(TileAddress(path: "tile/0/000")) == nil)

            let checkpoint = try LogCheckpoint(encoded: TransparencyExample.checkpoint3)
            let check = try TileCheck(of: checkpoint) { try store.tile(TileAddress(path: $0)) }
            #expect(check.tiles == 2 && check.entries == 3 && check.bytes == 96 + TileExample.bundleSize)
            var forged = checkpoint
            forged.root = try store.merkleRoot(size: 2)
            let failure = #expect(throws: TransparencyFailure.self) {
                try TileCheck(of: forged) { try store.tile(TileAddress(path: $0)) }
            }
            #expect(failure?.description.contains("the tiles are not the log it signed") == true)
        }
    }

    @Test("docs/event-log-format.md prints the example's tiles")
    func documentPrintsThem() throws {
        let document = try String(
            contentsOf: packageRoot.appendingPathComponent("docs/event-log-format.md"), encoding: .utf8)
        for text in Example.leafHashes + [
            "`tile/0/000.p/3`", "`tile/entries/000.p/3`", "\(TileExample.bundleSize) bytes",
            "`00 bf`", "`00 e3`", "`\(TileExample.thirdLength.prefix(2)) \(TileExample.thirdLength.suffix(2))`",
        ] {
            #expect(document.contains(text), "\(text)")
        }
    }
}

/// The documented values of the tiles example.
enum TileExample {
    /// Event 3's length in the bundle, 2 bytes in hex.
    static let thirdLength = "00be"
    static let bundleSize = 2 + 191 + 2 + 227 + 2 + 0xBE
}
