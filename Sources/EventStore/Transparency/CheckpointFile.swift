import Foundation

/// A checkpoint file as an auditor keeps it: a C2SP checkpoint, or one of the first format
/// (`event-log-checkpoint v1`) that earlier versions signed, checked by its own rules.
public enum CheckpointFile: Sendable, Hashable {
    case note(LogCheckpoint)
    case legacy(LegacyCheckpoint)

    /// Reads either format, told apart by the first line.
    public init(encoded text: String) throws {
        self =
            text.hasPrefix(LegacyCheckpoint.header + "\n")
            ? .legacy(try LegacyCheckpoint(text: text)) : .note(try LogCheckpoint(encoded: text))
    }

    /// The number of events it commits to.
    public var size: Int64 {
        switch self {
        case .note(let checkpoint): checkpoint.size
        case .legacy(let checkpoint): checkpoint.size
        }
    }

    /// The Merkle root of those events.
    public var root: EventHash {
        switch self {
        case .note(let checkpoint): checkpoint.root
        case .legacy(let checkpoint): checkpoint.root
        }
    }

    /// Who signed it, as the messages say: the log's origin and key ID, or the old format's signer.
    public var signer: String {
        switch self {
        case .note(let checkpoint):
            checkpoint.signatures.first { $0.keyName == checkpoint.origin }
                .map { "\(checkpoint.origin) (key \(String(format: "%08x", $0.keyID)))" } ?? checkpoint.origin
        case .legacy(let checkpoint): checkpoint.signer
        }
    }

    /// Checks the signature against the keys you trust.
    ///
    /// A C2SP checkpoint must carry a valid signature by a trusted verifier key named after its
    /// origin; without one it is refused. A v1 checkpoint is checked with the key written in it
    /// and, when you trust keys, that key must be one of them (a 64-hex-digit key, or the Ed25519
    /// key of a verifier key); with no trusted keys, only its own signature is checked, as before.
    public func verify(trusting keys: [TrustedKey]) throws {
        switch self {
        case .note(let checkpoint):
            let named = keys.compactMap(\.verifierKey).filter { $0.name == checkpoint.origin && $0.type == .ed25519 }
            guard !named.isEmpty else {
                throw TrustError(
                    "the checkpoint of \(checkpoint.origin) is checked with the log's verifier key"
                        + " (\(checkpoint.origin)+<key ID>+<key>), as the secretary gave it to you: give it with --trust"
                )
            }
            var failure: (any Error)?
            for key in named {
                do {
                    try checkpoint.verify(signedBy: key)
                    return
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        case .legacy(let checkpoint):
            guard keys.isEmpty || keys.contains(where: { $0.ed25519PublicKey == checkpoint.publicKey }) else {
                throw TransparencyFailure("the checkpoint is signed with another key than the one you trust")
            }
            guard checkpoint.hasValidSignature else {
                throw TransparencyFailure("the checkpoint's signature is not valid for its key")
            }
        }
    }
}

/// A key given with `--trust`: a verifier key (`name+keyid+base64`), or the bare 64-hex-digit
/// Ed25519 public key that checked the first format's checkpoints.
public enum TrustedKey: Sendable, Hashable {
    case verifier(NoteVerifierKey)
    case ed25519(Data)

    /// Reads either form.
    public init(encoded text: String) throws {
        if let hex = EventHash(hex: text) {
            self = .ed25519(Data(hex.bytes))
        } else {
            self = .verifier(try NoteVerifierKey(encoded: text))
        }
    }

    /// The verifier key, when it is one.
    public var verifierKey: NoteVerifierKey? {
        switch self {
        case .verifier(let key): key
        case .ed25519: nil
        }
    }

    /// The Ed25519 public key.
    public var ed25519PublicKey: Data {
        switch self {
        case .verifier(let key): key.publicKey
        case .ed25519(let key): key
        }
    }
}
