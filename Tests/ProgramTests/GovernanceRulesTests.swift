import Program
import Testing

/// A programme built the way the store builds it (shared by the rule tests): each command through `decide`, its events
/// folded into the state with `apply`. No store, no processes.
struct GovernanceProgramme {
    /// "Now" for every command: dates after it are in the future.
    static let today = day("2025-06-01")

    var state = ProgrammeState()
    /// Every event recorded so far, in order.
    var events: [ProgramEvent] = []

    /// A programme set up with `definition`, without members.
    init(_ definition: ProgrammeDefinition = .zuidLimburg) throws {
        try record(.defineProgramme(definition), as: nil)
    }

    /// Zuid-Limburg with five members who joined on 2023-01-16: K1 youth, K2 parent, K3 client
    /// representative, K4 municipality Heerlen, K5 care provider.
    static func withFiveMembers() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme()
        try programme.addMember("Sanne", .youth, on: "2023-01-16")
        try programme.addMember("Ahmed", .parent, on: "2023-01-16")
        try programme.addMember("Ria", .clientRepresentative, on: "2023-01-16")
        try programme.addMember("J. Bakker", .municipality, represents: "Heerlen", on: "2023-01-16")
        try programme.addMember("M. Jansen", .careProvider, represents: "Mondriaan", on: "2023-01-16")
        return programme
    }

    static func context(_ actor: MemberID?) -> CommandContext {
        CommandContext(actor: actor, now: Instant(iso: "\(today)T12:00")!)
    }

    /// Decides `command` and folds its events into the state.
    @discardableResult
    mutating func record(_ command: Command, as actor: MemberID? = "K1") throws -> [ProgramEvent] {
        let new = try decide(command, state: state, context: Self.context(actor))
        for event in new {
            events.append(event)
            state.apply(event, at: Int64(events.count))
        }
        return new
    }

    /// The rule `command` breaks, or `nil` when it is accepted (the state does not change either way).
    func refusal(_ command: Command, as actor: MemberID? = "K1") -> RuleViolation? {
        do {
            _ = try decide(command, state: state, context: Self.context(actor))
            return nil
        } catch {
            return error
        }
    }

    mutating func addMember(
        _ name: String, _ kind: Constituency.Kind, represents: String? = nil, on date: String
    ) throws {
        // The first member is recorded without --as; every later one by K1.
        try record(
            .addMember(AddMember(name: name, constituency: kind, represents: represents, date: day(date))),
            as: state.members.isEmpty ? nil : "K1")
    }

    mutating func leave(_ member: MemberID, on date: String) throws {
        try record(.removeMember(RemoveMember(member: member, date: day(date), reason: nil)))
    }
}

func day(_ text: String) -> Day { Day(iso: text)! }

func meeting(
    _ date: String, _ present: [MemberID], for inFavour: Int, against: Int = 0, abstain: Int = 0
) -> Meeting {
    Meeting(
        date: day(date), present: present, votes: Votes(inFavour: inFavour, against: against, abstaining: abstain))
}

func decision(
    _ meeting: Meeting, outcome: DecisionOutcome = .adopted, title: String = "Werkwijze kerngroep",
    pillars: [Int] = [1, 2]
) -> Command {
    .recordDecision(
        RecordDecision(
            title: title, text: "De kerngroep werkt bottom-up langs drie pijlers.", meeting: meeting, outcome: outcome,
            pillars: pillars, participationLevel: .coproduce, informedBy: []))
}

private func amendment(
    _ id: DecisionID, _ meeting: Meeting, reason: String = "Pijler 3 toegevoegd", title: String? = nil,
    pillars: [Int]? = [1, 2, 3]
) -> Command {
    .amendDecision(
        AmendDecision(
            decision: id, reason: reason, meeting: meeting, title: title, text: nil, pillars: pillars,
            participationLevel: nil, informedBy: []))
}

private func revocation(_ id: DecisionID, _ meeting: Meeting, reason: String = "Vervangen") -> Command {
    .revokeDecision(RevokeDecision(decision: id, reason: reason, meeting: meeting))
}

