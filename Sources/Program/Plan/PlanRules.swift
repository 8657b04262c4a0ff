/// Rules for the plan of approach (plan van aanpak) and the municipalities' decisions on it.
extension Rules {
    func draftPlan(_ command: DraftPlan) throws(RuleViolation) -> [ProgramEvent] {
        let title = try Text.validated(command.title, field: "title")
        let summary = try Text.validated(command.summary, field: "summary", limit: Text.paragraphLimit, multiline: true)
        try checkFactDate(command.date)
        try checkInputs(command.informedBy, before: command.date)
        let version = (state.planVersions.keys.max() ?? 0) + 1
        if let previous = state.planVersions[version - 1], command.date < previous.drafted {
            throw RuleViolation(
                "date", "version \(version - 1) was drafted on \(previous.drafted): a new version comes after")
        }
        return [
            .planVersionDrafted(
                PlanVersionDrafted(
                    version: version, title: title, summary: summary, date: command.date,
                    informedBy: command.informedBy))
        ]
    }

    func submitPlan(_ command: SubmitPlan) throws(RuleViolation) -> [ProgramEvent] {
        let version = try planVersion(command.version)
        if let submitted = version.submitted {
            throw RuleViolation("version", "version \(command.version) was already submitted on \(submitted)")
        }
        try checkFactDate(command.date)
        if command.date < version.drafted {
            throw RuleViolation("date", "version \(command.version) was drafted on \(version.drafted): submit it after")
        }
        return [.planSubmitted(PlanSubmitted(version: command.version, date: command.date))]
    }

    func recordPlanDecision(_ command: RecordPlanDecision) throws(RuleViolation) -> [ProgramEvent] {
        let version = try planVersion(command.version)
        guard let submitted = version.submitted else {
            throw RuleViolation("version", "version \(command.version) was not submitted to the municipalities")
        }
        try checkFactDate(command.date)
        if command.date < submitted {
            throw RuleViolation(
                "date", "version \(command.version) was submitted on \(submitted): decisions come after")
        }
        let municipality = try municipality(command.municipality, on: command.date)
        if let earlier = version.decisions[municipality.code], command.date < earlier.date {
            throw RuleViolation(
                "date", "\(municipality.name) already decided on \(earlier.date): a new decision comes after it")
        }
        let note = try Text.validatedOptional(command.note, field: "note", limit: Text.paragraphLimit, multiline: true)
        return [
            .planDecided(
                PlanDecided(
                    version: command.version, municipality: municipality.code, outcome: command.outcome,
                    date: command.date, note: note))
        ]
    }

    private func planVersion(_ number: Int) throws(RuleViolation) -> PlanVersion {
        guard let version = state.planVersions[number] else {
            let known = state.planVersions.keys.sorted().map(String.init).joined(separator: ", ")
            throw RuleViolation(
                "version",
                "there is no plan version \(number)" + (known.isEmpty ? " (none drafted yet)" : " (versions: \(known))")
            )
        }
        return version
    }
}
