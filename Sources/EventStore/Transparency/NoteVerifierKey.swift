import Crypto
import Foundation

/// A signed-note verifier key ("vkey"): what a verifier is given, out of band, to trust a key.
///
/// Written `<key name>+<key ID, 8 hex digits>+<base64(signature type ‖ public key)>`, e.g.
/// `PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW`. Two signature types: a
/// log's Ed25519 key (`0x01`) and a witness's Ed25519 cosignature key (tlog-cosignature, `0x04`).
public struct NoteVerifierKey: Sendable, Hashable {
    /// The key's name; a log's key is named after its origin, a witness's after the witness.
    public let name: String
    /// The 32-byte Ed25519 public key.
    public let publicKey: Data
    /// What it signs: a log's notes or a witness's cosignatures.
    public let type: NoteKeyType

    /// A key from its name and 32-byte Ed25519 public key; throws when the name is not a valid key name.
    public init(name: String, ed25519PublicKey publicKey: Data, type: NoteKeyType = .ed25519) throws {
        guard Self.isValidName(name) else {
            throw CheckpointError("'\(name)' is not a valid key name: no spaces, no '+', not empty")
        }
        guard publicKey.count == 32 else { throw CheckpointError("an Ed25519 public key is 32 bytes") }
        self.name = name
        self.publicKey = publicKey
        self.type = type
    }

    /// `SHA-256(name ‖ 0x0A ‖ type ‖ public key)`, its first four bytes big-endian.
    public var keyID: UInt32 {
        let digest = SHA256.hash(data: Data(name.utf8) + [0x0A, type.rawValue] + publicKey)
        return digest.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The key ID as 8 lowercase hexadecimal digits.
    public var keyIDHex: String { String(format: "%08x", keyID) }

    /// The vkey text.
    public var encoded: String {
        "\(name)+\(keyIDHex)+\((Data([type.rawValue]) + publicKey).base64EncodedString())"
    }

    /// Reads a vkey; throws when it is malformed, of another signature type than 0x01 or 0x04, or
    /// its key ID does not match.
    public init(encoded text: String) throws {
        // The base64 may hold "+", the name and the key ID do not.
        let parts = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].count == 8, let id = UInt32(parts[1], radix: 16),
            parts[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
            let key = Data(base64Encoded: String(parts[2])), key.count == 33
        else {
            throw CheckpointError(
                "not a verifier key (<name>+<8 hex digits>+<base64 of 0x01 or 0x04 and the 32-byte Ed25519 key>): \(text)"
            )
        }
        guard let type = key.first.flatMap(NoteKeyType.init(rawValue:)) else {
            throw CheckpointError(
                "the verifier key \(parts[0]) is not an Ed25519 key (signature type 0x01) nor a witness's"
                    + " cosignature key (0x04)")
        }
        try self.init(name: String(parts[0]), ed25519PublicKey: Data(key.dropFirst()), type: type)
        guard keyID == id else {
            throw CheckpointError(
                "the verifier key's ID \(parts[1]) is not the one its name and key give (\(keyIDHex))")
        }
    }

    /// Whether `signature` is this key's (same name and key ID) — whether it is valid or not.
    public func names(_ signature: NoteSignature) -> Bool {
        signature.keyName == name && signature.keyID == keyID
    }

    /// Whether `signature` is a valid signature by this key of `text`: an Ed25519 signature of the
    /// text, or, for a witness's key, a cosignature/v1 of it (``Cosignature``).
    public func isValid(_ signature: NoteSignature, of text: String) -> Bool {
        guard names(signature), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
            return false
        }
        switch type {
        case .ed25519:
            return key.isValidSignature(signature.signature, for: Data(text.utf8))
        case .cosignature:
            guard let cosignature = Cosignature(signature.signature) else { return false }
            return key.isValidSignature(cosignature.ed25519Signature, for: cosignature.message(signing: text))
        }
    }

    /// Checks a note as the signed-note format has it: signatures by other keys are ignored; this
    /// key's signature must be there and valid.
    public func verify(_ note: SignedNote) throws {
        let own = note.signatures.filter(names)
        guard !own.isEmpty else {
            let others = note.signatures.map { "\($0.keyName)+\(String(format: "%08x", $0.keyID))" }
            throw TransparencyFailure(
                "not signed by the trusted key \(name)+\(keyIDHex)"
                    + (others.isEmpty ? "" : " (signed by \(others.joined(separator: ", ")))"))
        }
        guard own.allSatisfy({ isValid($0, of: note.text) }) else {
            throw TransparencyFailure(
                "the signature of \(name)+\(keyIDHex) is not valid for the text it signs: the text or the signature was changed"
            )
        }
    }

    /// Whether `name` is a valid note key name (and so a valid origin for this log): not empty,
    /// without Unicode white space, `+` or control characters.
    public static func isValidName(_ name: some StringProtocol) -> Bool {
        !name.isEmpty
            && !name.unicodeScalars.contains { $0 == "+" || $0.properties.isWhitespace || $0.value < 0x20 }
    }
}
