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
struct CanonicalEncoder {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1024) }

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
        return buffer.withUnsafeBytes { Self.sha256($0) }
    }

    /// The canonical bytes, without the leading 0x00 of the leaf hash.
    mutating func canonicalBytes<Text, ID, Bytes>(_ fields: Fields<Text, ID, Bytes>) -> [UInt8] {
        encode(fields)
        return Array(buffer.dropFirst())
    }

    /// `SHA-256(previous ‖ leaf)`.
    static func chainHash(previous: EventHash, leaf: EventHash) -> EventHash {
        var hasher = SHA256()
        previous.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        leaf.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { EventHash(raw: $0)! }
    }

    static func sha256(_ bytes: UnsafeRawBufferPointer) -> EventHash {
        SHA256.hash(data: bytes).withUnsafeBytes { EventHash(raw: $0)! }
    }

    private mutating func encode<Text, ID, Bytes>(_ fields: Fields<Text, ID, Bytes>) {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(0x00)
        append(UInt64(fields.position))
        append(fields.stream)
        append(UInt64(fields.streamVersion))
        append(fields.eventID)
        append(fields.type)
        append(UInt32(truncatingIfNeeded: fields.schemaVersion))
        append(fields.recordedAt)
        append(fields.actor)
        append(fields.command)
        append(fields.correlationID)
        append(fields.causationID)
        append(fields.payload)
    }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
    }

    private mutating func append(_ field: some CanonicalBytes) {
        append(UInt32(field.byteCount))
        field.append(to: &buffer)
    }
}

/// Something whose bytes go into the canonical encoding as they are.
protocol CanonicalBytes {
    var byteCount: Int { get }
    func append(to buffer: inout [UInt8])
}

extension String: CanonicalBytes {
    var byteCount: Int { utf8.count }
    func append(to buffer: inout [UInt8]) { buffer.append(contentsOf: utf8) }
}

extension Data: CanonicalBytes {
    var byteCount: Int { count }
    func append(to buffer: inout [UInt8]) { buffer.append(contentsOf: self) }
}

extension UnsafeRawBufferPointer: CanonicalBytes {
    var byteCount: Int { count }
    func append(to buffer: inout [UInt8]) { buffer.append(contentsOf: self) }
}
