import Crypto
import Foundation

/// A signed statement of what the log was: its size and the RFC 6962 Merkle root of its leaf
/// hashes, signed with Ed25519. Kept outside the store, it lets an auditor prove later that the
/// log only grew — a rewritten or truncated history cannot match it, even with every hash in the
/// file recomputed.
///
/// Its text form (UTF-8, `\n` line ends) is what is signed, up to and including the line before
/// `signature`:
/// ```
/// event-log-checkpoint v1
/// origin Cliënt- en jongerenparticipatie Zuid-Limburg
/// size 791
/// root 3f2a…(64 hex digits)
/// chain a9e3…(64 hex digits: the chain hash at position `size`)
/// signer secretariaat
/// key 8c1d…(64 hex digits: the Ed25519 public key)
/// signature <base64 of the 64-byte Ed25519 signature>
/// ```
public struct LogCheckpoint: Sendable, Hashable {
    public var origin: String
    public var size: Int64
    public var root: EventHash
    public var chainHash: EventHash
    public var signer: String
    public var publicKey: Data
    public var signature: Data

    /// Signs a checkpoint.
    public static func sign(
        origin: String, size: Int64, root: EventHash, chainHash: EventHash, signer: String, key: SigningKey
    ) throws -> LogCheckpoint {
        var checkpoint = LogCheckpoint(
            origin: origin, size: size, root: root, chainHash: chainHash, signer: signer,
            publicKey: key.key.publicKey.rawRepresentation, signature: Data())
        checkpoint.signature = try key.key.signature(for: Data(checkpoint.signedText.utf8))
        return checkpoint
    }

    /// The lines the signature covers.
    public var signedText: String {
        """
        event-log-checkpoint v1
        origin \(origin)
        size \(size)
        root \(root.hex)
        chain \(chainHash.hex)
        signer \(signer)
        key \(publicKey.map { String(format: "%02x", $0) }.joined())

        """
    }

    /// The whole text, signature included.
    public var text: String { signedText + "signature \(signature.base64EncodedString())\n" }

    /// Whether the signature is valid for the key the checkpoint names. (Whether that key is the
    /// one you trust is for you to check: compare it with the key you were given.)
    public var hasValidSignature: Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: Data(signedText.utf8))
    }

    /// Reads the text form.
    public init(text: String) throws {
        var fields: [String: String] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "event-log-checkpoint v1" else {
            throw CheckpointError("not an event log checkpoint (v1)")
        }
        for line in lines.dropFirst() where !line.isEmpty {
            guard let space = line.firstIndex(of: " ") else { throw CheckpointError("malformed line: \(line)") }
            fields[String(line[..<space])] = String(line[line.index(after: space)...])
        }
        func field(_ name: String) throws -> String {
            guard let value = fields[name] else { throw CheckpointError("no \(name) line") }
            return value
        }
        guard let size = Int64(try field("size")), size >= 0 else { throw CheckpointError("size is not a number") }
        guard let root = EventHash(hex: try field("root")), let chain = EventHash(hex: try field("chain")) else {
            throw CheckpointError("root and chain must be 64 hexadecimal digits")
        }
        guard let key = EventHash(hex: try field("key")), let signature = Data(base64Encoded: try field("signature"))
        else {
            throw CheckpointError("key must be 64 hexadecimal digits and signature base64")
        }
        self.init(
            origin: try field("origin"), size: size, root: root, chainHash: chain, signer: try field("signer"),
            publicKey: Data(key.bytes), signature: signature)
    }

    public init(
        origin: String, size: Int64, root: EventHash, chainHash: EventHash, signer: String, publicKey: Data,
        signature: Data
    ) {
        self.origin = origin
        self.size = size
        self.root = root
        self.chainHash = chainHash
        self.signer = signer
        self.publicKey = publicKey
        self.signature = signature
    }
}

/// An Ed25519 key that signs checkpoints, kept in a small text file:
/// ```
/// event-log-signing-key v1
/// signer secretariaat
/// private <base64 of the 32-byte private key>
/// ```
public struct SigningKey: Sendable {
    public var signer: String
    let key: Curve25519.Signing.PrivateKey

    /// A new random key.
    public static func generate(signer: String) -> SigningKey {
        SigningKey(signer: signer, key: Curve25519.Signing.PrivateKey())
    }

    /// The public key, 64 hexadecimal digits: what auditors are given to trust.
    public var publicKeyHex: String { key.publicKey.rawRepresentation.map { String(format: "%02x", $0) }.joined() }

    public var text: String {
        "event-log-signing-key v1\nsigner \(signer)\nprivate \(key.rawRepresentation.base64EncodedString())\n"
    }

    public init(text: String) throws {
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.first == "event-log-signing-key v1",
            let signer = lines.first(where: { $0.hasPrefix("signer ") })?.dropFirst(7),
            let secret = lines.first(where: { $0.hasPrefix("private ") }).flatMap({
                Data(base64Encoded: String($0.dropFirst(8)))
            }),
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: secret)
        else { throw CheckpointError("not a signing key file (event-log-signing-key v1)") }
        self.init(signer: String(signer), key: key)
    }

    init(signer: String, key: Curve25519.Signing.PrivateKey) {
        self.signer = signer
        self.key = key
    }
}

/// A checkpoint or key file that cannot be read.
public struct CheckpointError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
