import Foundation
import Synchronization

/// Where the columns of a state being saved go: one section of raw bytes after its JSON
/// (``StateCoding``). A ``Column`` finds it in its encoder's `userInfo` and writes its values'
/// bytes there, and only where they are in the JSON.
final class ColumnSink: Sendable {
    static let key = CodingUserInfoKey(rawValue: "programme.columnSink")!

    private let section = Mutex(Data())

    /// The section's bytes so far.
    var bytes: Data { section.withLock { $0 } }

    /// Appends `parts` one after another; returns where they start and how many bytes they are.
    func append<Element: BitwiseCopyable>(_ parts: [[Element]]) -> (offset: Int, count: Int) {
        section.withLock { section in
            let offset = section.count
            for part in parts { part.withUnsafeBytes { section.append(contentsOf: $0) } }
            return (offset, section.count - offset)
        }
    }
}

/// Where the columns of a state being read back come from: the section after its JSON, lent
/// for the one decoding (``StateCoding``).
final class ColumnSource {
    static let key = CodingUserInfoKey(rawValue: "programme.columnSource")!

    private let section: UnsafeRawBufferPointer

    init(_ section: UnsafeRawBufferPointer) { self.section = section }

    /// The `count` bytes at `offset`, if the section holds them.
    func bytes(at offset: Int, count: Int) -> UnsafeRawBufferPointer? {
        guard offset >= 0, count >= 0, offset <= section.count, count <= section.count - offset else { return nil }
        return UnsafeRawBufferPointer(rebasing: section[offset..<offset + count])
    }
}
