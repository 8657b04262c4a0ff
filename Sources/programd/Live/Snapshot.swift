import Foundation
import NIOCore
import Projections
import Synchronization

/// The read models at one log position: immutable, shared by every request that reads it.
///
/// Responses are rendered once per snapshot and kept (keyed by what was asked), so a repeated
/// request costs a dictionary lookup — up to a limit (32 MiB), so that asking for many
/// different things cannot make the daemon keep them all. A new event makes a new snapshot;
/// the old one is dropped when its last reader is done.
final class Snapshot: Sendable {
    let projection: ProgrammeProjection
    private let rendered = Mutex<(responses: [String: ByteBuffer], bytes: Int)>(([:], 0))
    /// The most response bytes it keeps.
    private let cacheLimit: Int

    init(_ projection: ProgrammeProjection, cacheLimit: Int = 32 << 20) {
        self.projection = projection
        self.cacheLimit = cacheLimit
    }

    var position: Int64 { projection.position }

    /// The bytes for `key`, rendered by `render` the first time (and again when the cache was full).
    func cached(_ key: String, render: () throws -> Data) rethrows -> ByteBuffer {
        if let bytes = rendered.withLock({ $0.responses[key] }) { return bytes }
        let bytes = ByteBuffer(bytes: try render())
        rendered.withLock { cache in
            guard cache.bytes + bytes.readableBytes <= cacheLimit else { return }
            if cache.responses.updateValue(bytes, forKey: key) == nil { cache.bytes += bytes.readableBytes }
        }
        return bytes
    }
}
