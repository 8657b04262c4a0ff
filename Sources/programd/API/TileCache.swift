import EventStore
import Foundation
import Synchronization

/// Full tiles as computed once: they never change. Up to `limit` bytes of them, the oldest
/// going first; partial tiles and tiles beyond the log are not kept. The Merkle root of every
/// full hash tile is kept as well (32 bytes for 256 events): a hash tile above level 0 is made of
/// them, so that a partial one, asked for with every new checkpoint, costs no hashing at all.
final class TileCache: Sendable {
    private let kept = Mutex<(tiles: [TileAddress: Data], order: [TileAddress], bytes: Int)>(([:], [], 0))
    private let roots = Mutex<[TileAddress: EventHash]>([:])
    private let limit: Int

    init(limit: Int = 32 << 20) {
        self.limit = limit
    }

    /// The tile at `address` in `log`: kept, or computed (and kept when it is full). It blocks:
    /// call it through ``EventStore/EventLog/offload(_:)``.
    func tile(_ address: TileAddress, in log: any EventLog) throws -> Data? {
        if let kept = kept.withLock({ $0.tiles[address] }) { return kept }
        let made = try log.tile(address) { try root(of: $0, in: log) }
        guard let made, address.isFull else { return made }
        kept.withLock { kept in
            guard kept.tiles.updateValue(made, forKey: address) == nil else { return }
            kept.order.append(address)
            kept.bytes += made.count
            while kept.bytes > limit, kept.order.count > 1 {
                kept.bytes -= kept.tiles.removeValue(forKey: kept.order.removeFirst())?.count ?? 0
            }
        }
        return made
    }

    /// The Merkle root of the full hash tile at `address`, kept once computed.
    private func root(of address: TileAddress, in log: any EventLog) throws -> EventHash? {
        if let kept = roots.withLock({ $0[address] }) { return kept }
        guard let tile = try tile(address, in: log) else { return nil }
        let root = MerkleTree.root(of: EventHash.hashes(inTile: tile))
        roots.withLock { $0[address] = root }
        return root
    }
}
