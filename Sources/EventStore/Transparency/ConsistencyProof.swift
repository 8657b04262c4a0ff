import Foundation

/// An RFC 9162 (§2.1.4) consistency proof between two trees of the log, as a text file:
/// ```
/// event-log-consistency v1
/// old 791 lAdueo0Q8/qyESTpmI5aDAggztNik8/5SbwDmzfbyZY=
/// new 812 0nDr7z5tbiYwxK3Z8l1m1tKx6kW9xJ9B3PBhW6rsSv4=
/// <base64 of a 32-byte hash, one per line, in the order RFC 9162 gives them>
/// ```
/// Each line ends in a newline. The sizes and roots are the two checkpoints'; the file alone
/// proves nothing — it is checked against two signed checkpoints (``check(_:_:proof:)``).
public struct ConsistencyProof: Sendable, Hashable {
    /// The first line of the file.
    public static let header = "event-log-consistency v1"

    public var oldSize: Int64
    public var oldRoot: EventHash
    public var newSize: Int64
    public var newRoot: EventHash
    public var hashes: [EventHash]

    public init(oldSize: Int64, oldRoot: EventHash, newSize: Int64, newRoot: EventHash, hashes: [EventHash]) {
        self.oldSize = oldSize
        self.oldRoot = oldRoot
        self.newSize = newSize
        self.newRoot = newRoot
        self.hashes = hashes
    }

    /// Whether the hashes prove that the old tree is a prefix of the new one (RFC 9162 §2.1.4.2).
    public var isValid: Bool {
        MerkleTree.verifyConsistency(
            fromSize: Int(oldSize), oldRoot: oldRoot, toSize: Int(newSize), newRoot: newRoot, proof: hashes)
    }

    /// The file's text.
    public var encoded: String {
        ([Self.header, "old \(oldSize) \(oldRoot.base64)", "new \(newSize) \(newRoot.base64)"] + hashes.map(\.base64))
            .map { $0 + "\n" }.joined()
    }

    /// Reads the file; throws ``CheckpointError`` naming the rule it breaks.
    public init(encoded text: String) throws {
        guard text.hasSuffix("\n") else { throw CheckpointError("a consistency proof ends in a newline") }
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == Self.header else {
            throw CheckpointError("not a consistency proof (\(Self.header))")
        }
        func tree(_ line: Substring, _ label: String) throws -> (Int64, EventHash) {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == label, let size = Int64(treeSize: parts[1]),
                let root = EventHash(base64: parts[2])
            else {
                throw CheckpointError("the consistency proof's line 2 and 3 are `old SIZE ROOT` and `new SIZE ROOT`")
            }
            return (size, root)
        }
        let (oldSize, oldRoot) = try tree(lines[1], "old")
        let (newSize, newRoot) = try tree(lines[2], "new")
        let hashes = try lines.dropFirst(3).map { line in
            guard let hash = EventHash(base64: line) else {
                throw CheckpointError("a consistency proof's hash is the base64 of 32 bytes: \(line)")
            }
            return hash
        }
        self.init(oldSize: oldSize, oldRoot: oldRoot, newSize: newSize, newRoot: newRoot, hashes: hashes)
    }

    /// Checks, without the log, that two checkpoints describe one log that only grew: the smaller
    /// tree is a prefix of the larger. Two checkpoints of one size must have one root; otherwise
    /// the proof (needed then) must be for exactly their trees and verify.
    ///
    /// Throws ``TransparencyFailure`` for a fork — one size with two roots, or a proof that does
    /// not reconcile them — and ``CheckpointError`` when the two are of different logs or a proof
    /// is missing or for other trees. The signatures are the caller's to check.
    public static func check(_ first: CheckpointFile, _ second: CheckpointFile, proof: ConsistencyProof?) throws {
        if case .note(let a) = first, case .note(let b) = second, a.origin != b.origin {
            throw CheckpointError("the checkpoints are of two logs: \(a.origin) and \(b.origin)")
        }
        let (old, new) = first.size <= second.size ? (first, second) : (second, first)
        if old.size == new.size {
            guard old.root == new.root else {
                throw TransparencyFailure(
                    "fork: two checkpoints of \(old.size) events with different roots (\(old.root.base64) and"
                        + " \(new.root.base64)): the log has shown two different histories")
            }
            if let proof, !proof.hashes.isEmpty || proof.oldSize != old.size || proof.newSize != new.size {
                throw CheckpointError("the consistency proof is not for two trees of \(old.size) events")
            }
            return
        }
        guard let proof else {
            throw CheckpointError(
                "give the consistency proof from \(old.size) to \(new.size) events (programctl audit consistency)")
        }
        guard proof.oldSize == old.size, proof.newSize == new.size else {
            throw CheckpointError(
                "the consistency proof is from \(proof.oldSize) to \(proof.newSize) events, the checkpoints are of"
                    + " \(old.size) and \(new.size)")
        }
        guard proof.oldRoot == old.root, proof.newRoot == new.root else {
            throw TransparencyFailure(
                "the consistency proof is for trees with other roots than the checkpoints': it was made from a"
                    + " log that is not the one they signed")
        }
        guard proof.isValid else {
            throw TransparencyFailure(
                "the consistency proof does not reconcile the checkpoints: the log of \(old.size) events"
                    + " (root \(old.root.base64)) is not a prefix of the log of \(new.size) events"
                    + " (root \(new.root.base64)) — a fork of the log, or a damaged proof")
        }
    }
}
