import Testing

@testable import EventStore

// RFC 6962 test vectors, copied from github.com/transparency-dev/merkle:
// - testonly/constants.go (commit 582a6ad190b6848f1d26f8bf08ddef29955d9db1): LeafInputs, NodeHashes, RootHashes.
// - proof/verify_test.go (commit 02194e9afb6c1d95b5381350007963aa70fff472): inclusionProofs and
//   consistencyProofs. Their leaf numbers are 1-based; the indices below are 0-based.

/// LeafInputs(): the data of the eight leaves, in hexadecimal.
private let leafInputs = [
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
]

/// NodeHashes()[0]: the leaf hashes of `leafInputs`.
private let expectedLeafHashes = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
    "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
]

/// RootHashes(): the roots of the trees of the first 0...8 leaves.
private let expectedRoots = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]

/// An inclusion proof of the leaf at `index` in the tree of the first `size` leaves.
struct InclusionVector: Sendable, CustomTestStringConvertible {
    var index: Int
    var size: Int
    var proof: [String]

    var testDescription: String { "leaf \(index) in size \(size)" }
}

/// A consistency proof from the tree of the first `oldSize` leaves to that of the first `newSize`.
struct ConsistencyVector: Sendable, CustomTestStringConvertible {
    var oldSize: Int
    var newSize: Int
    var proof: [String]

    var testDescription: String { "\(oldSize) → \(newSize)" }
}

private let inclusionVectors = [
    InclusionVector(index: 0, size: 1, proof: []),
    InclusionVector(
        index: 0, size: 8,
        proof: [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]),
    InclusionVector(
        index: 5, size: 8,
        proof: [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]),
    InclusionVector(
        index: 2, size: 3,
        proof: [
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"
        ]),
    InclusionVector(
        index: 1, size: 5,
        proof: [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ]),
]

private let consistencyVectors = [
    ConsistencyVector(oldSize: 1, newSize: 1, proof: []),
    ConsistencyVector(
        oldSize: 1, newSize: 8,
        proof: [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]),
    ConsistencyVector(
        oldSize: 6, newSize: 8,
        proof: [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]),
    ConsistencyVector(
        oldSize: 2, newSize: 5,
        proof: [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ]),
    ConsistencyVector(
        oldSize: 6, newSize: 7,
        proof: [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]),
]

@Suite("Merkle tree")
struct MerkleTreeTests {
    private let leaves = leafInputs.map { leafHash(bytes(hex: $0)) }

    @Test("the empty tree's root is SHA-256 of the empty string")
    func emptyTree() {
        let empty: [EventHash] = []
        #expect(MerkleTree.root(of: empty).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(MerkleTree.inclusionProof(forLeafAt: 0, in: empty).isEmpty)
        #expect(MerkleTree.consistencyProof(fromSize: 0, in: empty).isEmpty)
        let root = MerkleTree.root(of: empty)
        #expect(MerkleTree.verifyConsistency(fromSize: 0, oldRoot: root, toSize: 0, newRoot: root, proof: []))
    }

    @Test("leaf hashes of the reference inputs")
    func leafHashes() {
        #expect(leaves.map(\.hex) == expectedLeafHashes)
    }

    @Test("roots of the reference trees of 0...8 leaves")
    func roots() {
        #expect((0...8).map { MerkleTree.root(of: leaves[..<$0]).hex } == expectedRoots)
    }

