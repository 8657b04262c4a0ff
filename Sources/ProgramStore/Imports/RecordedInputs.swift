import EventStore
import Program

/// The inputs the log holds that rows of an import could repeat, to hold those rows against.
///
/// A row is an input already recorded when an input has the same date, pillar, source, channel,
/// municipality, themes, summary and level (the quote, sealed, is not compared), counted by
/// occurrence: the third identical row of a file is the third identical input recorded. Summaries
/// are in the log, not the state: only the inputs the state shows to agree in every other field
/// are read back.
struct RecordedInputs {
    /// The recorded inputs not matched by a row yet, by their fields, in log order.
    private var unmatched: [Fields: [InputID]] = [:]

    /// Every field compared.
    private struct Fields: Hashable {
        var date: Day
        var pillar: Int
        var source: InputSource
        var channel: Channel
        var municipality: String?
        var themes: [String]
        var summary: String
        var level: ParticipationLevel

        init(_ input: InputCollected) {
            date = input.date
            pillar = input.pillar
            source = input.source
            channel = input.channel
            municipality = input.municipality
            themes = input.themes
            summary = input.summary
            level = input.participationLevel
        }
    }

    /// The fields the state keeps and a command gives as they are stored.
    private struct Candidate: Hashable {
        var date: Day
        var pillar: Int
        var source: InputSource
        var channel: Channel
        var level: ParticipationLevel
    }

    /// Reads, in the write transaction, the recorded inputs that agree with one of `commands` in
    /// date, pillar, source, channel and level.
    init<Transaction: LogTransaction & ~Copyable>(
        for commands: [AddInput], state: ProgrammeState, in transaction: inout Transaction
    ) throws {
        let wanted = Set(
            commands.map {
                Candidate(
                    date: $0.date, pillar: $0.pillar, source: $0.source, channel: $0.channel,
                    level: $0.participationLevel)
            })
        let inputs = state.inputs
        let positions = inputs.rows.filter { row in
            wanted.contains(
                Candidate(
                    date: inputs.collected(at: row), pillar: inputs.pillar(at: row), source: inputs.source(at: row),
                    channel: inputs.channel(at: row), level: inputs.participationLevel(at: row)))
        }.map { inputs.collectedAt($0) }.sorted()
        for input in try Self.collected(at: positions, in: &transaction) {
            unmatched[Fields(input), default: []].append(input.input)
        }
    }

    /// The input a row decided, held against the recorded inputs no earlier row matched.
    mutating func match(_ decided: InputCollected) -> ImportMatch {
        let fields = Fields(decided)
        guard let first = unmatched[fields]?.first else { return .new }
        unmatched[fields]?.removeFirst()
        return .recorded(first.rawValue)
    }

    /// The `InputCollected` events at `positions` (in increasing order), read as ranges where
    /// they lie close together.
    private static func collected<Transaction: LogTransaction & ~Copyable>(
        at positions: [Int64], in transaction: inout Transaction
    ) throws
        -> [InputCollected]
    {
        var collected: [InputCollected] = []
        var start = positions.startIndex
        while start < positions.endIndex {
            var end = start + 1
            while end < positions.endIndex, positions[end] - positions[start] < 64 { end += 1 }
            let wanted = Set(positions[start..<end])
            let span = Int(positions[end - 1] - positions[start]) + 1
            for stored in try transaction.read(from: positions[start], limit: span)
            where wanted.contains(stored.position) {
                if case .inputCollected(let input) = try ProgrammeStore.decode(stored) { collected.append(input) }
            }
            start = end
        }
        return collected
    }
}
