import Foundation

/// A receipt that one event is in the log: a C2SP tlog-proof (c2sp.org/tlog-proof), checkable
/// offline by anyone who trusts the log's verifier key.
///
/// ```
/// c2sp.org/tlog-proof@v1
/// extra <base64 of the event's canonical encoding>
/// index <the event's position − 1>
/// <base64 of each hash of the RFC 6962 inclusion proof, one per line, from the leaf up>
///
/// <the signed checkpoint, verbatim>
/// ```
/// The extra data is the event's canonical encoding, so that the leaf hash is
/// `SHA-256(0x00 ‖ extra)`; it holds the event's fields as the log does, personal data sealed.
public struct LogReceipt: Sendable, Hashable {
    /// The first line of a tlog-proof.
    public static let header = "c2sp.org/tlog-proof@v1"

    /// The event's canonical encoding; a tlog-proof may go without (then this log cannot check it).
    public var extra: Data?
    /// The 0-based leaf index: the event's position − 1.
    public var index: Int64
    /// The inclusion proof, from the leaf's sibling up.
    public var proof: [EventHash]
    public var checkpoint: LogCheckpoint

    public init(extra: Data?, index: Int64, proof: [EventHash], checkpoint: LogCheckpoint) {
        self.extra = extra
        self.index = index
        self.proof = proof
        self.checkpoint = checkpoint
    }

    /// The file's text.
    public var encoded: String {
        ([Self.header] + (extra.map { ["extra \($0.base64EncodedString())"] } ?? []) + ["index \(index)"]
            + proof.map(\.base64) + [""]).map { $0 + "\n" }.joined() + checkpoint.encoded
    }

    /// Reads a tlog-proof; throws ``CheckpointError`` naming the rule it breaks.
    public init(encoded text: String) throws {
        guard let blank = text.range(of: "\n\n") else {
            throw CheckpointError("a tlog-proof has the proof, an empty line, then the checkpoint")
        }
        var lines = text[..<blank.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(Self.header) else {
            throw CheckpointError("not a tlog-proof (\(Self.header))")
        }
        if let line = lines.first, line.hasPrefix("extra ") {
            guard let data = Data(base64Encoded: String(line.dropFirst(6))) else {
                throw CheckpointError("the tlog-proof's extra data is not base64")
            }
            extra = data
            lines.removeFirst()
        }
        guard let line = lines.popFirst(), line.hasPrefix("index "), let index = Int64(treeSize: line.dropFirst(6))
        else {
            throw CheckpointError("the tlog-proof has no `index N` line")
        }
        self.index = index
        proof = try lines.map { line in
            guard let hash = EventHash(base64: line) else {
                throw CheckpointError("an inclusion proof hash is the base64 of 32 bytes: \(line)")
            }
            return hash
        }
        checkpoint = try LogCheckpoint(encoded: String(text[blank.upperBound...]))
    }

    /// Checks the receipt offline: the checkpoint is signed by a trusted key of its log, the
    /// extra data is an event at position index + 1, and the inclusion proof leads from its leaf
    /// hash to the checkpoint's root. Returns the event.
    public func verify(trusting keys: [TrustedKey]) throws -> CanonicalEvent {
        try CheckpointFile.note(checkpoint).verify(trusting: keys)
        guard let extra else {
            throw CheckpointError("the receipt carries no event (no extra line): its leaf hash cannot be computed")
        }
        let event = try CanonicalEvent(canonical: extra)
        guard event.position == index + 1 else {
            throw TransparencyFailure(
                "the receipt's event is at position \(event.position), its proof for index \(index) (position \(index + 1))"
            )
        }
        guard index < checkpoint.size,
            MerkleTree.verifyInclusion(
                of: event.leafHash, at: Int(index), treeSize: Int(checkpoint.size), proof: proof, root: checkpoint.root)
        else {
            throw TransparencyFailure(
                "the inclusion proof does not lead from the event's leaf hash to the root of the checkpoint of"
                    + " \(checkpoint.size) events")
        }
        return event
    }
}
