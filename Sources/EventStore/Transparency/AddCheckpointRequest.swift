import Foundation

/// The body of a tlog-witness `add-checkpoint` request (c2sp.org/tlog-witness): the size of the
/// checkpoint the witness last cosigned, the consistency proof from it to the new one, and the new
/// checkpoint.
///
/// ```
/// old <size>
/// <base64 of each consistency proof hash, one per line, at most 63>
/// <an empty line>
/// <the signed checkpoint>
/// ```
public struct AddCheckpointRequest: Sendable, Hashable {
    /// The most proof lines a request may have.
    public static let proofLimit = 63

    public var oldSize: Int64
    public var proof: [EventHash]
    public var checkpoint: LogCheckpoint

    public init(oldSize: Int64, proof: [EventHash], checkpoint: LogCheckpoint) {
        self.oldSize = oldSize
        self.proof = proof
        self.checkpoint = checkpoint
    }

    /// The request body.
    public var encoded: String {
        (["old \(oldSize)"] + proof.map(\.base64) + [""]).map { $0 + "\n" }.joined() + checkpoint.encoded
    }

    /// Reads a request body; throws ``CheckpointError`` naming the rule it breaks.
    public init(encoded text: String) throws {
        guard let blank = text.range(of: "\n\n") else {
            throw CheckpointError(
                "an add-checkpoint request is `old N`, the proof lines, an empty line, the checkpoint")
        }
        let lines = text[..<blank.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("old "), let oldSize = Int64(treeSize: first.dropFirst(4))
        else {
            throw CheckpointError("an add-checkpoint request starts with `old N`, N the size the witness knows")
        }
        guard lines.count - 1 <= Self.proofLimit else {
            throw CheckpointError("an add-checkpoint request has at most \(Self.proofLimit) proof lines")
        }
        let proof = try lines.dropFirst().map { line in
            guard let hash = EventHash(base64: line) else {
                throw CheckpointError("a consistency proof line is the base64 of 32 bytes: \(line)")
            }
            return hash
        }
        self.init(
            oldSize: oldSize, proof: proof, checkpoint: try LogCheckpoint(encoded: String(text[blank.upperBound...])))
    }
}

extension NoteSignature {
    /// Reads note signature lines, each `— <key name> <base64>` ending in a newline — a witness's
    /// answer to add-checkpoint.
    public static func lines(_ text: String) throws -> [NoteSignature] {
        guard text.hasSuffix("\n") else { throw CheckpointError("signature lines end in a newline") }
        return try text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map {
            try NoteSignature(line: $0)
        }
    }
}