func goal(
    targets: [Int: Double] = [2024: 20, 2028: 60], baselineYear: Int = 2023, date: String = "2023-09-04"
) -> Command {
    .addGoal(
        AddGoal(
            title: "Jongeren beslissen mee", indicator: "Aandeel besluiten op niveau 4 of hoger", unit: "%",
            direction: .increase, baselineYear: baselineYear, baseline: 10, targets: targets, pillars: [2],
            date: day(date)))
}

private func planDecision(
    _ version: Int, _ municipality: String, _ outcome: PlanOutcome = .adopted, on date: String
) -> Command {
    .recordPlanDecision(
        RecordPlanDecision(version: version, municipality: municipality, outcome: outcome, date: day(date), note: nil))
}

/// Checks that `violation` exists, names `field`, and its rule mentions `words`.
func expect(
    _ violation: RuleViolation?, field: String, mentions words: String...,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let violation else {
        Issue.record("expected a refusal on \(field), but the command was accepted", sourceLocation: sourceLocation)
        return
    }
    #expect(violation.field == field, "\(violation)", sourceLocation: sourceLocation)
    for word in words {
        #expect(violation.rule.contains(word), "\(violation) should mention '\(word)'", sourceLocation: sourceLocation)
    }
}

@Suite("Governance rules: core group membership")
struct GovernanceMembershipRulesTests {
    @Test("members get consecutive ids and sealed names under their own subjects")
    func membersGetIDs() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        #expect(programme.state.members.keys.sorted() == ["K1", "K2", "K3", "K4", "K5"])
        let subjects = programme.state.members.values.map(\.name.subject)
        #expect(Set(subjects).count == 5)
        #expect(programme.state.members["K4"]?.constituency == .municipality(code: "GM0917"))
        #expect(programme.state.members["K5"]?.constituency == .careProvider(name: "Mondriaan"))
        #expect(programme.state.members["K1"]?.constituency.speaksForClients == true)
        #expect(programme.state.members["K4"]?.constituency.speaksForClients == false)
    }

    @Test("a municipality member may be named by CBS code")
    func municipalityByCode() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.addMember("P. Smeets", .municipality, represents: "gm0935", on: "2023-02-01")
        #expect(programme.state.members["K6"]?.constituency == .municipality(code: "GM0935"))
    }

    @Test("who sat in the core group on a date: from the day they joined until the day they left")
    func activeMembersOnADate() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.addMember("Lotte", .youth, on: "2023-06-01")
        try programme.leave("K2", on: "2024-01-01")
        let active = { (date: String) in programme.state.activeMembers(on: day(date)).map(\.id) }
        #expect(active("2023-01-15") == [])
        #expect(active("2023-01-16") == ["K1", "K2", "K3", "K4", "K5"])
        #expect(active("2023-05-31") == ["K1", "K2", "K3", "K4", "K5"])
        #expect(active("2023-06-01") == ["K1", "K2", "K3", "K4", "K5", "K6"])
        #expect(active("2023-12-31") == ["K1", "K2", "K3", "K4", "K5", "K6"])
        #expect(active("2024-01-01") == ["K1", "K3", "K4", "K5", "K6"])
    }

    @Test("the first members need no --as; after that an active member records")
    func firstMembersNeedNoActor() throws {
        var programme = try GovernanceProgramme()
        let first = Command.addMember(
            AddMember(name: "Sanne", constituency: .youth, represents: nil, date: day("2023-01-16")))
        expect(programme.refusal(first, as: "K1"), field: "as", mentions: "K1 is not a core group member")
        try programme.record(first, as: nil)
        #expect(programme.state.members.keys.sorted() == ["K1"])
        let second = Command.addMember(
            AddMember(name: "Ahmed", constituency: .parent, represents: nil, date: day("2023-01-16")))
        expect(programme.refusal(second, as: nil), field: "as", mentions: "--as")
        expect(programme.refusal(second, as: "K7"), field: "as", mentions: "K7", "not a core group member")
        #expect(programme.refusal(second, as: "K1") == nil)
    }

    @Test("a member who left can no longer record")
    func formerMemberCannotRecord() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.leave("K5", on: "2024-01-01")
        let command = Command.removeMember(RemoveMember(member: "K4", date: day("2024-02-01"), reason: nil))
        expect(programme.refusal(command, as: "K5"), field: "as", mentions: "K5", "no longer an active")
    }

    @Test("leaving: unknown member, leaving twice, leaving on or before joining")
    func leaving() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        let leave = { (member: MemberID, date: String) in
            Command.removeMember(RemoveMember(member: member, date: day(date), reason: nil))
        }
        expect(programme.refusal(leave("K9", "2024-01-01")), field: "member", mentions: "K9", "not a member")
        expect(programme.refusal(leave("K5", "2023-01-16")), field: "date", mentions: "joined on 2023-01-16")
        try programme.leave("K5", on: "2024-01-01")
        expect(programme.refusal(leave("K5", "2024-02-01")), field: "member", mentions: "already left", "2024-01-01")
    }

    @Test("youth, parents and client representatives represent no municipality or care provider")
    func representsOnlyForOrganisations() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let add = { (kind: Constituency.Kind) in
            Command.addMember(
                AddMember(name: "Lotte", constituency: kind, represents: "Heerlen", date: day("2023-02-01")))
        }
        for kind in [Constituency.Kind.youth, .parent, .clientRepresentative] {
            expect(programme.refusal(add(kind)), field: "represents", mentions: "leave out 'Heerlen'")
        }
        #expect(programme.refusal(add(.municipality)) == nil)
        #expect(programme.refusal(add(.careProvider)) == nil)
    }

    @Test("unknown and no longer existing municipalities are refused")
    func municipalities() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let add = { (represents: String?) in
            Command.addMember(
                AddMember(name: "X", constituency: .municipality, represents: represents, date: day("2023-02-01")))
        }
        expect(programme.refusal(add("Atlantis")), field: "represents", mentions: "'Atlantis'", "Heerlen")
        expect(programme.refusal(add("Nuth")), field: "represents", mentions: "Nuth did not exist", "2018-12-31")
        expect(programme.refusal(add(nil)), field: "represents", mentions: "municipality")
    }

    @Test("Nuth exists until 2018-12-31 and Beekdaelen from 2019-01-01")
    func mergerBoundary() throws {
        var definition = ProgrammeDefinition.zuidLimburg
        definition.startsOn = day("2018-01-01")
        var programme = try GovernanceProgramme(definition)
        try programme.addMember("Ria", .clientRepresentative, on: "2018-06-01")
        let add = { (represents: String, date: String) in
            Command.addMember(
                AddMember(name: "X", constituency: .municipality, represents: represents, date: day(date)))
        }
        #expect(programme.refusal(add("Nuth", "2018-12-31")) == nil)
        expect(programme.refusal(add("Nuth", "2019-01-01")), field: "represents", mentions: "did not exist")
        expect(programme.refusal(add("Beekdaelen", "2018-12-31")), field: "represents", mentions: "from 2019-01-01")
        #expect(programme.refusal(add("Beekdaelen", "2019-01-01")) == nil)
    }

    @Test("facts are dated from the programme's start up to today")
    func factDates() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let add = { (date: Day) in
            Command.addMember(AddMember(name: "Lotte", constituency: .youth, represents: nil, date: date))
        }
        expect(programme.refusal(add(day("2021-12-31"))), field: "date", mentions: "before the programme started")
        #expect(programme.refusal(add(day("2022-01-01"))) == nil)
        #expect(programme.refusal(add(GovernanceProgramme.today)) == nil)
        expect(
            programme.refusal(add(GovernanceProgramme.today.adding(days: 1))), field: "date", mentions: "in the future")
    }

    @Test("names are one line of at most 200 characters")
    func names() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let add = { (name: String) in
            Command.addMember(AddMember(name: name, constituency: .youth, represents: nil, date: day("2023-02-01")))
        }
        expect(programme.refusal(add("   ")), field: "name", mentions: "empty")
        expect(programme.refusal(add("Lotte\nde Vries")), field: "name", mentions: "single line")
        expect(programme.refusal(add(String(repeating: "a", count: 201))), field: "name", mentions: "at most 200")
        #expect(programme.refusal(add(String(repeating: "a", count: 200))) == nil)
    }

    @Test("the programme is defined once, and nothing else is recorded before it")
    func definedOnce() throws {
        let programme = try GovernanceProgramme()
        expect(programme.refusal(.defineProgramme(.zuidLimburg), as: nil), field: "programme", mentions: "already")
        let empty = ProgrammeState()
        let command = Command.addMember(
            AddMember(name: "Sanne", constituency: .youth, represents: nil, date: day("2023-01-16")))
        #expect(
            throws: RuleViolation("programme", "there is no programme in this store yet: run `programctl init` first")
        ) {
            try decide(command, state: empty, context: GovernanceProgramme.context(nil))
        }
    }
}

