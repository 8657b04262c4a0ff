import Program

/// Bottom-up input per pillar: where it came from, how it was asked, and what became of it.
///
/// Counts of input are counts of contributions by people, so they are published as ``PersonCount``.
public struct PillarsView: Sendable, Hashable, Codable {
    public var pillars: [PillarInputs]
    /// Inputs collected per quarter (`2023-Q2`) and pillar, for the chart.
    public var perQuarter: [QuarterCount]

    public struct QuarterCount: Sendable, Hashable, Codable {
        public var quarter: String
        public var pillar: Int
        public var inputs: PersonCount
    }

    public init(_ projection: ProgrammeProjection) {
        let state = projection.state
        let definition = state.definition ?? .zuidLimburg
        let inputs = state.inputs.values
        pillars = definition.pillars.map { pillar in
            PillarInputs(pillar, inputs: inputs.filter { $0.pillar == pillar.number })
        }
        var quarters: [String: [Int: Int]] = [:]
        for input in inputs {
            let quarter = "\(input.collected.year)-Q\((input.collected.month - 1) / 3 + 1)"
            quarters[quarter, default: [:]][input.pillar, default: 0] += 1
        }
        perQuarter = quarters.keys.sorted().flatMap { quarter in
            definition.pillars.map { pillar in
                QuarterCount(
                    quarter: quarter, pillar: pillar.number, inputs: PersonCount(quarters[quarter]?[pillar.number] ?? 0)
                )
            }
        }
    }
}

/// The inputs of one pillar.
public struct PillarInputs: Sendable, Hashable, Codable {
    public var number: Int
    public var name: String
    public var description: String
    public var inputs: PersonCount
    public var bySource: [String: PersonCount]
    public var byChannel: [String: PersonCount]
    /// By municipality's CBS code; `none` for inputs without one.
    public var byMunicipality: [String: PersonCount]
    /// By participation level, 1–6.
    public var byLevel: [String: PersonCount]
    public var funnel: Funnel
    /// The median number of days from collection to the first feedback.
    public var medianDaysToFeedback: Int?

    /// Collected → taken up or declined → feedback given.
    public struct Funnel: Sendable, Hashable, Codable {
        public var collected: PersonCount
        public var takenUp: PersonCount
        public var declined: PersonCount
        /// Neither taken up nor declined yet.
        public var open: PersonCount
        public var feedbackGiven: PersonCount
    }

    init(_ pillar: Pillar, inputs: [Input]) {
        number = pillar.number
        name = pillar.name
        description = pillar.description
        self.inputs = PersonCount(inputs.count)
        func breakdown(_ key: (Input) -> String) -> [String: PersonCount] {
            PersonCount.breakdown(Dictionary(grouping: inputs, by: key).mapValues(\.count))
        }
        bySource = breakdown { $0.source.rawValue }
        byChannel = breakdown { $0.channel.rawValue }
        byMunicipality = breakdown { $0.municipality ?? "none" }
        byLevel = breakdown { String($0.participationLevel.rawValue) }
        let takenUp = inputs.count { !$0.uses.isEmpty }
        let declined = inputs.count { $0.declined != nil }
        // Taken up, declined and open add up to collected: hidden as one breakdown, so that no
        // small count follows from the others.
        let answers = PersonCount.breakdown(
            ["taken-up": takenUp, "declined": declined, "open": inputs.count - takenUp - declined])
        funnel = Funnel(
            collected: PersonCount(inputs.count), takenUp: answers["taken-up"]!, declined: answers["declined"]!,
            open: answers["open"]!, feedbackGiven: PersonCount(inputs.count { !$0.feedback.isEmpty }))
        let days = inputs.compactMap { input in input.feedback.map(\.date).min().map { $0.days(since: input.collected) }
        }
        .sorted()
        medianDaysToFeedback = days.isEmpty ? nil : days[days.count / 2]
    }
}
