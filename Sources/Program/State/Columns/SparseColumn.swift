/// Values that few rows have (a cancellation, a quote), by row.
///
/// In a checkpoint: the rows and the values as two arrays, in row order.
public struct SparseColumn<Value: Sendable & Hashable & Codable>: Sendable, Hashable {
    private var values: [Int32: Value] = [:]

    public init() {}

    public subscript(row: Int32) -> Value? {
        get { values[row] }
        set { values[row] = newValue }
    }

    public var count: Int { values.count }
}

extension SparseColumn: Codable {
    private enum CodingKeys: String, CodingKey { case rows, values }

    public func encode(to encoder: any Encoder) throws {
        let sorted = values.sorted { $0.key < $1.key }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sorted.map(\.key), forKey: .rows)
        try container.encode(sorted.map(\.value), forKey: .values)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode([Int32].self, forKey: .rows)
        let values = try container.decode([Value].self, forKey: .values)
        guard rows.count == values.count, Set(rows).count == rows.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .values, in: container, debugDescription: "rows and values do not pair up")
        }
        self.values = Dictionary(uniqueKeysWithValues: zip(rows, values))
    }
}
