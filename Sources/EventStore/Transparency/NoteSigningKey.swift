import Crypto
import Foundation

/// The Ed25519 key that signs a log's checkpoints, with its name (the log's origin); or a
/// witness's, which cosigns them (cosignature/v1), named after the witness.
///
/// Kept in a one-line text file, in the form Go's golang.org/x/mod/sumdb/note reads:
/// ```
/// PRIVATE+KEY+<name>+<key ID, 8 hex digits>+<base64(type ‖ 32-byte Ed25519 seed)>
/// ```
/// The type is 0x01 for a log's key, 0x04 for a witness's.
public struct NoteSigningKey: Sendable {
    /// The key's name: the origin of the checkpoints it signs, or the witness's name.
    public let name: String
    /// What verifiers are given to trust this key.
    public let verifierKey: NoteVerifierKey
    private let key: Curve25519.Signing.PrivateKey

    /// A new random key named `name`; throws when `name` is not a valid key name.
    public static func generate(name: String, type: NoteKeyType = .ed25519) throws -> NoteSigningKey {
        try NoteSigningKey(name: name, key: Curve25519.Signing.PrivateKey(), type: type)
    }

    /// The key from a 32-byte Ed25519 seed (RFC 8032's private key).
    public init(name: String, seed: Data, type: NoteKeyType = .ed25519) throws {
        guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
            throw CheckpointError("an Ed25519 private key is a 32-byte seed")
        }
        try self.init(name: name, key: key, type: type)
    }

    private init(name: String, key: Curve25519.Signing.PrivateKey, type: NoteKeyType) throws {
        self.verifierKey = try NoteVerifierKey(
            name: name, ed25519PublicKey: key.publicKey.rawRepresentation, type: type)
        self.name = name
        self.key = key
    }

    /// What it signs: a log's notes or a witness's cosignatures.
    public var type: NoteKeyType { verifierKey.type }

    /// The key file's text (one line).
    public var encoded: String {
        "PRIVATE+KEY+\(name)+\(verifierKey.keyIDHex)+"
            + (Data([type.rawValue]) + key.rawRepresentation).base64EncodedString() + "\n"
    }

    /// Reads a key file.
    public init(encoded text: String) throws {
        if text.hasPrefix("event-log-signing-key v1\n") {
            throw CheckpointError(
                "a key of the old format (event-log-signing-key v1), which signed event-log-checkpoint v1 files:"
                    + " create a key for C2SP checkpoints with `programctl audit keygen` and give its verifier key"
                    + " to the auditors (the old public key still checks the old checkpoints)")
        }
        let line = text.hasSuffix("\n") ? text.dropLast() : Substring(text)
        let parts = line.split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY",
            let secret = Data(base64Encoded: String(parts[4])), secret.count == 33,
            let type = secret.first.flatMap(NoteKeyType.init(rawValue:))
        else {
            throw CheckpointError(
                "not a signing key file (PRIVATE+KEY+<name>+<key ID>+<base64 of 0x01 or 0x04 and the Ed25519 seed>)")
        }
        try self.init(name: String(parts[2]), seed: Data(secret.dropFirst()), type: type)
        guard parts[3] == verifierKey.keyIDHex else {
            throw CheckpointError("the key file's key ID \(parts[3]) is not its key's (\(verifierKey.keyIDHex))")
        }
    }

    /// This key's signature of a note text: a log key's Ed25519 signature, or a witness key's
    /// cosignature/v1 made at `time` (which a log key's signature does not carry).
    public func sign(_ text: String, at time: Date = Date()) throws -> NoteSignature {
        let signature: Data
        switch type {
        case .ed25519:
            signature = try key.signature(for: Data(text.utf8))
        case .cosignature:
            let timestamp = UInt64(max(1, time.timeIntervalSince1970.rounded(.down)))
            signature =
                Cosignature(
                    timestamp: timestamp,
                    ed25519Signature: try key.signature(for: Cosignature.message(timestamp: timestamp, text: text))
                ).encoded
        }
        return NoteSignature(keyName: name, keyID: verifierKey.keyID, signature: signature)
    }
}
