import Foundation

/// One field of many records, as a contiguous array: a large programme keeps hundreds of
/// thousands of registrations and inputs, and a column costs only the bytes of its values.
///
/// In a checkpoint a column is a base64 string of its values' bytes, in this machine's byte order
/// (little-endian on every platform the programme runs on).
public struct Column<Element: ColumnValue>: Sendable, Hashable {
    public private(set) var elements: [Element] = []

    public init() {}

    public var count: Int { elements.count }

    public subscript(row: Int32) -> Element {
        get { elements[Int(row)] }
        set { elements[Int(row)] = newValue }
    }

    /// Sets the value at `row`, appending when `row` is the next one.
    public mutating func put(_ value: Element, at row: Int32) {
        if Int(row) == elements.count { elements.append(value) } else { elements[Int(row)] = value }
    }
}

extension Column: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(elements.withUnsafeBytes { Data($0) }.base64EncodedString())
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
        elements = data.withUnsafeBytes { Array($0.bindMemory(to: Element.self)) }
    }
}
