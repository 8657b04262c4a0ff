import Foundation

/// Checks shared by several rules.
extension Rules {
    /// A date of a fact: not before the programme started and not in the future.
    func checkFactDate(_ day: Day, field: String = "date") throws(RuleViolation) {
        if day < definition.startsOn {
            throw RuleViolation(field, "\(day) is before the programme started (\(definition.startsOn))")
        }
        if day > context.today {
            throw RuleViolation(
                field, "\(day) is in the future (today is \(context.today)): record facts once they happened")
        }
    }

    /// A municipality by name or CBS code, existing on `day`.
    func municipality(_ text: String, on day: Day, field: String = "municipality") throws(RuleViolation) -> Municipality
    {
        guard let municipality = definition.municipality(named: text) else {
            let names = definition.municipalities(on: day).map(\.name).joined(separator: ", ")
            throw RuleViolation(field, "'\(text)' is not a municipality of \(definition.region) (\(names))")
        }
        guard municipality.isValid(on: day) else {
            let period = [municipality.validFrom.map { "from \($0)" }, municipality.validUntil.map { "until \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
            throw RuleViolation(field, "\(municipality.name) did not exist on \(day) (it existed \(period))")
        }
        return municipality
    }

    /// Whom a member of the core group or of a body represents: a municipality (by name or CBS
    /// code, existing on `day`) or a care provider named in `represents`; youth, parents and
    /// client representatives represent neither.
    func constituency(_ kind: Constituency.Kind, represents: String?, on day: Day) throws(RuleViolation)
        -> Constituency
    {
        if kind.speaksForClients, let represents {
            throw RuleViolation(
                "represents",
                "a \(kind.rawValue) member represents no municipality or care provider: leave out '\(represents)'")
        }
        switch kind {
        case .youth: return .youth
        case .parent: return .parent
        case .clientRepresentative: return .clientRepresentative
        case .municipality:
            guard let represents else {
                throw RuleViolation("represents", "a municipality member names the municipality they represent")
            }
            return .municipality(code: try municipality(represents, on: day, field: "represents").code)
        case .careProvider:
            guard let represents else {
                throw RuleViolation("represents", "a care provider member names the care provider they represent")
            }
            return .careProvider(name: try Text.validated(represents, field: "represents"))
        }
    }

    /// The day of what `use` names — a decision's meeting, a plan version's draft, a goal's
    /// addition — which must be recorded (and a decision not revoked).
    func day(of use: InputUse, field: String = "into") throws(RuleViolation) -> Day {
        switch use {
        case .decision(let id):
            guard let decision = state.decisions[id] else {
                throw RuleViolation(field, "\(id) is not a recorded decision")
            }
            if decision.revocation != nil { throw RuleViolation(field, "\(id) was revoked") }
            return decision.meeting.date
        case .planVersion(let version):
            guard let plan = state.planVersions[version] else {
                throw RuleViolation(field, "there is no plan version \(version)")
            }
            return plan.drafted
        case .goal(let id):
            guard let goal = state.goals[id] else { throw RuleViolation(field, "\(id) is not a goal of the framework") }
            return goal.added
        }
    }

    /// Pillar numbers the programme has, without repeats.
    func checkPillars(_ pillars: [Int], field: String = "pillar") throws(RuleViolation) {
        for pillar in pillars where definition.pillar(pillar) == nil {
            throw RuleViolation(
                field, "\(pillar) is not a pillar: the programme has pillars 1–\(definition.pillars.count)")
        }
        if Set(pillars).count != pillars.count { throw RuleViolation(field, "names a pillar twice") }
    }

    /// Inputs that exist and were collected on or before `day`.
    func checkInputs(_ inputs: [InputID], before day: Day, field: String = "informed-by") throws(RuleViolation) {
        for id in inputs {
            guard let input = state.inputs[id] else { throw RuleViolation(field, "\(id) is not a recorded input") }
            if input.collected > day {
                throw RuleViolation(field, "\(id) was collected on \(input.collected), after \(day)")
            }
        }
        if Set(inputs).count != inputs.count { throw RuleViolation(field, "names an input twice") }
    }

    /// A core group meeting: every member present was active that day, at least half the active
    /// members were present (quorum), one of the people concerned was present ("niet over ons
    /// zonder ons": youth, parents or client representatives unless the definition says otherwise), and the votes add up to those present.
    func checkMeeting(_ meeting: Meeting) throws(RuleViolation) {
        try checkFactDate(meeting.date)
        guard !meeting.present.isEmpty else { throw RuleViolation("present", "name the members present") }
        if Set(meeting.present).count != meeting.present.count {
            throw RuleViolation("present", "names a member twice")
        }
        for id in meeting.present {
            guard let member = state.members[id] else {
                throw RuleViolation("present", "\(id) is not a member of the core group")
            }
            if member.joined > meeting.date {
                throw RuleViolation("present", "\(id) joined the core group on \(member.joined), after \(meeting.date)")
            }
            if let left = member.left, left <= meeting.date {
                throw RuleViolation("present", "\(id) left the core group on \(left)")
            }
        }
        let active = state.activeMembers(on: meeting.date).count
        let needed = (active + 1) / 2
        if meeting.present.count < needed {
            throw RuleViolation(
                "present",
                "\(meeting.present.count) of \(active) active members present: a decision needs at least half (\(needed)) — no quorum"
            )
        }
        let clientVoices = meeting.present.filter {
            state.members[$0].map { definition.speaksForClients($0.constituency) } == true
        }
        if clientVoices.isEmpty {
            let names = definition.concerned.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") }
            let concerned = names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + names.last!
            throw RuleViolation(
                "present", "no \(concerned) present: nothing about us without us (niet over ons zonder ons)")
        }
        let votes = meeting.votes
        if votes.inFavour < 0 || votes.against < 0 || votes.abstaining < 0 {
            throw RuleViolation("votes", "vote counts cannot be negative")
        }
        if votes.total != meeting.present.count {
            throw RuleViolation(
                "votes",
                "\(votes.total) votes (\(votes.inFavour) for, \(votes.against) against, \(votes.abstaining) abstaining) but \(meeting.present.count) members present: every member present votes"
            )
        }
    }

    /// A number that is finite and within bounds people use.
    func checkValue(_ value: Double, field: String) throws(RuleViolation) {
        guard value.isFinite, abs(value) < 1e12 else { throw RuleViolation(field, "must be a finite number") }
    }

    /// A list of short texts (themes, conditions).
    func validatedList(_ items: [String], field: String, limit: Int = 100) throws(RuleViolation) -> [String] {
        var result: [String] = []
        for item in items {
            let text = try Text.validated(item, field: field, limit: limit)
            if !result.contains(text) { result.append(text) }
        }
        return result
    }
}
