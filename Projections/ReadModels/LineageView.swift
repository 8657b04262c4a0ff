import Program

/// "Wat is er met onze inbreng gedaan?" — for each input, what became of it; for each decision,
/// the inputs behind it. Never quotes.
///
/// A large programme has too many inputs for one page: the inputs come in order of their
/// ids, from `first` on, at most `limit` of them, and ``next`` says where the next page starts.
public struct LineageView: Sendable, Hashable, Codable {
    public var inputs: [InputLineage]
    public var decisions: [DecisionLineage]
    /// The id of the first input of the next page; `nil` on the last page.
    public var next: String?

    public init(_ projection: ProgrammeProjection, from first: InputID? = nil, limit: Int = .max) {
        let state = projection.state
        func order(_ id: InputID) -> (Int, String) { (id.number ?? -1, id.rawValue) }
        let start = first.map(order)
        let ids = state.inputs.keys.map { (order($0), $0) }.filter { entry in start.map { entry.0 >= $0 } ?? true }
            .sorted { $0.0 < $1.0 }.map(\.1)
        inputs = ids.prefix(limit).compactMap { state.inputs[$0].map { InputLineage($0, state: state) } }
        next = ids.count > limit ? ids[limit].rawValue : nil
        var takenUp: [DecisionID: [InputID]] = [:]
        for input in state.inputs.values {
            for use in input.uses {
                if case .decision(let decision) = use.into { takenUp[decision, default: []].append(input.id) }
            }
        }
        decisions = state.decisions.values.sorted { $0.id < $1.id }.map {
            DecisionLineage($0, takenUp: takenUp[$0.id] ?? [], state: state)
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
    public var declined: Declined?
    public var feedback: [Feedback]
    /// Days from collection to the first feedback.
    public var daysToFeedback: Int?

    /// What it was taken up in.
    public struct Use: Sendable, Hashable, Codable {
        /// `decision`, `plan` or `goal`.
        public var kind: String
        public var id: String
        public var title: String
        public var date: Day
    }

    public struct Declined: Sendable, Hashable, Codable {
        public var date: Day
        public var reason: String
    }

    public struct Feedback: Sendable, Hashable, Codable {
        public var date: Day
        public var channel: Channel
    }

    public init(_ input: Input, state: ProgrammeState) {
        id = input.id.rawValue
        pillar = input.pillar
        source = input.source
        channel = input.channel
        municipality = input.municipality
        themes = input.themes
        collected = input.collected
        summary = input.summary
        participationLevel = input.participationLevel.rawValue
        uses = input.uses.map { use in
            switch use.into {
            case .decision(let id):
                Use(kind: "decision", id: id.rawValue, title: state.decisions[id]?.title ?? "", date: use.date)
            case .planVersion(let version):
                Use(
                    kind: "plan", id: "plan-\(version)", title: state.planVersions[version]?.title ?? "", date: use.date
                )
            case .goal(let id):
                Use(kind: "goal", id: id.rawValue, title: state.goals[id]?.title ?? "", date: use.date)
            }
        }
        declined = input.declined.map { Declined(date: $0.date, reason: $0.reason) }
        feedback = input.feedback.map { Feedback(date: $0.date, channel: $0.channel) }
        daysToFeedback = input.feedback.map(\.date).min().map { $0.days(since: input.collected) }
    }
}

/// A decision and the inputs that informed it.
public struct DecisionLineage: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var date: Day
    public var inputs: [Brief]

    public struct Brief: Sendable, Hashable, Codable {
        public var id: String
        public var pillar: Int
        public var source: InputSource
        public var summary: String
    }

    init(_ decision: Decision, takenUp: [InputID], state: ProgrammeState) {
        id = decision.id.rawValue
        title = decision.title
        date = decision.meeting.date
        inputs = Set(decision.informedBy + takenUp).sorted().compactMap { state.inputs[$0] }.map {
            Brief(id: $0.id.rawValue, pillar: $0.pillar, source: $0.source, summary: $0.summary)
        }
    }
}
