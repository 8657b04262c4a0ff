import Program

/// Which demo programme to record: the built-in Zuid-Limburg story or another region's.
public enum DemoStory: String, Sendable, CaseIterable {
    /// Zuid-Limburg from 2023 on: the kick-off, the plan decided by 16 municipalities, the
    /// innovation-budget subsidy and the framework's goals.
    case zuidLimburg = "zuid-limburg"
    /// The Overijssel network of youth and parents from 2022 on: requested and unrequested advice,
    /// the binding advice of the Regional Expert Teams, the five themes and an impulse grant.
    case overijssel
    /// The LEJO learning network from 2024 on: learning circles under its three pillars, a sharing
    /// meeting, the advisory group advising twice a year, the impulse grant.
    case lejo
    /// Haaglanden from 2018 on: a parents' and youth panel with a role in the projects from the
    /// start, the plan put to the nine municipalities, the transformation budget.
    case haaglanden

    /// The story's days, in the order they happened.
    var days: [DemoDay] {
        switch self {
        case .zuidLimburg:
            var script = DemoScript()
            script.tell()
            return script.days
        case .overijssel:
            var script = OverijsselScript()
            return script.tell()
        case .lejo:
            var script = LejoScript()
            return script.tell()
        case .haaglanden:
            var script = HaaglandenScript()
            return script.tell()
        }
    }
}
