import Crypto
import Foundation

/// A log served as tiles (c2sp.org/tlog-tiles), checked against a checkpoint whose signature the
/// caller has checked: every tile its size needs is there and has its width, every entry is an
/// event's canonical encoding at its position and hashes to its leaf in the level-0 tile, every
/// hash above level 0 is the Merkle root of the full tile below it, and the level-0 hashes give
/// the checkpoint's root.
public struct TileCheck: Sendable, Hashable {
    /// The tiles read, entry bundles included.
    public var tiles: Int
    /// The entries read and hashed.
    public var entries: Int64
    /// The bytes read.
    public var bytes: Int

    /// Reads the tiles `checkpoint`'s size needs with `fetch` (a path below the log's prefix, such
    /// as `tile/0/000.p/3`; `nil` when there is nothing there) and checks them.
    ///
    /// - Throws: ``TransparencyFailure`` naming the first tile that is missing or does not hold,
    ///   or the root that differs.
    public init(of checkpoint: LogCheckpoint, fetch: (String) throws -> Data?) throws {
        (tiles, entries, bytes) = (0, 0, 0)
        var hashes: [Int: [Int64: [EventHash]]] = [:]
        var bundles: [Int64: [EventHash]] = [:]
        for address in TileAddress.tiles(ofTreeSize: checkpoint.size) {
            guard let data = try fetch(address.path) else {
                throw TransparencyFailure("\(address.path) is missing: the log's tiles are not all there")
            }
            tiles += 1
            bytes += data.count
            switch address.kind {
            case .hashes(let level):
                guard data.count == address.width * 32 else {
                    throw TransparencyFailure(
                        "\(address.path) is \(data.count) bytes, not \(address.width) hashes of 32 bytes")
                }
                hashes[level, default: [:]][address.index] = EventHash.hashes(inTile: data)
            case .entries:
                bundles[address.index] = try Self.leaves(of: data, at: address)
                entries += Int64(address.width)
            }
        }
        for (index, leaves) in bundles.sorted(by: { $0.key < $1.key }) where hashes[0]?[index] != leaves {
            let tile = TileAddress(kind: .hashes(level: 0), index: index, width: leaves.count)
            throw TransparencyFailure(
                "the entries of \(TileAddress(kind: .entries, index: index, width: leaves.count).path) do not hash to"
                    + " the leaves of \(tile.path)")
        }
        for (level, tiles) in hashes.sorted(by: { $0.key < $1.key }) where level > 0 {
            for (index, tile) in tiles.sorted(by: { $0.key < $1.key }) {
                for (offset, hash) in tile.enumerated() {
                    let below = hashes[level - 1]?[index * Int64(TileAddress.fullWidth) + Int64(offset)] ?? []
                    guard below.count == TileAddress.fullWidth, MerkleTree.root(of: below) == hash else {
                        let address = TileAddress(kind: .hashes(level: level), index: index, width: tile.count)
                        throw TransparencyFailure(
                            "hash \(offset) of \(address.path) is not the root of the full tile below it")
                    }
                }
            }
        }
        let leaves = (hashes[0] ?? [:]).sorted { $0.key < $1.key }.flatMap(\.value)
        guard MerkleTree.root(of: leaves) == checkpoint.root else {
            throw TransparencyFailure(
                "the level-0 tiles' \(leaves.count) leaves have the root \(MerkleTree.root(of: leaves).base64),"
                    + " the checkpoint \(checkpoint.root.base64): the tiles are not the log it signed")
        }
    }

    /// The leaf hashes of an entry bundle's entries, each checked to be an event's canonical
    /// encoding at its position.
    private static func leaves(of bundle: Data, at address: TileAddress) throws -> [EventHash] {
        let bytes = [UInt8](bundle)
        var offset = 0
        var leaves: [EventHash] = []
        let first = (address.leaves?.range.lowerBound ?? 0) + 1
        while offset < bytes.count {
            guard bytes.count - offset >= 2 else {
                throw TransparencyFailure("\(address.path) ends inside an entry's length")
            }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            guard bytes.count - offset - 2 >= length else {
                throw TransparencyFailure("\(address.path) ends inside entry \(leaves.count)")
            }
            let entry = bytes[offset + 2..<offset + 2 + length]
            let position = first + Int64(leaves.count)
            guard let event = try? CanonicalEvent(canonical: Data(entry)), event.position == position else {
                throw TransparencyFailure(
                    "entry \(leaves.count) of \(address.path) is not the canonical encoding of an event at position \(position)"
                )
            }
            var hasher = SHA256()
            hasher.update(data: [0x00])
            hasher.update(data: entry)
            leaves.append(hasher.finalize().withUnsafeBytes { EventHash(raw: $0)! })
            offset += 2 + length
        }
        guard leaves.count == address.width else {
            throw TransparencyFailure("\(address.path) holds \(leaves.count) entries, not \(address.width)")
        }
        return leaves
    }
}
