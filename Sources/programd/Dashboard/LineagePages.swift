import Program

/// Where a page of the lineage lies among all the inputs, in the order of their ids: which
/// inputs it shows, and where the pages before and after it start.
struct LineagePages {
    /// The position of the page's first input (0-based) and how many inputs there are.
    let start: Int
    let total: Int
    let size: Int
    /// The first input of the previous page; `nil` on the first page, and for the first page
    /// itself (whose address needs no `from`).
    let previous: InputID?
    /// Whether there is a previous page.
    var hasPrevious: Bool { start > 0 }
    var isFirst: Bool { start == 0 }

    init(_ inputs: InputTable, from first: InputID?, size: Int) {
        let ordered = inputs.rowsInIDOrder()
        let start = first.map { ordered.count - inputs.rowsInIDOrder(from: $0).count } ?? 0
        (self.start, total, self.size) = (start, ordered.count, size)
        previous = start > size ? inputs.id(at: ordered[start - size]) : nil
    }

    /// The 1-based positions of the inputs on the page, if it has any.
    var shown: ClosedRange<Int>? { start < total ? (start + 1)...min(start + size, total) : nil }
}
