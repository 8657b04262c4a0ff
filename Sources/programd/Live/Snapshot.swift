import Foundation
import NIOCore
import Projections
import Synchronization

/// The read models at one log position: immutable, shared by every request that reads it.
///
/// Responses are rendered once per snapshot and kept (keyed by what was asked), so a repeated
/// request costs a dictionary lookup. A new event makes a new snapshot; the old one is dropped
/// when its last reader is done.
final class Snapshot: Sendable {
    let projection: ProgrammeProjection
    private let rendered = Mutex<[String: ByteBuffer]>([:])

    init(_ projection: ProgrammeProjection) { self.projection = projection }

    var position: Int64 { projection.position }

    /// The bytes for `key`, rendered by `render` the first time.
    func cached(_ key: String, render: () throws -> Data) rethrows -> ByteBuffer {
        if let bytes = rendered.withLock({ $0[key] }) { return bytes }
        let bytes = ByteBuffer(bytes: try render())
        rendered.withLock { $0[key] = bytes }
        return bytes
    }
}
