/// What a signed-note key signs, as the signature type byte of its key ID and encodings says.
public enum NoteKeyType: UInt8, Sendable, Hashable {
    /// `0x01`: a log's Ed25519 signature of the note text (c2sp.org/signed-note).
    case ed25519 = 0x01
    /// `0x04`: a witness's Ed25519 cosignature/v1 (c2sp.org/tlog-cosignature) — a timestamp and an
    /// Ed25519 signature of `cosignature/v1\ntime <seconds>\n` followed by the note text.
    case cosignature = 0x04

    /// How messages name it.
    public var described: String {
        switch self {
        case .ed25519: "an Ed25519 log key (signature type 0x01)"
        case .cosignature: "an Ed25519 witness key (cosignature/v1, signature type 0x04)"
        }
    }
}