    @Test("reference inclusion proofs", arguments: inclusionVectors)
    func inclusionProof(_ vector: InclusionVector) {
        let tree = leaves[..<vector.size]
        let proof = MerkleTree.inclusionProof(forLeafAt: vector.index, in: tree)
        #expect(proof.map(\.hex) == vector.proof)
        let root = hash(expectedRoots[vector.size])
        let leaf = leaves[vector.index]
        let published = vector.proof.map(hash)
        #expect(
            MerkleTree.verifyInclusion(of: leaf, at: vector.index, treeSize: vector.size, proof: published, root: root))
        for altered in alterations(of: published) {
            #expect(
                !MerkleTree.verifyInclusion(
                    of: leaf, at: vector.index, treeSize: vector.size, proof: altered, root: root))
        }
    }

    @Test("reference consistency proofs", arguments: consistencyVectors)
    func consistencyProof(_ vector: ConsistencyVector) {
        let proof = MerkleTree.consistencyProof(fromSize: vector.oldSize, in: leaves[..<vector.newSize])
        #expect(proof.map(\.hex) == vector.proof)
        let oldRoot = hash(expectedRoots[vector.oldSize])
        let newRoot = hash(expectedRoots[vector.newSize])
        let published = vector.proof.map(hash)
        #expect(
            MerkleTree.verifyConsistency(
                fromSize: vector.oldSize, oldRoot: oldRoot, toSize: vector.newSize, newRoot: newRoot,
                proof: published))
        for altered in alterations(of: published) {
            #expect(
                !MerkleTree.verifyConsistency(
                    fromSize: vector.oldSize, oldRoot: oldRoot, toSize: vector.newSize, newRoot: newRoot,
                    proof: altered))
        }
    }

    @Test("roots agree with a direct transcription of MTH for 1...64 leaves")
    func rootsAgreeWithDefinition() {
        let leaves = numberedLeaves(64)
        for size in 1...64 {
            #expect(MerkleTree.root(of: leaves[..<size]) == referenceRoot(leaves[..<size]), "size \(size)")
        }
    }

    @Test("inclusion proofs verify, and altered ones do not, in every tree of 1...64 leaves")
    func inclusionProofsVerify() {
        let all = numberedLeaves(64)
        for size in 1...64 {
            let leaves = all[..<size]
            let root = MerkleTree.root(of: leaves)
            for index in 0..<size {
                let proof = MerkleTree.inclusionProof(forLeafAt: index, in: leaves)
                let leaf = leaves[index]
                func verifies(
                    _ leaf: EventHash, at index: Int, _ proof: [EventHash], _ root: EventHash, treeSize: Int = size
                ) -> Bool {
                    MerkleTree.verifyInclusion(of: leaf, at: index, treeSize: treeSize, proof: proof, root: root)
                }
                #expect(verifies(leaf, at: index, proof, root), "leaf \(index) in size \(size)")
                #expect(!verifies(leaf, at: index, proof, root, treeSize: 2 * size), "leaf \(index) in size \(size)")
                #expect(!verifies(leaf, at: index, proof, flipped(root)), "leaf \(index) in size \(size)")
                #expect(!verifies(flipped(leaf), at: index, proof, root), "leaf \(index) in size \(size)")
                if size > 1 {
                    let otherIndex = (index + 1) % size
                    #expect(!verifies(leaf, at: otherIndex, proof, root), "leaf \(index) in size \(size)")
                }
                for altered in alterations(of: proof) {
                    #expect(!verifies(leaf, at: index, altered, root), "leaf \(index) in size \(size)")
                }
            }
        }
    }

    @Test("consistency proofs verify, and altered ones do not, between every tree of 0...64 leaves")
    func consistencyProofsVerify() {
        let all = numberedLeaves(64)
        let roots = (0...64).map { MerkleTree.root(of: all[..<$0]) }
        for newSize in 1...64 {
            for oldSize in 0...newSize {
                let proof = MerkleTree.consistencyProof(fromSize: oldSize, in: all[..<newSize])
                func verifies(
                    _ oldRoot: EventHash, _ newRoot: EventHash, _ proof: [EventHash], newSize: Int = newSize
                ) -> Bool {
                    MerkleTree.verifyConsistency(
                        fromSize: oldSize, oldRoot: oldRoot, toSize: newSize, newRoot: newRoot, proof: proof)
                }
                let oldRoot = roots[oldSize]
                let newRoot = roots[newSize]
                #expect(proof.isEmpty == (oldSize == 0 || oldSize == newSize), "\(oldSize) → \(newSize)")
                #expect(verifies(oldRoot, newRoot, proof), "\(oldSize) → \(newSize)")
                #expect(!verifies(flipped(oldRoot), newRoot, proof), "\(oldSize) → \(newSize)")
                if oldSize > 0 {
                    #expect(!verifies(oldRoot, flipped(newRoot), proof), "\(oldSize) → \(newSize)")
                    #expect(!verifies(oldRoot, newRoot, proof, newSize: 2 * newSize), "\(oldSize) → \(newSize)")
                }
                for altered in alterations(of: proof) {
                    #expect(!verifies(oldRoot, newRoot, altered), "\(oldSize) → \(newSize)")
                }
            }
        }
    }

    @Test("invalid arguments give empty proofs and failed verifications")
    func invalidArguments() {
        let root = MerkleTree.root(of: leaves)
        let proof = MerkleTree.inclusionProof(forLeafAt: 0, in: leaves)
        #expect(MerkleTree.inclusionProof(forLeafAt: -1, in: leaves).isEmpty)
        #expect(MerkleTree.inclusionProof(forLeafAt: 8, in: leaves).isEmpty)
        #expect(MerkleTree.consistencyProof(fromSize: -1, in: leaves).isEmpty)
        #expect(MerkleTree.consistencyProof(fromSize: 9, in: leaves).isEmpty)
        #expect(!MerkleTree.verifyInclusion(of: leaves[0], at: -1, treeSize: 8, proof: proof, root: root))
        #expect(!MerkleTree.verifyInclusion(of: leaves[0], at: 8, treeSize: 8, proof: proof, root: root))
        #expect(!MerkleTree.verifyInclusion(of: leaves[0], at: 0, treeSize: 0, proof: [], root: root))
        #expect(!MerkleTree.verifyInclusion(of: leaves[0], at: 0, treeSize: -8, proof: proof, root: root))
        #expect(!MerkleTree.verifyConsistency(fromSize: 8, oldRoot: root, toSize: 7, newRoot: root, proof: []))
        #expect(!MerkleTree.verifyConsistency(fromSize: -1, oldRoot: root, toSize: 8, newRoot: root, proof: []))
        #expect(!MerkleTree.verifyConsistency(fromSize: -8, oldRoot: root, toSize: -8, newRoot: root, proof: []))
    }

    @Test("positions count from the collection's first element, contiguous or not")
    func collections() {
        let slice = leaves[3..<8]
        let copy = Array(slice)
        let lazy = leaves.lazy.map { $0 }
        #expect(MerkleTree.root(of: slice) == MerkleTree.root(of: copy))
        #expect(MerkleTree.root(of: lazy) == hash(expectedRoots[8]))
        #expect(MerkleTree.inclusionProof(forLeafAt: 1, in: slice) == MerkleTree.inclusionProof(forLeafAt: 1, in: copy))
        #expect(MerkleTree.inclusionProof(forLeafAt: 5, in: lazy).map(\.hex) == inclusionVectors[2].proof)
        #expect(
            MerkleTree.consistencyProof(fromSize: 2, in: slice) == MerkleTree.consistencyProof(fromSize: 2, in: copy))
        #expect(MerkleTree.consistencyProof(fromSize: 6, in: lazy).map(\.hex) == consistencyVectors[2].proof)
    }

    @Test("a tree of 100,000 leaves")
    func largeTree() {
        let size = 100_000
        let leaves = numberedLeaves(size)
        let root = MerkleTree.root(of: leaves)
        let index = 76_543
        let inclusion = MerkleTree.inclusionProof(forLeafAt: index, in: leaves)
        #expect(inclusion.count == 17)
        #expect(
            MerkleTree.verifyInclusion(of: leaves[index], at: index, treeSize: size, proof: inclusion, root: root))
    }
}

