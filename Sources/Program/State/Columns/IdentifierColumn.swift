/// A column of identifiers.
///
/// Identifiers the programme hands out (`A17`) are kept as their number, four bytes; any other
/// form a log may hold is kept as it is, on the side.
public struct IdentifierColumn<Kind: IdentifierKind>: Sendable, Hashable, Codable {
    /// The number of each row's identifier; 0 for one kept in ``others``.
    private var numbers = Column<Int32>()
    private var others = SparseColumn<Identifier<Kind>>()

    public init() {}

    public var count: Int { numbers.count }

    public subscript(row: Int32) -> Identifier<Kind> {
        let number = numbers[row]
        return number > 0 ? .numbered(Int(number)) : others[row] ?? Identifier("")
    }

    /// Sets the identifier at `row`, appending when `row` is the next one.
    public mutating func put(_ id: Identifier<Kind>, at row: Int32) {
        let number = Self.number(of: id)
        numbers.put(number ?? 0, at: row)
        if number == nil {
            others[row] = id
        } else if others.count > 0 {
            others[row] = nil
        }
    }

    /// The number `id` is kept as, or `nil` when it is kept on the side.
    static func number(of id: Identifier<Kind>) -> Int32? {
        guard let number = id.handedOutNumber, number <= Int(Int32.max) else { return nil }
        return Int32(number)
    }

    /// The number kept at `row` (0: another form).
    func number(at row: Int32) -> Int32 { numbers[row] }

    /// How many rows from the first hold consecutive numbers (`A4, A5, A6, …`).
    var consecutiveRows: Int {
        guard let first = numbers.first, first > 0 else { return 0 }
        var next = first
        return numbers.prefix(while: { number in
            defer { next &+= 1 }
            return number == next
        }).count
    }

    /// Whether every row holds an identifier (a checkpoint's column may not).
    var isComplete: Bool { numbers.count { $0 == 0 } == others.count }
}
