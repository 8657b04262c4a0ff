import Foundation

extension EventStore {
    /// The most bytes an entry of an entry bundle can have: its length is written in 16 bits.
    public static let entryLimit = 65_535
}

extension EventLog {
    /// A tile's bytes (c2sp.org/tlog-tiles), from the log as it is: a hash tile's hashes side by
    /// side, 32 bytes each — at level 0 the stored leaf hashes, above each the Merkle root of the
    /// 256^level leaves under it — and an entry bundle's entries, each its length (2 bytes,
    /// big-endian) and the event's canonical encoding. `nil` when the log does not hold every leaf
    /// the tile covers.
    ///
    /// - Throws: ``OversizedEntry`` for an entry bundle with an entry of more than ``EventStore/entryLimit`` bytes.
    public func tile(_ address: TileAddress) throws -> Data? {
        try tile(address) { full in try self.tile(full).map { MerkleTree.root(of: EventHash.hashes(inTile: $0)) } }
    }

    /// ``tile(_:)``, with each hash of a tile above level 0 — the Merkle root of a full tile of the
    /// level below — given by `root` (from a cache, say); `nil` when the log does not hold that tile.
    public func tile(_ address: TileAddress, root: (TileAddress) throws -> EventHash?) throws -> Data? {
        guard let (range, _) = address.leaves else { return nil }
        switch address.kind {
        case .hashes(let level) where level > 0:
            var tile = Data(capacity: address.width * 32)
            for offset in 0..<Int64(address.width) {
                let lower = TileAddress(
                    kind: .hashes(level: level - 1), index: address.index * Int64(TileAddress.fullWidth) + offset)
                guard let hash = try root(lower) else { return nil }
                tile.append(contentsOf: hash.bytes)
            }
            return tile
        case .hashes:
            let leaves = try leafHashes(from: range.lowerBound + 1, through: range.upperBound)
            guard leaves.count == range.count else { return nil }
            return Data(leaves.flatMap(\.bytes))
        case .entries:
            let events = try read(from: range.lowerBound + 1, limit: address.width)
            guard events.count == address.width else { return nil }
            var bundle = Data()
            for event in events {
                let entry = CanonicalEvent(event).canonicalBytes
                guard entry.count <= EventStore.entryLimit else {
                    throw OversizedEntry(position: event.position, size: entry.count)
                }
                bundle.append(contentsOf: [UInt8(entry.count >> 8), UInt8(entry.count & 0xFF)])
                bundle.append(entry)
            }
            return bundle
        }
    }
}

extension EventHash {
    /// The hashes of a hash tile, 32 bytes each; a last partial one is left out.
    public static func hashes(inTile tile: Data) -> [EventHash] {
        stride(from: tile.startIndex, to: tile.endIndex - 31, by: 32).map { EventHash(bytes: tile[$0..<$0 + 32])! }
    }
}
