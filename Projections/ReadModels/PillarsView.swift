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
        let inputs = state.inputs
        let byPillar = Dictionary(grouping: inputs.rows, by: inputs.pillar(at:))
        pillars = definition.pillars.map { pillar in
            PillarInputs(pillar, rows: byPillar[pillar.number] ?? [], of: inputs)
        }
        var quarters: [String: [Int: Int]] = [:]
        for row in inputs.rows {
            let collected = inputs.collected(at: row)
            quarters["\(collected.year)-Q\((collected.month - 1) / 3 + 1)", default: [:]][
                inputs.pillar(at: row), default: 0] += 1
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

    init(_ pillar: Pillar, rows: [Int32], of inputs: InputTable) {
        number = pillar.number
        name = pillar.name
        description = pillar.description
        self.inputs = PersonCount(rows.count)
        func breakdown(_ key: (Int32) -> String) -> [String: PersonCount] {
            PersonCount.breakdown(Dictionary(grouping: rows, by: key).mapValues(\.count))
        }
        bySource = breakdown { inputs.source(at: $0).rawValue }
        byChannel = breakdown { inputs.channel(at: $0).rawValue }
        byMunicipality = breakdown { inputs.municipality(at: $0) ?? "none" }
        byLevel = breakdown { String(inputs.participationLevel(at: $0).rawValue) }
        let responses = rows.map(inputs.response(at:))
        let takenUp = responses.count(where: \.takenUp)
        let declined = responses.count(where: \.declined)
        // Taken up, declined and open add up to collected: hidden as one breakdown, so that no
        // small count follows from the others.
        let answers = PersonCount.breakdown(
            ["taken-up": takenUp, "declined": declined, "open": rows.count - takenUp - declined])
        funnel = Funnel(
            collected: PersonCount(rows.count), takenUp: answers["taken-up"]!, declined: answers["declined"]!,
            open: answers["open"]!, feedbackGiven: PersonCount(responses.count { $0.firstFeedback != nil }))
        let days = zip(rows, responses).compactMap { row, response in
            response.firstFeedback.map { $0.days(since: inputs.collected(at: row)) }
        }
        .sorted()
        medianDaysToFeedback = days.isEmpty ? nil : days[days.count / 2]
    }
}
