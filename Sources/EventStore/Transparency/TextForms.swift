import Foundation

extension EventHash {
    /// Standard base64 (RFC 4648 §4) of the 32 bytes, as checkpoints and proofs write a hash.
    public var base64: String { Data(bytes).base64EncodedString() }

    /// Reads the base64 of exactly 32 bytes.
    public init?(base64 text: some StringProtocol) {
        guard let bytes = Data(base64Encoded: String(text)) else { return nil }
        self.init(bytes: bytes)
    }
}

extension Int64 {
    /// Reads a tree size or leaf index as checkpoints and proofs write it: ASCII decimal digits,
    /// without a sign or a leading zero (except `0` itself).
    init?(treeSize text: some StringProtocol) {
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), text == "0" || text.first != "0",
            let value = Int64(text)
        else { return nil }
        self = value
    }
}
