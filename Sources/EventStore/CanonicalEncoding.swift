import Crypto
import Foundation

/// The bytes of an event that its leaf hash commits to, and the two hash rules.
///
/// ```
/// canonical = u64(position) ‖ lp(stream) ‖ u64(stream_version) ‖ lp(event_id) ‖ lp(type)
///           ‖ u32(schema_version) ‖ lp(recorded_at) ‖ lp(actor) ‖ lp(command)
///           ‖ lp(correlation_id) ‖ lp(causation_id) ‖ lp(payload)
/// lp(x)      = u32(byte length of x) ‖ x          (integers big-endian, text UTF-8)
/// leaf_hash  = SHA-256(0x00 ‖ canonical)          (an RFC 6962 leaf)
/// chain_hash = SHA-256(previous chain_hash ‖ leaf_hash), previous = 32 zero bytes at position 1
/// ```
/// docs/event-log-format.md is the normative text, with a worked example.
package struct CanonicalEncoder {
    /// `0x00 ‖ canonical` of the last event encoded, in its first ``count`` bytes; it only grows.
    private var buffer = [UInt8](repeating: 0, count: 1024)
    private var count = 0

    package init() {}

    /// The fields of one event as stored: text columns as `Text`, the payload as `Bytes`.
    struct Fields<Text: CanonicalBytes, ID: CanonicalBytes, Bytes: CanonicalBytes> {
        var position: Int64
        var stream: Text
        var streamVersion: Int64
        var eventID: ID
        var type: Text
        var schemaVersion: Int64
        var recordedAt: Text
        var actor: Text
        var command: Text
        var correlationID: Text
        var causationID: Text
        var payload: Bytes
    }

    /// `SHA-256(0x00 ‖ canonical(fields))`.
    mutating func leafHash<Text, ID, Bytes>(_ fields: Fields<Text, ID, Bytes>) -> EventHash {
        encode(fields)
        return buffer.withUnsafeBytes { Self.sha256(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }

    /// The canonical bytes, without the leading 0x00 of the leaf hash.
    mutating func canonicalBytes<Text, ID, Bytes>(_ fields: Fields<Text, ID, Bytes>) -> [UInt8] {
        encode(fields)
        return Array(buffer[1..<count])
    }

    /// `SHA-256(previous ‖ leaf)`: the two 32-byte hashes lie side by side in a tuple.
    package static func chainHash(previous: EventHash, leaf: EventHash) -> EventHash {
        withUnsafeBytes(of: (previous, leaf)) { sha256($0) }
    }

    static func sha256(_ bytes: UnsafeRawBufferPointer) -> EventHash {
        SHA256.hash(data: bytes).withUnsafeBytes { EventHash(raw: $0)! }
    }

    /// Writes the fields into the buffer, sized first, as the format lists them.
    private mutating func encode<Text, ID, Bytes>(_ fields: Fields<Text, ID, Bytes>) {
        // 0x00, two u64, one u32, and nine length-prefixed fields.
        count =
            1 + 8 + 8 + 4 + 9 * 4 + fields.stream.byteCount + fields.eventID.byteCount + fields.type.byteCount
            + fields.recordedAt.byteCount + fields.actor.byteCount + fields.command.byteCount
            + fields.correlationID.byteCount + fields.causationID.byteCount + fields.payload.byteCount
        if buffer.count < count { buffer = [UInt8](repeating: 0, count: count * 2) }
        buffer.withUnsafeMutableBytes { out in
            var cursor = Cursor(next: out.baseAddress!)
            cursor.put(UInt8(0))
            cursor.put(UInt64(fields.position))
            cursor.put(fields.stream)
            cursor.put(UInt64(fields.streamVersion))
            cursor.put(fields.eventID)
            cursor.put(fields.type)
            cursor.put(UInt32(truncatingIfNeeded: fields.schemaVersion))
            cursor.put(fields.recordedAt)
            cursor.put(fields.actor)
            cursor.put(fields.command)
            cursor.put(fields.correlationID)
            cursor.put(fields.causationID)
            cursor.put(fields.payload)
        }
    }

    /// Where the next bytes of an encoding go.
    private struct Cursor {
        var next: UnsafeMutableRawPointer

        /// An integer, big-endian.
        mutating func put<T: FixedWidthInteger>(_ value: T) {
            next.storeBytes(of: value.bigEndian, as: T.self)
            next += MemoryLayout<T>.size
        }

        /// `lp(field)`: its length, then its bytes.
        mutating func put(_ field: some CanonicalBytes) {
            let count = field.byteCount
            put(UInt32(count))
            field.writeBytes(to: next)
            next += count
        }
    }
}

/// Something whose bytes go into the canonical encoding as they are.
protocol CanonicalBytes {
    var byteCount: Int { get }
    /// Copies its ``byteCount`` bytes to `destination`.
    func writeBytes(to destination: UnsafeMutableRawPointer)
}

extension String: CanonicalBytes {
    var byteCount: Int { utf8.count }
    func writeBytes(to destination: UnsafeMutableRawPointer) {
        var text = self
        text.withUTF8 { UnsafeRawBufferPointer($0).writeBytes(to: destination) }
    }
}

extension Data: CanonicalBytes {
    var byteCount: Int { count }
    func writeBytes(to destination: UnsafeMutableRawPointer) {
        withUnsafeBytes { $0.writeBytes(to: destination) }
    }
}

extension UnsafeRawBufferPointer: CanonicalBytes {
    var byteCount: Int { count }
    func writeBytes(to destination: UnsafeMutableRawPointer) {
        guard let start = baseAddress, count > 0 else { return }
        destination.copyMemory(from: start, byteCount: count)
    }
}
