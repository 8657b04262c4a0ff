import EventStore

/// A log's head as the tests keep it: its position and its chain hash in hex.
///
/// Not a ``LogHead``: its ``EventHash`` is a 32-byte aligned vector, and an async function keeps a
/// value that lives across an `await` in a task frame aligned to 16 bytes only — a `LogHead` held
/// across an `await` corrupts memory (Swift 6.3).
struct StoreHead: Equatable, CustomStringConvertible {
    var position: Int64
    var chainHash: String

    init(_ head: LogHead) {
        position = head.position
        chainHash = head.chainHash.hex
    }

    var description: String { "\(position):\(chainHash)" }
}
