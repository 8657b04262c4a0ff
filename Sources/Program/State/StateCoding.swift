import Foundation
import PayloadDecoding

/// The bytes of a saved state (a checkpoint's, docs/event-log-format.md): the length of its
/// JSON as 8 bytes big-endian, the JSON, then the bytes of its columns — hundreds of thousands
/// of values each on a large programme — which the JSON locates as `[offset, count]` within
/// that last section.
public enum StateCoding {
    /// The bytes of `value`.
    public static func encode(_ value: some Encodable) throws -> Data {
        let sink = ColumnSink()
        let encoder = JSONEncoder()
        encoder.userInfo[ColumnSink.key] = sink
        let json = try encoder.encode(value)
        let columns = sink.bytes
        var bytes = Data(capacity: 8 + json.count + columns.count)
        withUnsafeBytes(of: UInt64(json.count).bigEndian) { bytes.append(contentsOf: $0) }
        bytes.append(json)
        bytes.append(columns)
        return bytes
    }

    /// The `T` in `bytes`, which need only live for the call.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        guard bytes.count >= 8 else { throw Self.corrupted("shorter than the length of its JSON") }
        let length = UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self))
        guard length <= UInt64(bytes.count - 8) else { throw Self.corrupted("shorter than its JSON") }
        let end = 8 + Int(length)
        let source = ColumnSource(UnsafeRawBufferPointer(rebasing: bytes[end...]))
        return try PayloadDecoder().decode(
            type, from: UnsafeRawBufferPointer(rebasing: bytes[8..<end]), userInfo: [ColumnSource.key: source])
    }

    /// The `T` in `data`.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { try decode(type, from: $0) }
    }

    private static func corrupted(_ what: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "The saved state is \(what)."))
    }
}
