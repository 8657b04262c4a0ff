import Foundation

/// A witness's cosignature/v1 (c2sp.org/tlog-cosignature) as a note signature carries it after
/// the key ID: the `timestamped_signature` — the time of cosigning, u64 big-endian POSIX seconds,
/// then the 64-byte Ed25519 signature of ``message(signing:)``.
public struct Cosignature: Sendable, Hashable {
    /// When the witness cosigned, in seconds since 1970 (never 0).
    public var timestamp: UInt64
    public var ed25519Signature: Data

    public init(timestamp: UInt64, ed25519Signature: Data) {
        self.timestamp = timestamp
        self.ed25519Signature = ed25519Signature
    }

    /// Reads the 72 bytes after a cosignature's key ID; nil when they are not 72 or the time is 0
    /// or beyond 2^63 − 1.
    public init?(_ bytes: Data) {
        guard bytes.count == 72 else { return nil }
        let timestamp = bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard timestamp > 0, timestamp <= UInt64(Int64.max) else { return nil }
        self.init(timestamp: timestamp, ed25519Signature: Data(bytes.dropFirst(8)))
    }

    /// The 72 bytes: the timestamp, then the signature.
    public var encoded: Data {
        withUnsafeBytes(of: timestamp.bigEndian) { Data($0) } + ed25519Signature
    }

    /// The signed message: `cosignature/v1`, `time <seconds>`, each ending in a newline, then the
    /// whole note text (a checkpoint's body, with its final newline).
    public func message(signing text: String) -> Data {
        Self.message(timestamp: timestamp, text: text)
    }

    /// The signed message for a timestamp and a note text.
    static func message(timestamp: UInt64, text: String) -> Data {
        Data("cosignature/v1\ntime \(timestamp)\n\(text)".utf8)
    }
}
