/// Distinct identifiers in the order they came, with the row of each: the key of a table.
///
/// In a checkpoint: the ``IdentifierColumn``; the index is rebuilt.
public struct IdentifierIndex<Kind: IdentifierKind>: Sendable {
    public private(set) var column = IdentifierColumn<Kind>()
    private var rowsByNumber: [Int32: Int32] = [:]
    private var rowsByOther: [Identifier<Kind>: Int32] = [:]

    public init() {}

    public var count: Int { column.count }

    public subscript(row: Int32) -> Identifier<Kind> { column[row] }

    /// The row of `id`, if it is in the table.
    public func row(of id: Identifier<Kind>) -> Int32? {
        if let number = IdentifierColumn.number(of: id) { return rowsByNumber[number] }
        return rowsByOther[id]
    }

    /// The row of `id`, appended when it is new.
    public mutating func insert(_ id: Identifier<Kind>) -> Int32 {
        if let row = row(of: id) { return row }
        let row = Int32(column.count)
        column.put(id, at: row)
        if let number = IdentifierColumn.number(of: id) { rowsByNumber[number] = row } else { rowsByOther[id] = row }
        return row
    }
}

extension IdentifierIndex: Hashable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.column == rhs.column }
    public func hash(into hasher: inout Hasher) { hasher.combine(column) }
}

extension IdentifierIndex: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(column)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        column = try container.decode(IdentifierColumn<Kind>.self)
        rowsByNumber.reserveCapacity(column.count)
        for row in 0..<Int32(column.count) {
            let number = column.number(at: row)
            let fresh =
                number > 0
                ? rowsByNumber.updateValue(row, forKey: number) == nil
                : rowsByOther.updateValue(row, forKey: column[row]) == nil
            guard fresh else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(column[row]) is kept twice")
            }
        }
        guard column.isComplete else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a row without an identifier")
        }
    }
}
