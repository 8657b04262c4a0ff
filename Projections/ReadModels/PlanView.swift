import Program

/// The plan of approach: each version and its adoption across the municipalities.
public struct PlanView: Sendable, Hashable, Codable {
    public var versions: [Version]

    public struct Version: Sendable, Hashable, Codable {
        public var version: Int
        public var title: String
        public var summary: String
        public var drafted: Day
        public var submitted: Day?
        /// Adopted, with or without amendments.
        public var adopted: Int
        public var rejected: Int
        public var pending: Int
        /// The municipalities that existed when it was submitted.
        public var municipalities: Int
        public var decisions: [MunicipalityDecision]
    }

    /// One municipality's decision (public: councils decide in public).
    public struct MunicipalityDecision: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        public var outcome: PlanOutcome?
        public var date: Day?
    }

    public init(_ projection: ProgrammeProjection) {
        let definition = projection.state.definition ?? .zuidLimburg
        versions = projection.state.planVersions.values.sorted { $0.version < $1.version }.map { version in
            let municipalities = definition.municipalities(on: version.submitted ?? version.drafted)
                .sorted { $0.name < $1.name }
            let decisions = municipalities.map { municipality in
                let decision = version.decisions[municipality.code]
                return MunicipalityDecision(
                    code: municipality.code, name: municipality.name, outcome: decision?.outcome, date: decision?.date)
            }
            let adopted = decisions.count { $0.outcome?.isAdoption == true }
            let rejected = decisions.count { $0.outcome == .rejected }
            return Version(
                version: version.version, title: version.title, summary: version.summary, drafted: version.drafted,
                submitted: version.submitted, adopted: adopted, rejected: rejected,
                pending: decisions.count - adopted - rejected, municipalities: decisions.count, decisions: decisions)
        }
    }
}
