import Foundation

/// One field of many records: a large programme keeps hundreds of thousands of registrations
/// and inputs, and a column costs only the bytes of its values.
///
/// The values are stored in chunks of 16,384. Appending never moves what is stored, and a copy
/// that changes (the next snapshot of a live projection) copies one chunk, not the column.
///
/// In a checkpoint a column is its values' bytes, in this machine's byte order (little-endian
/// on every platform the programme runs on), in the saved state's column section (``StateCoding``).
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
    /// Saved through ``StateCoding`` only: the values' bytes go to its column section, and the
    /// JSON holds `[offset, count]` of them there.
    public func encode(to encoder: any Encoder) throws {
        guard let sink = encoder.userInfo[ColumnSink.key] as? ColumnSink else {
            throw EncodingError.invalidValue(
                self, .init(codingPath: encoder.codingPath, debugDescription: "a column is saved through StateCoding"))
        }
        let (offset, count) = sink.append(chunks)
        var container = encoder.unkeyedContainer()
        try container.encode(offset)
        try container.encode(count)
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let (offset, count) = (try container.decode(Int.self), try container.decode(Int.self))
        let size = MemoryLayout<Element>.size
        guard let source = decoder.userInfo[ColumnSource.key] as? ColumnSource,
            let bytes = source.bytes(at: offset, count: count),
            size == MemoryLayout<Element>.stride, count % size == 0
        else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a column of \(Element.self)"))
        }
        guard Element.areValid(bytes) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a value of \(Element.self)"))
        }
        let values = count / size
        chunks = stride(from: 0, to: values, by: Self.chunkSize).map { first in
            let length = Swift.min(Self.chunkSize, values - first)
            return [Element](unsafeUninitializedCapacity: length) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: bytes[(first * size)..<((first + length) * size)]))
                initialized = length
            }
        }
    }
}
