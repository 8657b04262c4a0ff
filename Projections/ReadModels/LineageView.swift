import Program

/// "Wat is er met onze inbreng gedaan?" — for each input, what became of it; for each advice of
/// the participation bodies, its course; for each decision, the inputs and advice behind it.
/// Never quotes of people; advice is a body's, not a person's.
///
/// A large programme has too many inputs for one page: the inputs come in order of their
/// ids, from `first` on, at most `limit` of them, and ``next`` says where the next page starts.
public struct LineageView: Sendable, Hashable, Codable {
    public var inputs: [InputLineage]
    public var decisions: [DecisionLineage]
    /// Every advice, by id, and what became of it (`nil` in API version 1, which predates advice).
    public var advice: [AdviceEntry]?
    /// The id of the first input of the next page; `nil` on the last page.
    public var next: String?

    /// The lineage of the inputs from `first` on (at most `limit`) and of every decision.
    ///
    /// The summaries are in the log: `summaries` is given the positions of the inputs'
    /// `InputCollected` events and returns the summary at each.
    public init(
        _ projection: ProgrammeProjection, from first: InputID? = nil, limit: Int = .max,
        summaries: ([Int64]) throws -> [Int64: String]
    ) rethrows {
        let state = projection.state
        let ordered = state.inputs.rowsInIDOrder(from: first)
        let page = ordered.prefix(limit)
        next = ordered.count > limit ? state.inputs.id(at: ordered[limit]).rawValue : nil
        var takenUp: [DecisionID: [Int32]] = [:]
        for row in state.inputs.rows {
            for case .decision(let decision) in state.inputs.uses(at: row) {
                takenUp[decision, default: []].append(row)
            }
        }
        let decisions = state.decisions.values.sorted { $0.id < $1.id }
        let behind = decisions.map { decision in
            let informed = decision.informedBy.compactMap(state.inputs.row(of:))
            return Set(informed + (takenUp[decision.id] ?? [])).sorted {
                state.inputs.id(at: $0) < state.inputs.id(at: $1)
            }
        }
        let days = (state.definition ?? .zuidLimburg).responseDays
        let advice = state.advice.values.sorted { $0.id < $1.id }
        var answered: [DecisionID: [Advice]] = [:]
        for entry in advice {
            if case .decision(let decision)? = entry.response?.into { answered[decision, default: []].append(entry) }
        }
        self.advice = advice.map { AdviceEntry($0, state: state, on: projection.asOfDay, responseDays: days) }
        let texts = try summaries((Array(page) + behind.joined()).map(state.inputs.collectedAt))
        func summary(_ row: Int32) -> String { texts[state.inputs.collectedAt(row)] ?? "" }
        inputs = page.map { InputLineage(state.inputs[row: $0], summary: summary($0), state: state) }
        self.decisions = zip(decisions, behind).map { decision, rows in
            DecisionLineage(
                decision,
                inputs: rows.map {
                    DecisionLineage.Brief(
                        id: state.inputs.id(at: $0).rawValue, pillar: state.inputs.pillar(at: $0),
                        source: state.inputs.source(at: $0), summary: summary($0))
                },
                advice: (answered[decision.id] ?? []).map {
                    DecisionLineage.AdviceBrief(
                        id: $0.id.rawValue, body: state.bodies[$0.body]?.name ?? "",
                        title: $0.given?.title ?? $0.request?.title ?? "", outcome: $0.outcome)
                })
        }
    }
}

/// One input and its follow-up.
public struct InputLineage: Sendable, Hashable, Codable {
    public var id: String
    public var pillar: Int
    public var source: InputSource
    public var channel: Channel
    public var municipality: String?
    public var themes: [String]
    public var collected: Day
    public var summary: String
    public var participationLevel: Int
    public var uses: [Use]
    public var declined: Input.Declined?
    public var feedback: [Input.Feedback]
    /// Days from collection to the first feedback.
    public var daysToFeedback: Int?

    /// What it was taken up in (or what advice was answered in).
    public struct Use: Sendable, Hashable, Codable {
        /// `decision`, `plan` or `goal`.
        public var kind: String
        public var id: String
        public var title: String
        public var date: Day

        /// The decision, plan version or goal `use` names, with its title in `state`, on `date`.
        init(_ use: InputUse, date: Day, state: ProgrammeState) {
            switch use {
            case .decision(let id):
                self.init(kind: "decision", id: id.rawValue, title: state.decisions[id]?.title ?? "", date: date)
            case .planVersion(let version):
                self.init(
                    kind: "plan", id: "plan-\(version)", title: state.planVersions[version]?.title ?? "", date: date)
            case .goal(let id):
                self.init(kind: "goal", id: id.rawValue, title: state.goals[id]?.title ?? "", date: date)
            }
        }

        init(kind: String, id: String, title: String, date: Day) {
            self.kind = kind
            self.id = id
            self.title = title
            self.date = date
        }
    }

    /// The lineage of `input`, whose summary (from the log) is `summary`.
    public init(_ input: Input, summary: String, state: ProgrammeState) {
        id = input.id.rawValue
        pillar = input.pillar
        source = input.source
        channel = input.channel
        municipality = input.municipality
        themes = input.themes
        collected = input.collected
        self.summary = summary
        participationLevel = input.participationLevel.rawValue
        uses = input.uses.map { Use($0.into, date: $0.date, state: state) }
        declined = input.declined
        feedback = input.feedback
        daysToFeedback = input.feedback.map(\.date).min().map { $0.days(since: input.collected) }
    }
}

/// A decision and the inputs and advice that informed it.
public struct DecisionLineage: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var date: Day
    public var inputs: [Brief]
    /// The advice answered in it (`nil` in API version 1, which predates advice).
    public var advice: [AdviceBrief]?

    public struct Brief: Sendable, Hashable, Codable {
        public var id: String
        public var pillar: Int
        public var source: InputSource
        public var summary: String
    }

    /// An advice answered in the decision: whose it was and how it was answered.
    public struct AdviceBrief: Sendable, Hashable, Codable {
        public var id: String
        /// The body's name.
        public var body: String
        public var title: String
        public var outcome: AdviceOutcome?
    }

    init(_ decision: Decision, inputs: [Brief], advice: [AdviceBrief]) {
        id = decision.id.rawValue
        title = decision.title
        date = decision.meeting.date
        self.inputs = inputs
        self.advice = advice
    }
}
