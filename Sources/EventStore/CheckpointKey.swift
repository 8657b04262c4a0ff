import Crypto
import Foundation

/// The key that authenticates saved states (``SavedState``), kept in a file of its own beside
/// the store — `<store>-checkpoint-key`, 32 random bytes — and never in the store file: whoever
/// can change the store file but not this key cannot make a reader trust a state the log does
/// not produce.
///
/// Writers create it when they first save a state; readers that cannot read it trust no saved
/// state and fold the log from position 1.
struct CheckpointKey {
    let key: SymmetricKey

    /// The key file of the store at `path`.
    static func path(forStore path: String) -> String { path + "-checkpoint-key" }

    /// The key beside the store at `path`, or `nil` when there is none or it cannot be read.
    static func load(forStore path: String) -> CheckpointKey? {
        guard let data = FileManager.default.contents(atPath: Self.path(forStore: path)), data.count == 32 else {
            return nil
        }
        return CheckpointKey(key: SymmetricKey(data: data))
    }

    /// The key beside the store at `path`, made (readable by its owner and group) when there is none.
    static func loadOrCreate(forStore path: String) throws -> CheckpointKey {
        if let key = load(forStore: path) { return key }
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        let file = Self.path(forStore: path)
        guard FileManager.default.createFile(atPath: file, contents: data, attributes: [.posixPermissions: 0o640])
        else {
            throw EventStoreError.invalidArgument("cannot create the checkpoint key \(file)")
        }
        return CheckpointKey(key: key)
    }

    /// HMAC-SHA256 of what a saved state says about itself and its bytes (docs/event-log-format.md).
    func authenticate(name: String, version: Int, position: Int64, chainHash: EventHash, state: Data) -> Data {
        var header = Data(name.utf8)
        header.append(0)
        withUnsafeBytes(of: UInt64(version).bigEndian) { header.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(bitPattern: position).bigEndian) { header.append(contentsOf: $0) }
        header.append(contentsOf: chainHash.bytes)
        // The state is tens of megabytes on a large programme: authenticated where it lies.
        var code = HMAC<SHA256>(key: key)
        code.update(data: header)
        code.update(data: state)
        return Data(code.finalize())
    }
}