/// `SHA-256(0x00 ‖ data)`.
private func leafHash(_ data: [UInt8]) -> EventHash {
    ([0x00] + data).withUnsafeBytes { CanonicalEncoder.sha256($0) }
}

/// Distinct leaf hashes: that of the 8-byte big-endian leaf number.
private func numberedLeaves(_ count: Int) -> [EventHash] {
    (0..<count).map { number in
        withUnsafeBytes(of: UInt64(number).bigEndian) { leafHash(Array($0)) }
    }
}

/// MTH as RFC 6962 §2.1 writes it, on array slices.
private func referenceRoot(_ leaves: ArraySlice<EventHash>) -> EventHash {
    guard leaves.count > 1 else { return leaves[leaves.startIndex] }
    var split = 1
    while split * 2 < leaves.count { split *= 2 }
    let middle = leaves.startIndex + split
    let left = referenceRoot(leaves[..<middle]).bytes
    let right = referenceRoot(leaves[middle...]).bytes
    return ([0x01] + left + right).withUnsafeBytes { CanonicalEncoder.sha256($0) }
}

/// Bytes from hexadecimal digits.
private func bytes(hex: String) -> [UInt8] {
    let digits = Array(hex.utf8)
    return stride(from: 0, to: digits.count, by: 2).map {
        UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)!
    }
}

private func hash(_ hex: String) -> EventHash { EventHash(hex: hex)! }

/// `hash` with one bit flipped.
private func flipped(_ hash: EventHash) -> EventHash {
    var bytes = hash.bytes
    bytes[0] ^= 0x08
    return EventHash(bytes: bytes)!
}

/// Proofs that differ from `proof` by one flipped bit, one hash too many, or one too few.
private func alterations(of proof: [EventHash]) -> [[EventHash]] {
    var altered = proof.indices.map { index in
        var copy = proof
        copy[index] = flipped(copy[index])
        return copy
    }
    altered.append(proof + [hash(expectedRoots[0])])
    if let first = proof.first {
        altered.append([first] + proof)
        altered.append(Array(proof.dropLast()))
    }
    return altered
}
