import Projections
import Testing

@Suite("Small counts in tables")
struct SmallCountTests {
    @Test("a column with one hidden cell hides a second, so the column's total does not give it away")
    func columnSuppression() {
        let table = PersonCount.table([
            "youth": ["registered": 12, "cancelled": 3],
            "parent": ["registered": 20, "cancelled": 9],
            "other": ["registered": 6, "cancelled": 7],
        ])
        let cancelled = table.values.compactMap { $0["cancelled"] }
        #expect(cancelled.filter(\.isHidden).count == 2, "\(table)")
        #expect(table["youth"]?["cancelled"]?.isHidden == true)
        #expect(table["other"]?["cancelled"]?.isHidden == true, "the smallest other cell")
        #expect(table["parent"]?["cancelled"]?.value == 9)
        #expect(table.values.allSatisfy { $0["registered"]?.isHidden == false })
    }

    @Test("a column without small cells stays as it is")
    func untouchedColumn() {
        let table = PersonCount.table(["a": ["x": 10, "y": 0], "b": ["x": 7, "y": 0]])
        #expect(table["a"]?["x"]?.value == 10)
        #expect(table["b"]?["x"]?.value == 7)
        #expect(table["a"]?["y"]?.value == 0)
    }
}
