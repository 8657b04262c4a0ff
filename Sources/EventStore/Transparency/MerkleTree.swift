import Crypto

/// RFC 6962 §2.1 Merkle tree over leaf hashes (each already SHA-256(0x00 ‖ leaf data)).
///
/// An interior node is `SHA-256(0x01 ‖ left ‖ right)`, and a tree of `n > 1` leaves splits at the
/// largest power of two smaller than `n`. Leaf positions and tree sizes count from the collection's
/// first element, whatever its indices are.
///
/// Computing a root or a proof hashes each node of the tree at most once: O(n) time, O(log n) stack.
/// A collection without contiguous storage is copied into an array first. Verifying takes O(log n).
///
/// Nothing here traps on invalid arguments: proof functions return an empty proof and verification
/// functions return `false`.
public enum MerkleTree {
    /// MTH(D[n]); the empty tree's root is SHA-256 of the empty string.
    public static func root(of leaves: some RandomAccessCollection<EventHash>) -> EventHash {
        withContiguousLeaves(leaves) { leaves in
            leaves.isEmpty ? emptyRoot : Subtrees(leaves: leaves).hash(0..<leaves.count)
        }
    }

    /// PATH(m, D[n]) (RFC 6962 §2.1.1), index 0-based.
    ///
    /// The sibling hashes from the leaf up to the root. The proof is empty for a one-leaf tree, and
    /// also when `index` is not in `0..<leaves.count`.
    public static func inclusionProof(
        forLeafAt index: Int,
        in leaves: some RandomAccessCollection<EventHash>
    ) -> [EventHash] {
        withContiguousLeaves(leaves) { leaves in
            var proof: [EventHash] = []
            if leaves.indices.contains(index) {
                Subtrees(leaves: leaves).appendPath(of: index, in: 0..<leaves.count, to: &proof)
            }
            return proof
        }
    }

    /// PROOF(m, D[n]) (RFC 6962 §2.1.2).
    ///
    /// The proof that the tree of the first `oldSize` leaves is a prefix of the tree of all leaves.
    /// It is empty when `oldSize` is 0 or `leaves.count` (nothing to prove), and also when
    /// `oldSize` is not in `0...leaves.count`.
    public static func consistencyProof(
        fromSize oldSize: Int,
        in leaves: some RandomAccessCollection<EventHash>
    ) -> [EventHash] {
        withContiguousLeaves(leaves) { leaves in
            var proof: [EventHash] = []
            if 0 < oldSize && oldSize < leaves.count {
                Subtrees(leaves: leaves).appendSubproof(oldSize: oldSize, in: 0..<leaves.count, to: &proof)
            }
            return proof
        }
    }

    /// Verifies an audit path with the iterative algorithm of RFC 9162 §2.1.3.2, which is equivalent
    /// for RFC 6962 trees.
    ///
    /// Returns whether `proof` proves that `leaf` is the leaf hash at `index` in the tree of
    /// `treeSize` leaves whose root is `root`; `false` when `index` is not in `0..<treeSize`.
    public static func verifyInclusion(
        of leaf: EventHash,
        at index: Int,
        treeSize: Int,
        proof: [EventHash],
        root: EventHash
    ) -> Bool {
        guard 0 <= index && index < treeSize else { return false }
        var node = index
        var last = treeSize - 1
        var hash = leaf
        for sibling in proof {
            guard last > 0 else { return false }
            if node & 1 == 1 || node == last {
                hash = interiorHash(sibling, hash)
                while node != 0 && node & 1 == 0 {
                    node >>= 1
                    last >>= 1
                }
            } else {
                hash = interiorHash(hash, sibling)
            }
            node >>= 1
            last >>= 1
        }
        return last == 0 && hash == root
    }

