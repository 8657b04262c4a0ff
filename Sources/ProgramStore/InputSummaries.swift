import EventStore
import Program

extension EventLog {
    /// The summaries of the inputs whose `InputCollected` events are at `positions`, read from the
    /// log: a projection does not keep them in memory. A position that holds no input is left out.
    ///
    /// Positions close together are read as one range.
    public func inputSummaries(at positions: [Int64]) throws -> [Int64: String] {
        let wanted = Set(positions)
        let sorted = wanted.sorted()
        var summaries: [Int64: String] = [:]
        var start = sorted.startIndex
        while start < sorted.endIndex {
            var end = start + 1
            while end < sorted.endIndex, sorted[end] - sorted[start] < 64 { end += 1 }
            let first = sorted[start]
            let span = Int(sorted[end - 1] - first) + 1
            for record in try readRecords(from: first, limit: span) where wanted.contains(record.position) {
                if case .inputCollected(let input) = try DecodedPage([record]).events.first {
                    summaries[record.position] = input.summary
                }
            }
            start = end
        }
        return summaries
    }
}
