/// What was done with inputs — taken up, declined, feedback given — as columns, each input's
/// follow-up chained from its first to its last.
struct FollowUps: Sendable, Hashable, Codable {
    enum Kind: UInt8, Sendable, Hashable, Codable, CaseIterable, ColumnValue {
        case takenUp, declined, feedback
    }

    /// The next follow-up of the same input; -1 after the last.
    private var next = Column<Int32>()
    private var kinds = Column<Kind>()
    private var dates = Column<Day>()
    /// For feedback: how it was given.
    private var channels = Column<Channel?>()
    /// For a take-up: what it was taken up in. For a decline: the reason.
    private var uses = InternedColumn<InputUse>()
    private var reasons = InternedColumn<String>()

    var count: Int { next.count }

    /// Appends a follow-up after `last` (-1: the input's first); returns its row.
    mutating func append(
        after last: Int32, kind: Kind, date: Day, channel: Channel? = nil, use: InputUse? = nil, reason: String? = nil
    ) -> Int32 {
        let row = Int32(next.count)
        next.put(-1, at: row)
        kinds.put(kind, at: row)
        dates.put(date, at: row)
        channels.put(channel, at: row)
        uses.put(use, at: row)
        reasons.put(reason, at: row)
        if last >= 0 { next[last] = row }
        return row
    }

    /// Adds each follow-up in the chain from `first` to `input`.
    func fill(_ input: inout Input, from first: Int32) {
        var row = first
        while row >= 0 {
            switch kinds[row] {
            case .takenUp:
                if let use = uses[row] { input.uses.append(Input.Use(into: use, date: dates[row])) }
            case .declined: input.declined = Input.Declined(reason: reasons[row] ?? "", date: dates[row])
            case .feedback: input.feedback.append(Input.Feedback(channel: channels[row] ?? .other, date: dates[row]))
            }
            row = next[row]
        }
    }

    /// What the chain from `first` took the input up in.
    func uses(from first: Int32) -> [InputUse] {
        var found: [InputUse] = []
        var row = first
        while row >= 0 {
            if kinds[row] == .takenUp, let use = uses[row] { found.append(use) }
            row = next[row]
        }
        return found
    }

    /// The answer and feedback in the chain from `first`, without building the lists.
    func response(from first: Int32) -> InputResponse {
        var response = InputResponse()
        var row = first
        while row >= 0 {
            let date = dates[row]
            switch kinds[row] {
            case .takenUp: response.takenUp = true
            case .declined: response.declined = true
            case .feedback: response.firstFeedback = min(response.firstFeedback ?? date, date)
            }
            if kinds[row] != .feedback { response.firstResponse = min(response.firstResponse ?? date, date) }
            row = next[row]
        }
        return response
    }
}

/// What became of an input, in brief: the figures the read models count.
public struct InputResponse: Sendable, Hashable {
    public var takenUp = false
    public var declined = false
    /// The first take-up or decline.
    public var firstResponse: Day?
    public var firstFeedback: Day?
}
