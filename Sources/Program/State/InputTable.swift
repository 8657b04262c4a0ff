/// Every input and its follow-up, as columns: a large programme has hundreds of thousands, and
/// an input costs about 60 bytes. Summaries, quotes and notes stay in the log.
public struct InputTable: Sendable, Hashable, Codable {
    private var ids = IdentifierIndex<InputKind>()
    private var pillars = Column<Int>()
    private var sources = Column<InputSource>()
    private var channels = Column<Channel>()
    private var levels = Column<ParticipationLevel>()
    private var municipalities = InternedColumn<String>()
    private var themes = InternedColumn<[String]>()
    private var collected = Column<Day>()
    private var collectedAt = Column<Int64>()
    private var quoteSubjects = SparseColumn<SubjectID>()
    /// Each input's first and last follow-up; -1 for none.
    private var firstFollowUp = Column<Int32>()
    private var lastFollowUp = Column<Int32>()
    private var followUps = FollowUps()

    public init() {}

    public var count: Int { ids.count }

    /// The rows, in the order the inputs were collected.
    public var rows: Range<Int32> { 0..<Int32(ids.count) }

    public func row(of id: InputID) -> Int32? { ids.row(of: id) }

    public subscript(id: InputID) -> Input? { row(of: id).map { self[row: $0] } }

    /// The input at `row`, with its follow-up.
    public subscript(row row: Int32) -> Input {
        var input = Input(
            id: ids[row], pillar: pillars[row], source: sources[row], channel: channels[row],
            municipality: municipalities[row], themes: themes[row] ?? [], collected: collected[row],
            collectedAt: collectedAt[row], participationLevel: levels[row], quoteSubject: quoteSubjects[row])
        followUps.fill(&input, from: firstFollowUp[row])
        return input
    }

    /// Every input, in the order collected.
    public var all: [Input] { rows.map { self[row: $0] } }

    /// How many inputs were taken up or declined.
    public var answered: Int { rows.count { response(at: $0).firstResponse != nil } }
    /// How many inputs had feedback.
    public var withFeedback: Int { rows.count { response(at: $0).firstFeedback != nil } }

    public func id(at row: Int32) -> InputID { ids[row] }
    public func pillar(at row: Int32) -> Int { pillars[row] }
    public func source(at row: Int32) -> InputSource { sources[row] }
    public func channel(at row: Int32) -> Channel { channels[row] }
    public func participationLevel(at row: Int32) -> ParticipationLevel { levels[row] }
    public func municipality(at row: Int32) -> String? { municipalities[row] }
    public func collected(at row: Int32) -> Day { collected[row] }
    /// What became of the input at `row`, in brief.
    public func response(at row: Int32) -> InputResponse { followUps.response(from: firstFollowUp[row]) }

    /// What the input at `row` was taken up in.
    public func uses(at row: Int32) -> [InputUse] { followUps.uses(from: firstFollowUp[row]) }

    /// The position of the `InputCollected` of the input at `row`, where its summary is.
    public func collectedAt(_ row: Int32) -> Int64 { collectedAt[row] }

    /// The rows in the order of their ids (`I2` before `I10`), from `first` on.
    public func rowsInIDOrder(from first: InputID? = nil) -> [Int32] {
        let column = ids.column
        func precedes(_ a: Int32, _ b: Int32) -> Bool {
            let (x, y) = (column.number(at: a), column.number(at: b))
            return x > 0 && y > 0 ? x < y : column[a] < column[b]
        }
        // The programme numbers inputs in the order collected: the rows are usually in order.
        var ordered = Array(rows)
        if !zip(ordered, ordered.dropFirst()).allSatisfy({ precedes($0, $1) }) { ordered.sort(by: precedes) }
        guard let first else { return ordered }
        let start = IdentifierColumn<InputKind>.number(of: first)
        return Array(
            ordered.drop { row in
                let number = column.number(at: row)
                if let start, number > 0 { return number < start }
                return column[row] < first
            })
    }

    /// Records a collected input, stored at `position` (again, if its id was collected before).
    public mutating func collect(_ event: InputCollected, at position: Int64) {
        let row = ids.insert(event.input)
        pillars.put(event.pillar, at: row)
        sources.put(event.source, at: row)
        channels.put(event.channel, at: row)
        levels.put(event.participationLevel, at: row)
        municipalities.put(event.municipality, at: row)
        themes.put(event.themes.isEmpty ? nil : event.themes, at: row)
        collected.put(event.date, at: row)
        collectedAt.put(position, at: row)
        if let quote = event.quote {
            quoteSubjects[row] = quote.text.subject
        } else if quoteSubjects.count > 0 {
            quoteSubjects[row] = nil
        }
        firstFollowUp.put(-1, at: row)
        lastFollowUp.put(-1, at: row)
    }

    /// Adds a take-up, a decline or feedback to the input with `id`, if it was collected.
    mutating func follow(
        _ id: InputID, kind: FollowUps.Kind, date: Day, channel: Channel? = nil, use: InputUse? = nil,
        reason: String? = nil
    ) {
        guard let row = ids.row(of: id) else { return }
        let added = followUps.append(
            after: lastFollowUp[row], kind: kind, date: date, channel: channel, use: use, reason: reason)
        if firstFollowUp[row] < 0 { firstFollowUp[row] = added }
        lastFollowUp[row] = added
    }
}