@Suite("Governance rules: meetings and decisions")
struct GovernanceDecisionRulesTests {
    @Test("quorum with an odd number of active members: 3 of 5")
    func quorumOdd() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        expect(
            programme.refusal(decision(meeting("2023-02-06", ["K1", "K4"], for: 2))), field: "present",
            mentions: "2 of 5 active members", "(3)", "quorum")
        #expect(programme.refusal(decision(meeting("2023-02-06", ["K1", "K2", "K4"], for: 3))) == nil)
    }

    @Test("quorum with an even number of active members: half, 2 of 4")
    func quorumEven() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.leave("K5", on: "2023-02-01")
        expect(
            programme.refusal(decision(meeting("2023-02-06", ["K1"], for: 1))), field: "present",
            mentions: "1 of 4 active members", "(2)", "quorum")
        #expect(programme.refusal(decision(meeting("2023-02-06", ["K1", "K4"], for: 2))) == nil)
    }

    @Test("quorum counts the members active on the meeting's date, not today's")
    func quorumOnTheMeetingDate() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.addMember("Lotte", .youth, on: "2023-06-01")
        try programme.addMember("Sem", .youth, on: "2023-06-01")
        // On 2023-02-06 five members were active: three present is a quorum even though seven are active now.
        #expect(programme.refusal(decision(meeting("2023-02-06", ["K1", "K2", "K4"], for: 3))) == nil)
        expect(
            programme.refusal(decision(meeting("2023-06-05", ["K1", "K2", "K4"], for: 3))), field: "present",
            mentions: "3 of 7", "quorum")
    }

    @Test("those present must be members on the meeting's date")
    func presentMembers() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.addMember("Lotte", .youth, on: "2023-06-01")
        try programme.leave("K2", on: "2024-01-01")
        let refusal = { (date: String, present: [MemberID]) in
            programme.refusal(decision(meeting(date, present, for: present.count)))
        }
        expect(refusal("2023-02-06", ["K1", "K2", "K9"]), field: "present", mentions: "K9", "not a member")
        expect(refusal("2023-02-06", ["K1", "K2", "K6"]), field: "present", mentions: "K6 joined", "2023-06-01")
        expect(refusal("2024-01-01", ["K1", "K2", "K3"]), field: "present", mentions: "K2 left", "2024-01-01")
        #expect(refusal("2023-12-31", ["K1", "K2", "K3"]) == nil)
        expect(refusal("2023-02-06", ["K1", "K2", "K1"]), field: "present", mentions: "twice")
        expect(refusal("2023-02-06", []), field: "present", mentions: "name the members")
    }

    @Test("nothing about us without us: a youth, parent or client representative is present")
    func clientVoicePresent() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.addMember("P. Smeets", .municipality, represents: "Maastricht", on: "2023-01-16")
        expect(
            programme.refusal(decision(meeting("2023-02-06", ["K4", "K5", "K6"], for: 3))), field: "present",
            mentions: "niet over ons zonder ons")
        #expect(programme.refusal(decision(meeting("2023-02-06", ["K3", "K5", "K6"], for: 3))) == nil)
    }

    @Test("every member present votes, and no count is negative")
    func votesAddUp() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let present: [MemberID] = ["K1", "K2", "K4"]
        expect(
            programme.refusal(decision(meeting("2023-02-06", present, for: 2))), field: "votes",
            mentions: "2 votes", "3 members present")
        expect(
            programme.refusal(decision(meeting("2023-02-06", present, for: 3, against: 1))), field: "votes",
            mentions: "4 votes")
        expect(
            programme.refusal(decision(meeting("2023-02-06", present, for: 4, against: -1))), field: "votes",
            mentions: "negative")
        #expect(programme.refusal(decision(meeting("2023-02-06", present, for: 2, against: 0, abstain: 1))) == nil)
    }

    @Test("the outcome follows the vote: adopted needs a majority, rejected must not have one")
    func outcomeFollowsTheVote() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let present: [MemberID] = ["K1", "K2", "K3", "K4"]
        let tie = meeting("2023-02-06", present, for: 2, against: 2)
        let majority = meeting("2023-02-06", present, for: 3, against: 1)
        expect(programme.refusal(decision(tie, outcome: .adopted)), field: "votes", mentions: "2 for, 2 against")
        expect(
            programme.refusal(decision(majority, outcome: .rejected)), field: "outcome",
            mentions: "3 voted for and 1 against")
        #expect(programme.refusal(decision(tie, outcome: .rejected)) == nil)
        #expect(programme.refusal(decision(majority, outcome: .adopted)) == nil)
        #expect(programme.refusal(decision(tie, outcome: .deferred)) == nil)
    }

    @Test("a meeting is dated from the programme's start up to today")
    func meetingDates() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        expect(
            programme.refusal(decision(meeting("2021-12-31", ["K1", "K2", "K3"], for: 3))), field: "date",
            mentions: "before the programme started")
        expect(
            programme.refusal(decision(meeting("2025-06-02", ["K1", "K2", "K3"], for: 3))), field: "date",
            mentions: "in the future")
    }

    @Test("titles and pillars are checked")
    func titlesAndPillars() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let quorate = meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)
        expect(
            programme.refusal(decision(quorate, title: String(repeating: "é", count: 201))), field: "title",
            mentions: "201 characters", "at most 200")
        expect(
            programme.refusal(decision(quorate, title: "Werk\u{1B}wijze")), field: "title",
            mentions: "control characters (found U+001B)")
        expect(
            programme.refusal(decision(quorate, title: "Werk\u{7}wijze")), field: "title",
            mentions: "control characters (found U+0007)")
        expect(
            programme.refusal(decision(quorate, title: "Werkwijze\nkerngroep")), field: "title",
            mentions: "must be a single line")
        expect(programme.refusal(decision(quorate, pillars: [4])), field: "pillar", mentions: "1–3")
        expect(programme.refusal(decision(quorate, pillars: [1, 1])), field: "pillar", mentions: "twice")
    }

    @Test("amendments are kept in the decision's history, oldest first")
    func amendmentHistory() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)))
        try programme.record(amendment("B1", meeting("2023-03-06", ["K1", "K2", "K3"], for: 3)))
        try programme.record(
            amendment(
                "B1", meeting("2023-04-03", ["K1", "K3", "K4"], for: 2, against: 1), reason: "Nieuwe titel",
                title: "Werkwijze kerngroep 2023", pillars: nil))
        let b1 = try #require(programme.state.decisions["B1"])
        #expect(b1.amendments.map(\.reason) == ["Pijler 3 toegevoegd", "Nieuwe titel"])
        #expect(b1.amendments.map(\.meeting.date) == [day("2023-03-06"), day("2023-04-03")])
        #expect(b1.title == "Werkwijze kerngroep 2023")
        #expect(b1.pillars == [1, 2, 3])
        #expect(b1.meeting.date == day("2023-02-06"))
        #expect(b1.lastChanged == day("2023-04-03"))
        #expect(b1.revocation == nil)
    }

    @Test("an amendment changes something, is adopted, and comes after the last change")
    func amendmentRules() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)))
        try programme.record(amendment("B1", meeting("2023-03-06", ["K1", "K2", "K3"], for: 3)))
        let quorate = meeting("2023-04-03", ["K1", "K2", "K3"], for: 3)
        expect(programme.refusal(amendment("B7", quorate)), field: "decision", mentions: "B7", "not a recorded")
        expect(programme.refusal(amendment("B1", quorate, reason: " ")), field: "reason", mentions: "empty")
        expect(programme.refusal(amendment("B1", quorate, pillars: nil)), field: "amendment", mentions: "nothing")
        expect(
            programme.refusal(amendment("B1", meeting("2023-04-03", ["K1", "K2", "K3"], for: 1, against: 2))),
            field: "votes", mentions: "an amendment")
        expect(
            programme.refusal(amendment("B1", meeting("2023-03-01", ["K1", "K2", "K3"], for: 3))), field: "date",
            mentions: "last changed on 2023-03-06")
    }

    @Test("a revoked decision can be neither amended nor revoked again")
    func revokedDecisions() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)))
        let quorate = meeting("2024-01-15", ["K1", "K2", "K3"], for: 3)
        expect(programme.refusal(revocation("B2", quorate)), field: "decision", mentions: "B2", "not a recorded")
        expect(
            programme.refusal(revocation("B1", meeting("2024-01-15", ["K1", "K2", "K3"], for: 0, abstain: 3))),
            field: "votes", mentions: "a revocation")
        try programme.record(revocation("B1", quorate))
        #expect(programme.state.decisions["B1"]?.revocation?.meeting.date == day("2024-01-15"))
        #expect(programme.state.decisions["B1"]?.lastChanged == day("2024-01-15"))
        let later = meeting("2024-02-05", ["K1", "K2", "K3"], for: 3)
        expect(programme.refusal(revocation("B1", later)), field: "decision", mentions: "revoked on 2024-01-15")
        expect(programme.refusal(amendment("B1", later)), field: "decision", mentions: "revoked on 2024-01-15")
    }

    @Test("decisions are numbered B1, B2, … whatever their outcome")
    func decisionNumbers() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        let events = try programme.record(
            decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 1, against: 2), outcome: .rejected))
        try programme.record(decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)))
        guard case .decisionRecorded(let first) = events.first else {
            Issue.record("expected DecisionRecorded, got \(events)")
            return
        }
        #expect(first.decision == "B1")
        #expect(first.outcome == .rejected)
        #expect(programme.state.decisions.keys.sorted() == ["B1", "B2"])
    }
}

