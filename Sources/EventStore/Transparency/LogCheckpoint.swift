import Foundation

/// A C2SP checkpoint (c2sp.org/tlog-checkpoint): the log's origin, its size and the RFC 6962
/// Merkle root of its leaf hashes, as a signed note. Kept outside the store, it lets an auditor
/// prove later that the log only grew — a rewritten or truncated history cannot match it, even
/// with every hash in the file recomputed.
///
/// ```
/// client-en-jongerenparticipatie-zuid-limburg
/// 791
/// lAdueo0Q8/qyESTpmI5aDAggztNik8/5SbwDmzfbyZY=
///
/// — client-en-jongerenparticipatie-zuid-limburg 3dCR1Xb1…(base64 of key ID ‖ Ed25519 signature)
/// ```
/// The log signs with a key named after its origin. Other signatures — a witness's cosignature
/// (c2sp.org/tlog-cosignature) — may follow, and are kept as they are.
public struct LogCheckpoint: Sendable, Hashable {
    /// The log's identity. This log's is a valid note key name (its key is named after it); the
    /// format asks only that it not be empty.
    public var origin: String
    public var size: Int64
    public var root: EventHash
    /// Lines after the root, each non-empty. This log writes none (its own are empty).
    public var extensions: [String]
    public var signatures: [NoteSignature]

    public init(origin: String, size: Int64, root: EventHash, extensions: [String] = [], signatures: [NoteSignature]) {
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions
        self.signatures = signatures
    }

    /// A checkpoint signed by `key`, whose name is the origin.
    public static func sign(size: Int64, root: EventHash, key: NoteSigningKey) throws -> LogCheckpoint {
        var checkpoint = LogCheckpoint(origin: key.name, size: size, root: root, signatures: [])
        checkpoint.signatures = [try key.sign(checkpoint.body)]
        return checkpoint
    }

    /// The note text: origin, size and base64 root, each on a line, then the extension lines.
    public var body: String {
        ([origin, String(size), root.base64] + extensions).map { $0 + "\n" }.joined()
    }

    /// The signed note.
    public var note: SignedNote { SignedNote(text: body, signatures: signatures) }

    /// The checkpoint file's text.
    public var encoded: String { note.encoded }

    /// Reads a checkpoint file; throws ``CheckpointError`` naming the rule it breaks.
    public init(encoded text: String) throws {
        let note = try SignedNote(encoded: text)
        let lines = note.text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.allSatisfy({ !$0.isEmpty }) else {
            throw CheckpointError("a checkpoint's text is at least three non-empty lines: origin, size, root hash")
        }
        guard let size = Int64(treeSize: lines[1]) else {
            throw CheckpointError("the checkpoint's size '\(lines[1])' is not a decimal number without leading zeros")
        }
        guard let root = EventHash(base64: lines[2]) else {
            throw CheckpointError("the checkpoint's root hash is not the base64 of 32 bytes")
        }
        self.init(
            origin: String(lines[0]), size: size, root: root, extensions: lines.dropFirst(3).map(String.init),
            signatures: note.signatures)
    }

    /// Checks that the log's key, as `key` — named after this checkpoint's origin — signed it.
    /// Signatures by other keys are ignored.
    public func verify(signedBy key: NoteVerifierKey) throws {
        guard key.name == origin else {
            throw TransparencyFailure(
                "the checkpoint is of the log \(origin), the trusted key is of \(key.name) (\(key.keyIDHex))")
        }
        try key.verify(note)
    }
}
