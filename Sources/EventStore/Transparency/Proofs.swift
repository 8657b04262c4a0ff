import Foundation

/// A proof that one event is in the log a checkpoint describes: its leaf hash and the audit path
/// (RFC 6962 §2.1.1) up to the checkpoint's root. Checkable without the rest of the log.
public struct InclusionProof: Sendable, Hashable, Codable {
    public var position: Int64
    public var treeSize: Int64
    public var leafHash: EventHash
    public var root: EventHash
    /// Sibling hashes from the leaf up.
    public var path: [EventHash]

    /// Whether the path leads from the leaf to the root.
    public var isValid: Bool {
        MerkleTree.verifyInclusion(
            of: leafHash, at: Int(position - 1), treeSize: Int(treeSize), proof: path, root: root)
    }
}

/// How the log relates to an earlier checkpoint: the consistency proof (RFC 9162 §2.1.4) from
/// the checkpoint's tree to today's, and whether it holds.
public struct ConsistencyCheck: Sendable, Hashable {
    public var checkpoint: CheckpointFile
    public var currentSize: Int64
    public var currentRoot: EventHash
    public var proof: [EventHash]
    /// Whether the log today extends the checkpoint's log unchanged.
    public var isConsistent: Bool
    /// Why not, in words, when it is not.
    public var problem: String?
}

/// Merkle roots, proofs and checkpoints, written once for every backend of the log.
extension EventLog {
    /// The Merkle root of positions 1 through `size`.
    public func merkleRoot(size: Int64) throws -> EventHash {
        MerkleTree.root(of: try leafHashes(from: 1, through: size))
    }

    /// A checkpoint of the log as it is now, signed by `key`: its name is the origin.
    public func checkpoint(key: NoteSigningKey) throws -> LogCheckpoint {
        let leaves = try leafHashes(from: 1, through: nil)
        let head = try head()
        guard Int64(leaves.count) == head.position else {
            throw EventStoreError.damaged(path: location, detail: "the log changed while it was read; try again")
        }
        return try LogCheckpoint.sign(size: head.position, root: MerkleTree.root(of: leaves), key: key)
    }

    /// Checks that the log today extends `checkpoint`: the log is at least as long, and a
    /// consistency proof from its root to today's root verifies (for a v1 checkpoint, also the
    /// chain hash at its size). Its signature is for the caller to check
    /// (``CheckpointFile/verify(trusting:)``).
    public func verify(extending checkpoint: CheckpointFile) throws -> ConsistencyCheck {
        let leaves = try leafHashes(from: 1, through: nil)
        let size = Int64(leaves.count)
        let root = MerkleTree.root(of: leaves)
        var check = ConsistencyCheck(
            checkpoint: checkpoint, currentSize: size, currentRoot: root, proof: [], isConsistent: false, problem: nil)
        guard checkpoint.size <= size else {
            check.problem = "the log has \(size) events, the checkpoint \(checkpoint.size): events were removed"
            return check
        }
        check.proof = MerkleTree.consistencyProof(fromSize: Int(checkpoint.size), in: leaves)
        let proven = MerkleTree.verifyConsistency(
            fromSize: Int(checkpoint.size), oldRoot: checkpoint.root, toSize: Int(size), newRoot: root,
            proof: check.proof)
        var chainMatches = true
        if case .legacy(let legacy) = checkpoint, legacy.size > 0 {
            chainMatches = try chainHash(at: legacy.size) == legacy.chainHash
        }
        guard proven && chainMatches else {
            check.problem =
                "the log's first \(checkpoint.size) events are not the ones the checkpoint signed: history was rewritten"
            return check
        }
        check.isConsistent = true
        return check
    }

    /// The RFC 9162 consistency proof from the tree of the first `oldSize` events to that of the
    /// first `newSize`; throws when the log has fewer than `newSize` events or `oldSize > newSize`.
    public func consistencyProof(from oldSize: Int64, to newSize: Int64) throws -> ConsistencyProof {
        let leaves = try leafHashes(from: 1, through: newSize)
        guard 0 <= oldSize, oldSize <= newSize, Int64(leaves.count) == newSize else {
            throw EventStoreError.invalidArgument(
                "no consistency proof from \(oldSize) to \(newSize) events in a log of \(leaves.count)")
        }
        return ConsistencyProof(
            oldSize: oldSize, oldRoot: MerkleTree.root(of: leaves[..<Int(oldSize)]), newSize: newSize,
            newRoot: MerkleTree.root(of: leaves),
            hashes: MerkleTree.consistencyProof(fromSize: Int(oldSize), in: leaves))
    }

    /// The inclusion proof of the event at `position` in the tree of the first `treeSize` events.
    public func inclusionProof(position: Int64, treeSize: Int64) throws -> InclusionProof {
        let leaves = try leafHashes(from: 1, through: treeSize)
        guard treeSize == Int64(leaves.count), (1...max(1, treeSize)).contains(position), treeSize >= 1 else {
            throw EventStoreError.invalidArgument(
                "position \(position) is not in a log of \(leaves.count) events (tree size \(treeSize))")
        }
        return InclusionProof(
            position: position, treeSize: treeSize, leafHash: leaves[Int(position - 1)],
            root: MerkleTree.root(of: leaves),
            path: MerkleTree.inclusionProof(forLeafAt: Int(position - 1), in: leaves))
    }

    /// A receipt (tlog-proof) that the event at `position` is in the tree `checkpoint` signed,
    /// carrying the event's canonical encoding. Throws when the log's tree of that size is not the
    /// checkpoint's, or the position is not in it.
    public func receipt(position: Int64, checkpoint: LogCheckpoint) throws -> LogReceipt {
        let proof = try inclusionProof(position: position, treeSize: checkpoint.size)
        guard proof.root == checkpoint.root else {
            throw TransparencyFailure(
                "the log's first \(checkpoint.size) events are not the ones the checkpoint signed: history was rewritten"
            )
        }
        guard let event = try read(from: position, limit: 1).first, event.leafHash == proof.leafHash else {
            throw EventStoreError.damaged(
                path: location, detail: "the event at position \(position) changed while it was read")
        }
        return LogReceipt(
            extra: CanonicalEvent(event).canonicalBytes, index: position - 1, proof: proof.path, checkpoint: checkpoint)
    }
}
