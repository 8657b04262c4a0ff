import Crypto
import Foundation

/// A checkpoint of this log's first format, `event-log-checkpoint v1`, which earlier versions
/// signed: read and checked as it always was, no longer written. Its text form (UTF-8, `\n` line
/// ends) is signed up to and including the line before `signature`:
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
public struct LegacyCheckpoint: Sendable, Hashable {
    /// The first line of such a file.
    public static let header = "event-log-checkpoint v1"

    public var origin: String
    public var size: Int64
    public var root: EventHash
    public var chainHash: EventHash
    public var signer: String
    public var publicKey: Data
    public var signature: Data

    /// The lines the signature covers.
    public var signedText: String {
        """
        \(Self.header)
        origin \(origin)
        size \(size)
        root \(root.hex)
        chain \(chainHash.hex)
        signer \(signer)
        key \(publicKey.map { String(format: "%02x", $0) }.joined())

        """
    }

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
        guard lines.first.map(String.init) == Self.header else {
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
        origin = try field("origin")
        self.size = size
        self.root = root
        chainHash = chain
        signer = try field("signer")
        publicKey = Data(key.bytes)
        self.signature = signature
    }
}
