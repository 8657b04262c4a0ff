/// A column of values that many rows share (a municipality, a list of themes): each distinct
/// value is kept once, and a row holds its index.
public struct InternedColumn<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// Index into ``values``; -1 for `nil`.
    private var indices = Column<Int32>()
    private var values = Interned<Value>()

    public init() {}

    public subscript(row: Int32) -> Value? {
        let index = indices[row]
        return index < 0 ? nil : values[index]
    }

    /// Sets the value at `row`, appending when `row` is the next one.
    public mutating func put(_ value: Value?, at row: Int32) {
        indices.put(value.map { values.intern($0) } ?? -1, at: row)
    }
}