@Suite("Governance rules: the plan of approach")
struct GovernancePlanRulesTests {
    private static func drafted() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(
            .draftPlan(
                DraftPlan(
                    title: "Plan van aanpak cliëntparticipatie", summary: "Bottom-up, drie pijlers",
                    date: day("2023-04-17"), informedBy: [])))
        return programme
    }

    @Test("versions are numbered 1, 2, … and a new one comes after the previous")
    func versions() throws {
        var programme = try Self.drafted()
        let draft = { (date: String) in
            Command.draftPlan(DraftPlan(title: "Versie", summary: "Bijgesteld", date: day(date), informedBy: []))
        }
        expect(programme.refusal(draft("2023-04-01")), field: "date", mentions: "version 1 was drafted on 2023-04-17")
        try programme.record(draft("2023-05-15"))
        #expect(programme.state.planVersions.keys.sorted() == [1, 2])
        #expect(programme.state.planVersions[2]?.drafted == day("2023-05-15"))
    }

    @Test("submitting: an existing version, once, on or after its draft")
    func submitting() throws {
        expect(
            try GovernanceProgramme.withFiveMembers().refusal(
                .submitPlan(SubmitPlan(version: 1, date: day("2023-05-01")))),
            field: "version", mentions: "there is no plan version 1 (none drafted yet)")
        var programme = try Self.drafted()
        let submit = { (version: Int, date: String) in
            Command.submitPlan(SubmitPlan(version: version, date: day(date)))
        }
        expect(programme.refusal(submit(2, "2023-05-01")), field: "version", mentions: "no plan version 2", "1")
        expect(programme.refusal(submit(1, "2023-04-16")), field: "date", mentions: "drafted on 2023-04-17")
        try programme.record(submit(1, "2023-05-01"))
        #expect(programme.state.planVersions[1]?.submitted == day("2023-05-01"))
        expect(
            programme.refusal(submit(1, "2023-05-02")), field: "version", mentions: "already submitted on 2023-05-01")
    }

    @Test("a municipality decides only on a submitted version, after submission")
    func decidingNeedsSubmission() throws {
        var programme = try Self.drafted()
        expect(
            programme.refusal(planDecision(1, "Heerlen", on: "2023-06-20")), field: "version",
            mentions: "not submitted")
        expect(
            programme.refusal(planDecision(3, "Heerlen", on: "2023-06-20")), field: "version",
            mentions: "no plan version 3")
        try programme.record(.submitPlan(SubmitPlan(version: 1, date: day("2023-05-01"))))
        expect(
            programme.refusal(planDecision(1, "Heerlen", on: "2023-04-30")), field: "date",
            mentions: "submitted on 2023-05-01")
        expect(
            programme.refusal(planDecision(1, "Atlantis", on: "2023-06-20")), field: "municipality",
            mentions: "'Atlantis'")
        expect(
            programme.refusal(planDecision(1, "Nuth", on: "2023-06-20")), field: "municipality",
            mentions: "did not exist")
    }

    @Test("adoption counts each municipality's latest decision")
    func adoptionCounting() throws {
        var programme = try Self.drafted()
        try programme.record(.submitPlan(SubmitPlan(version: 1, date: day("2023-05-01"))))
        try programme.record(planDecision(1, "Heerlen", on: "2023-06-20"))
        try programme.record(planDecision(1, "GM0935", .adoptedWithAmendments, on: "2023-06-27"))
        try programme.record(planDecision(1, "Kerkrade", .rejected, on: "2023-07-04"))
        try programme.record(planDecision(1, "Vaals", on: "2023-07-04"))
        expect(
            programme.refusal(planDecision(1, "Vaals", .rejected, on: "2023-07-03")), field: "date",
            mentions: "Vaals already decided on 2023-07-04")
        try programme.record(planDecision(1, "Vaals", .rejected, on: "2023-09-12"))
        try programme.record(planDecision(1, "Kerkrade", .adopted, on: "2023-09-19"))

        let plan = try #require(programme.state.planVersions[1])
        #expect(plan.history.count == 6)
        #expect(plan.decisions.count == 4)
        #expect(plan.decisions.values.filter(\.outcome.isAdoption).count == 3)
        #expect(plan.decisions["GM0935"]?.outcome == .adoptedWithAmendments)
        #expect(plan.decisions["GM0981"]?.outcome == .rejected)
        #expect(ProgrammeDefinition.zuidLimburg.municipalities(on: plan.submitted!).count == 16)
    }
}

