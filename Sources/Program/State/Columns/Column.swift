import Foundation

/// One field of many records: a large programme keeps hundreds of thousands of registrations
/// and inputs, and a column costs only the bytes of its values.
///
/// The values are stored in chunks of 16,384. Appending never moves what is stored, and a copy
/// that changes (the next snapshot of a live projection) copies one chunk, not the column.
///
/// In a checkpoint a column is a base64 string of its values' bytes, in this machine's byte order
/// (little-endian on every platform the programme runs on).
public struct Column<Element: ColumnValue>: Sendable, Hashable {
    private var chunks: [[Element]] = []

    private static var chunkBits: Int { 14 }
    private static var chunkSize: Int { 1 << chunkBits }

    public init() {}

    public var count: Int {
        chunks.isEmpty ? 0 : ((chunks.count - 1) << Self.chunkBits) + chunks[chunks.count - 1].count
    }

    public subscript(row: Int32) -> Element {
        get { chunks[Int(row) >> Self.chunkBits][Int(row) & (Self.chunkSize - 1)] }
        set { chunks[Int(row) >> Self.chunkBits][Int(row) & (Self.chunkSize - 1)] = newValue }
    }

    /// Sets the value at `row`, appending when `row` is the next one.
    public mutating func put(_ value: Element, at row: Int32) {
        guard Int(row) == count else {
            self[row] = value
            return
        }
        if count & (Self.chunkSize - 1) == 0 { chunks.append([]) }
        chunks[chunks.count - 1].append(value)
    }
}

extension Column: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> Element { self[Int32(position)] }
}

extension Column: Codable {
    public func encode(to encoder: any Encoder) throws {
        var bytes = Data(capacity: count * MemoryLayout<Element>.stride)
        for chunk in chunks { chunk.withUnsafeBytes { bytes.append(contentsOf: $0) } }
        var container = encoder.singleValueContainer()
        try container.encode(bytes.base64EncodedString())
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let size = MemoryLayout<Element>.size
        guard let data = Data(base64Encoded: try container.decode(String.self)),
            size == MemoryLayout<Element>.stride, data.count % size == 0
        else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a column of \(Element.self)")
        }
        let valid = data.withUnsafeBytes { bytes in
            stride(from: 0, to: bytes.count, by: size).allSatisfy {
                Element.isValid(UnsafeRawBufferPointer(rebasing: bytes[$0..<$0 + size]))
            }
        }
        guard valid else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a value of \(Element.self)")
        }
        chunks = data.withUnsafeBytes { bytes in
            let values = bytes.bindMemory(to: Element.self)
            return stride(from: 0, to: values.count, by: Self.chunkSize).map {
                Array(values[$0..<Swift.min($0 + Self.chunkSize, values.count)])
            }
        }
    }
}
