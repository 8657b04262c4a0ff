import Foundation

/// Decodes `Decodable` values from JSON, for reading large logs: event payloads and saved
/// projection state.
///
/// It accepts exactly RFC 8259 JSON and reports errors as `DecodingError`s with their coding
/// path, like Foundation's `JSONDecoder`, but reads a document in one pass into a flat list
/// of nodes and then decodes straight from the bytes: no intermediate values, no dictionary
/// per object. Keys are matched by their exact bytes (no key strategies), numbers are decoded
/// exactly or refused, strings must be valid UTF-8. Dates and data are whatever their own
/// `init(from:)` makes of them (no date or data strategies).
public struct PayloadDecoder: Sendable {
    public init() {}

    /// Decodes a `T` from the JSON in `data`.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { try decode(type, from: $0) }
    }

    /// Decodes a `T` from the JSON in `bytes`, which need only live for the call; `userInfo` is
    /// what its values' `init(from:)` find in `Decoder.userInfo`.
    public func decode<T: Decodable>(
        _ type: T.Type, from bytes: UnsafeRawBufferPointer, userInfo: [CodingUserInfoKey: Any] = [:]
    ) throws -> T {
        try withDecoder(bytes, userInfo: userInfo) { try $0.value(T.self, at: 0) }
    }

    /// Reads the JSON object in `data` with `read`, member by member (see ``PayloadFields``).
    public func decodeFields<T>(from data: Data, _ read: (PayloadFields) throws -> T) throws -> T {
        try data.withUnsafeBytes { bytes in
            try withDecoder(bytes) { decoder in
                guard decoder.nodes[0].kind == .object else {
                    throw decoder.mismatch([String: Any].self, at: 0, path: [])
                }
                return try read(PayloadFields(decoder: decoder, object: 0, parentPath: [], key: nil))
            }
        }
    }

    private func withDecoder<T>(
        _ bytes: UnsafeRawBufferPointer, userInfo: [CodingUserInfoKey: Any] = [:], _ body: (TapeDecoder) throws -> T
    ) throws -> T {
        try Scratch.withCurrent { scratch in
            do {
                try JSONTape.parse(bytes, into: &scratch.nodes)
            } catch {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: [], debugDescription: "The given data was not valid JSON.", underlyingError: error))
            }
            return try scratch.nodes.withUnsafeBufferPointer { nodes in
                try body(
                    TapeDecoder(bytes: bytes.assumingMemoryBound(to: UInt8.self), nodes: nodes, userInfo: userInfo))
            }
        }
    }
}