@Suite("Governance rules: the policy framework")
struct GovernanceFrameworkRulesTests {
    private static func withGoal() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(goal())
        return programme
    }

    @Test("targets lie within the framework years 2024–2028")
    func targetYears() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        expect(programme.refusal(goal(targets: [2023: 15])), field: "target", mentions: "2023", "2024–2028")
        expect(programme.refusal(goal(targets: [2029: 70])), field: "target", mentions: "2029", "2024–2028")
        expect(programme.refusal(goal(targets: [:])), field: "target", mentions: "at least one")
        expect(programme.refusal(goal(targets: [2028: .infinity])), field: "target", mentions: "finite")
        #expect(programme.refusal(goal(targets: [2024: 20, 2028: 60])) == nil)
    }

    @Test("a baseline year lies up to the framework's first year")
    func baselineYear() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        expect(programme.refusal(goal(baselineYear: 2025)), field: "baseline-year", mentions: "2025", "2024")
        expect(programme.refusal(goal(baselineYear: 2011)), field: "baseline-year", mentions: "from 2012")
        #expect(programme.refusal(goal(baselineYear: 2012)) == nil)
        #expect(programme.refusal(goal(baselineYear: 2024)) == nil)
    }

    @Test("a measurement is of a known goal, for a period within the framework")
    func measurements() throws {
        var programme = try Self.withGoal()
        let measure = { (goal: GoalID, period: String, date: String) in
            Command.recordMeasurement(
                RecordMeasurement(goal: goal, period: Period(text: period)!, value: 22, note: nil, date: day(date)))
        }
        expect(programme.refusal(measure("D1", "2023", "2024-01-10")), field: "period", mentions: "2024–2028")
        expect(programme.refusal(measure("D1", "2029-Q1", "2025-01-10")), field: "period", mentions: "2024–2028")
        expect(programme.refusal(measure("D2", "2024", "2025-01-20")), field: "goal", mentions: "D2")
        expect(programme.refusal(measure("D1", "2025", "2024-12-31")), field: "date", mentions: "before the period")
        expect(
            programme.refusal(measure("D1", "2024-H2", "2024-06-30")), field: "date",
            mentions: "before the period 2024-H2 began (2024-07-01)")
        expect(
            programme.refusal(measure("D1", "2024-Q4", "2024-09-30")), field: "date",
            mentions: "before the period 2024-Q4 began (2024-10-01)")
        #expect(programme.refusal(measure("D1", "2024-Q2", "2024-04-01")) == nil)
        try programme.record(measure("D1", "2024-H1", "2024-07-10"))
        try programme.record(measure("D1", "2024", "2025-01-20"))
        #expect(
            programme.state.goals["D1"]?.measurements.keys.sorted() == [Period(text: "2024-H1")!, Period(year: 2024)])
    }

    @Test("an adjustment states a reason and changes something; its targets merge year by year")
    func adjustments() throws {
        var programme = try Self.withGoal()
        let adjust = { (reason: String, targets: [Int: Double]) in
            Command.adjustGoal(
                AdjustGoal(
                    goal: "D1", reason: reason, date: day("2025-02-03"), title: nil, indicator: nil, targets: targets))
        }
        expect(programme.refusal(adjust("", [2028: 70])), field: "reason", mentions: "must not be empty")
        expect(programme.refusal(adjust("  \n ", [2028: 70])), field: "reason", mentions: "must not be empty")
        expect(programme.refusal(adjust("Ambitie verhoogd", [:])), field: "adjustment", mentions: "nothing")
        expect(programme.refusal(adjust("Ambitie verhoogd", [2030: 80])), field: "target", mentions: "2030")
        try programme.record(adjust("Ambitie verhoogd", [2028: 70, 2026: 45]))
        let d1 = try #require(programme.state.goals["D1"])
        #expect(d1.targets == [2024: 20, 2026: 45, 2028: 70])
        #expect(d1.adjustments.map(\.reason) == ["Ambitie verhoogd"])
    }
}

