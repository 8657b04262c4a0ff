/// Distinct values, each kept once and named by its index: the municipalities, theme lists and
/// decisions that many records share.
///
/// In a checkpoint: the values in order; the index is rebuilt.
public struct Interned<Value: Sendable & Hashable & Codable>: Sendable {
    public private(set) var values: [Value] = []
    private var indices: [Value: Int32] = [:]

    public init() {}

    public subscript(index: Int32) -> Value { values[Int(index)] }

    /// The index of `value`, adding it when it is new.
    public mutating func intern(_ value: Value) -> Int32 {
        if let index = indices[value] { return index }
        let index = Int32(values.count)
        values.append(value)
        indices[value] = index
        return index
    }
}

extension Interned: Hashable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.values == rhs.values }
    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}

extension Interned: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        values = try container.decode([Value].self)
        for (index, value) in values.enumerated() {
            guard indices.updateValue(Int32(index), forKey: value) == nil else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(value) is kept twice")
            }
        }
    }
}
