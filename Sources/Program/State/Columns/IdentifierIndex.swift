/// Distinct identifiers in the order they came, with the row of each: the key of a table.
///
/// The programme hands out numbers in order, so an identifier's row is usually its number less
/// the first one's: those are found without an entry of their own. The others — out of order,
/// or of another form — are kept in dictionaries.
///
/// In a checkpoint: the ``IdentifierColumn``; the index is rebuilt.
public struct IdentifierIndex<Kind: IdentifierKind>: Sendable {
    public private(set) var column = IdentifierColumn<Kind>()
    /// The number whose row is 0: a number's row is usually `number - base`.
    private var base: Int32 = 0
    private var rowsByNumber: [Int32: Int32] = [:]
    private var rowsByOther: [Identifier<Kind>: Int32] = [:]

    public init() {}

    public var count: Int { column.count }

    public subscript(row: Int32) -> Identifier<Kind> { column[row] }

    /// The row of `id`, if it is in the table.
    public func row(of id: Identifier<Kind>) -> Int32? {
        guard let number = IdentifierColumn.number(of: id) else { return rowsByOther[id] }
        return row(ofNumber: number)
    }

    private func row(ofNumber number: Int32) -> Int32? {
        let (guess, overflow) = number.subtractingReportingOverflow(base)
        if !overflow, guess >= 0, Int(guess) < column.count, column.number(at: guess) == number { return guess }
        return rowsByNumber[number]
    }

    /// The row of `id`, appended when it is new.
    public mutating func insert(_ id: Identifier<Kind>) -> Int32 {
        if let row = row(of: id) { return row }
        let row = Int32(column.count)
        column.put(id, at: row)
        try? index(row)
        return row
    }

    /// Adds the identifier at `added` to the index; throws when it is there already.
    private mutating func index(_ added: Int32) throws(Repeated) {
        let number = column.number(at: added)
        guard number > 0 else {
            guard rowsByOther.updateValue(added, forKey: column[added]) == nil else { throw Repeated() }
            return
        }
        if added == 0 { base = number }
        let (natural, overflow) = number.subtractingReportingOverflow(base)
        if !overflow && natural == added {
            guard rowsByNumber[number] == nil else { throw Repeated() }
            return
        }
        if let found = row(ofNumber: number), found != added { throw Repeated() }
        rowsByNumber[number] = added
    }

    private struct Repeated: Error {}
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
        // Rows numbered in order from the first need no entry: skipped in one pass.
        let consecutive = column.consecutiveRows
        if consecutive > 0 { base = column.number(at: 0) }
        for row in Int32(consecutive)..<Int32(column.count) {
            do {
                try index(row)
            } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(column[row]) is kept twice")
            }
        }
        guard column.isComplete else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a row without an identifier")
        }
    }
}