@Suite("Governance rules: folding")
struct GovernanceFoldingTests {
    @Test("the state folded from a governance history holds what each event said, in order")
    func foldKeepsTheHistory() throws {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)))
        try programme.record(amendment("B1", meeting("2023-03-06", ["K1", "K2", "K4"], for: 3)))
        try programme.record(
            .draftPlan(DraftPlan(title: "Plan", summary: "Kort", date: day("2023-04-17"), informedBy: [])))
        try programme.record(.submitPlan(SubmitPlan(version: 1, date: day("2023-05-01"))))
        try programme.record(planDecision(1, "Heerlen", on: "2023-06-20"))
        try programme.record(goal())
        try programme.leave("K5", on: "2024-01-01")
        try programme.record(revocation("B1", meeting("2024-01-15", ["K1", "K2", "K3"], for: 3)))
        #expect(programme.events.count == 14)

        let state = programme.state
        let b1 = try #require(state.decisions["B1"])
        #expect(b1.pillars == [1, 2, 3], "the amendment's pillars replace the decision's")
        #expect(b1.amendments.map(\.meeting.date) == [day("2023-03-06")])
        #expect(b1.revocation?.meeting.date == day("2024-01-15"))
        #expect(b1.lastChanged == day("2024-01-15"))
        let plan = try #require(state.planVersions[1])
        #expect(plan.submitted == day("2023-05-01"))
        #expect(plan.history.map(\.municipality) == ["GM0917"])
        #expect(state.goals["D1"]?.added == day("2023-09-04"))
        #expect(state.members["K5"]?.left == day("2024-01-01"))
        #expect(state.activeMembers(on: day("2024-01-01")).map(\.id) == ["K1", "K2", "K3", "K4"])
        #expect(state.nextID() as DecisionID == "B2")
        #expect(state.nextID() as GoalID == "D2")
    }

    @Test("decide reads its arguments only: a refused command changes nothing, an accepted one is not applied")
    func decideIsPure() throws {
        let programme = try GovernanceProgramme.withFiveMembers()
        let before = programme.state
        _ = programme.refusal(decision(meeting("2023-02-06", ["K1"], for: 1)))
        let events = try decide(
            decision(meeting("2023-02-06", ["K1", "K2", "K3"], for: 3)), state: before,
            context: GovernanceProgramme.context("K1"))
        #expect(events.count == 1)
        #expect(before == programme.state)
        #expect(before.decisions.isEmpty)
    }
}