    /// Verifies a consistency proof with the algorithm of RFC 9162 §2.1.4.2.
    ///
    /// Returns whether `proof` proves that the tree of `oldSize` leaves with root `oldRoot` is a
    /// prefix of the tree of `newSize` leaves with root `newRoot`; `false` when the sizes are
    /// negative or `oldSize > newSize`. Equal sizes need an empty proof and equal roots. A size-0
    /// tree is a prefix of every tree: the proof must be empty, `oldRoot` must be the empty tree's
    /// root, and `newRoot` is not checked.
    public static func verifyConsistency(
        fromSize oldSize: Int,
        oldRoot: EventHash,
        toSize newSize: Int,
        newRoot: EventHash,
        proof: [EventHash]
    ) -> Bool {
        guard 0 <= oldSize && oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        if oldSize == 0 { return proof.isEmpty && oldRoot == emptyRoot }
        guard let first = proof.first else { return false }
        let oldSizeIsPowerOfTwo = oldSize & (oldSize - 1) == 0
        let seed = oldSizeIsPowerOfTwo ? oldRoot : first
        let path = oldSizeIsPowerOfTwo ? proof[...] : proof.dropFirst()
        var node = oldSize - 1
        var last = newSize - 1
        while node & 1 == 1 {
            node >>= 1
            last >>= 1
        }
        var oldHash = seed
        var newHash = seed
        for sibling in path {
            guard last > 0 else { return false }
            if node & 1 == 1 || node == last {
                oldHash = interiorHash(sibling, oldHash)
                newHash = interiorHash(sibling, newHash)
                while node != 0 && node & 1 == 0 {
                    node >>= 1
                    last >>= 1
                }
            } else {
                newHash = interiorHash(newHash, sibling)
            }
            node >>= 1
            last >>= 1
        }
        return last == 0 && oldHash == oldRoot && newHash == newRoot
    }

    /// SHA-256 of the empty string.
    private static let emptyRoot = SHA256().finalize().withUnsafeBytes { EventHash(raw: $0)! }

    /// `SHA-256(0x01 ‖ left ‖ right)`.
    private static func interiorHash(_ left: EventHash, _ right: EventHash) -> EventHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0x01)) { hasher.update(bufferPointer: $0) }
        left.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        right.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { EventHash(raw: $0)! }
    }

    /// Calls `body` with the leaves in contiguous memory, copying them only if they are not already.
    private static func withContiguousLeaves<T>(
        _ leaves: some RandomAccessCollection<EventHash>,
        _ body: (UnsafeBufferPointer<EventHash>) -> T
    ) -> T {
        if let result = leaves.withContiguousStorageIfAvailable(body) { return result }
        return Array(leaves).withUnsafeBufferPointer(body)
    }

    /// The subtrees of a tree of leaves, each named by its range of leaf positions.
    private struct Subtrees {
        let leaves: UnsafeBufferPointer<EventHash>

        /// MTH(D[range]); `range` is not empty.
        func hash(_ range: Range<Int>) -> EventHash {
            guard range.count > 1 else { return leaves[range.lowerBound] }
            let middle = Self.split(range)
            return MerkleTree.interiorHash(hash(range.lowerBound..<middle), hash(middle..<range.upperBound))
        }

        /// Appends PATH(index − range.lowerBound, D[range]); `index` is in `range`.
        func appendPath(of index: Int, in range: Range<Int>, to proof: inout [EventHash]) {
            guard range.count > 1 else { return }
            let middle = Self.split(range)
            if index < middle {
                appendPath(of: index, in: range.lowerBound..<middle, to: &proof)
                proof.append(hash(middle..<range.upperBound))
            } else {
                appendPath(of: index, in: middle..<range.upperBound, to: &proof)
                proof.append(hash(range.lowerBound..<middle))
            }
        }

        /// Appends SUBPROOF(oldSize − range.lowerBound, D[range], b); `oldSize` is in
        /// `range.lowerBound + 1...range.upperBound`. RFC 6962's flag b (the verifier already has the
        /// hash of this range's old leaves: it is the old root) is `range.lowerBound == 0`.
        func appendSubproof(oldSize: Int, in range: Range<Int>, to proof: inout [EventHash]) {
            if oldSize == range.upperBound {
                if range.lowerBound > 0 { proof.append(hash(range)) }
                return
            }
            let middle = Self.split(range)
            if oldSize <= middle {
                appendSubproof(oldSize: oldSize, in: range.lowerBound..<middle, to: &proof)
                proof.append(hash(middle..<range.upperBound))
            } else {
                appendSubproof(oldSize: oldSize, in: middle..<range.upperBound, to: &proof)
                proof.append(hash(range.lowerBound..<middle))
            }
        }

        /// Where `range` (two leaves or more) splits: after the largest power of two below its count.
        private static func split(_ range: Range<Int>) -> Int {
            range.lowerBound + (1 << (Int.bitWidth - 1 - (range.count - 1).leadingZeroBitCount))
        }
    }
}
