import Foundation

/// A C2SP signed note (c2sp.org/signed-note): a text and the signature lines that follow it.
///
/// ```
/// <text, one or more lines, ending in a newline>
/// <an empty line>
/// — <key name> <base64(4-byte key ID ‖ signature)>
/// — …
/// ```
/// The whole note is UTF-8 without control characters other than the newline; the text ends at
/// the last empty line. Which signatures count is the verifier's business
/// (``NoteVerifierKey``): a note may carry signatures of keys it does not know, such as a
/// witness's cosignature, and must ignore them.
public struct SignedNote: Sendable, Hashable {
    /// The signed text, its final newline included.
    public var text: String
    public var signatures: [NoteSignature]

    /// At most this many signature lines are read (the format asks verifiers to accept 16 or more).
    public static let signatureLimit = 100

    public init(text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// The note as it is written: the text, an empty line, and a line per signature.
    public var encoded: String {
        text + "\n" + signatures.map { "— \($0.keyName) \($0.encoded)\n" }.joined()
    }

    /// Reads a note; throws ``CheckpointError`` naming the rule it breaks.
    public init(encoded note: String) throws {
        guard note.unicodeScalars.allSatisfy({ $0 == "\n" || $0.value >= 0x20 }) else {
            throw CheckpointError("a signed note contains no control characters other than the newline")
        }
        let bytes = Array(note.utf8)
        guard bytes.last == 0x0A, let split = Self.lastEmptyLine(in: bytes) else {
            throw CheckpointError(
                "a signed note is its text, an empty line and signature lines, each ending in a newline")
        }
        let text = String(decoding: bytes[...split], as: UTF8.self)
        let lines = String(decoding: bytes[(split + 2)...], as: UTF8.self).split(separator: "\n")
        guard lines.count <= Self.signatureLimit else {
            throw CheckpointError("a signed note has more than \(Self.signatureLimit) signatures")
        }
        self.init(text: text, signatures: try lines.map { try NoteSignature(line: $0) })
    }

    /// The index of the newline that ends the text (the one before the last empty line).
    private static func lastEmptyLine(in bytes: [UInt8]) -> Int? {
        var index = bytes.count - 2
        while index >= 0 {
            if bytes[index] == 0x0A && bytes[index + 1] == 0x0A { return index + 2 < bytes.count ? index : nil }
            index -= 1
        }
        return nil
    }
}

/// One signature line of a signed note: `— <key name> <base64(key ID ‖ signature)>`.
public struct NoteSignature: Sendable, Hashable {
    /// The signing key's name; for a checkpoint's log signature, the log's origin.
    public var keyName: String
    /// The 4-byte key ID, big-endian (see ``NoteVerifierKey/keyID``).
    public var keyID: UInt32
    /// The signature proper, after the key ID (64 bytes for Ed25519).
    public var signature: Data

    public init(keyName: String, keyID: UInt32, signature: Data) {
        self.keyName = keyName
        self.keyID = keyID
        self.signature = signature
    }

    /// `base64(key ID ‖ signature)`.
    public var encoded: String {
        (withUnsafeBytes(of: keyID.bigEndian) { Data($0) } + signature).base64EncodedString()
    }

    /// Reads the line without its newline: the em dash, a space, the key name, a space, the base64.
    init(line: Substring) throws {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "—", NoteVerifierKey.isValidName(parts[1]),
            let bytes = Data(base64Encoded: String(parts[2])), bytes.count > 4
        else {
            throw CheckpointError("not a note signature line (— <key name> <base64 of key ID and signature>): \(line)")
        }
        self.init(
            keyName: String(parts[1]), keyID: bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) },
            signature: Data(bytes.dropFirst(4)))
    }
}
