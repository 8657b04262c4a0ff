/// What a writer believes a stream's version to be when it appends.
///
/// The store compares it with the stream's actual version inside the write transaction;
/// on a mismatch the append fails with ``EventStoreError/wrongExpectedVersion(stream:expected:actual:)``
/// and nothing is written.
public enum ExpectedVersion: Sendable, Hashable, CustomStringConvertible {
    /// Append whatever the stream's version is.
    case any
    /// The stream must not exist yet (its version is 0).
    case noStream
    /// The stream's last event must have exactly this version.
    case exactly(Int64)

    func admits(_ actual: Int64) -> Bool {
        switch self {
        case .any: true
        case .noStream: actual == 0
        case .exactly(let version): actual == version
        }
    }

    public var description: String {
        switch self {
        case .any: "any"
        case .noStream: "no stream (version 0)"
        case .exactly(let version): "version \(version)"
        }
    }
}
