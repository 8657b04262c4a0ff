import Foundation
import Program
import Testing

/// The participation bodies and the advice rules on `decide` alone: each refusal's field and rule,
/// and the accepted command beside it. No store, no processes.
struct AdviceProgramme {
    /// Five core group members; O1 "Jongerenraad Zuid-Limburg" (youth) established 2024-03-04 with
    /// L1 and L2 (youth) joining that day; O2 "Regionaal Expertteam" (care providers and
    /// municipalities, binding advice) established 2024-01-08 with L3 (care provider Mondriaan).
    static func withBodies() throws -> GovernanceProgramme {
        var programme = try GovernanceProgramme.withFiveMembers()
        try programme.record(establish("Jongerenraad Zuid-Limburg", .youthCouncil, [.youth], on: "2024-03-04"))
        try programme.record(join("O1", "Noor", .youth, on: "2024-03-04"))
        try programme.record(join("O1", "Sem", .youth, on: "2024-03-04"))
        try programme.record(
            establish(
                "Regionaal Expertteam", .expertTeam, [.careProvider, .municipality], binding: true, on: "2024-01-08"))
        try programme.record(join("O2", "Dr. Ramaekers", .careProvider, represents: "Mondriaan", on: "2024-01-08"))
        return programme
    }

    static func establish(
        _ name: String, _ type: BodyType, _ constituencies: [Constituency.Kind], municipality: String? = nil,
        binding: Bool = false, on date: String
    ) -> Command {
        .establishBody(
            EstablishBody(
                name: name, type: type, constituencies: constituencies, municipality: municipality,
                bindingAdvice: binding, date: day(date)))
    }

    static func join(
        _ body: BodyID, _ name: String, _ kind: Constituency.Kind, represents: String? = nil, on date: String
    ) -> Command {
        .joinBody(JoinBody(body: body, name: name, constituency: kind, represents: represents, date: day(date)))
    }

    /// O1 asked by the core group on 2024-04-02, due 2024-05-14, at level 3 under pillar 3.
    static func request(
        body: BodyID = "O1", to addressee: AdviceAddressee.Kind = .coreGroup, name: String? = nil,
        level: ParticipationLevel = .advise, on date: String = "2024-04-02", due: String = "2024-05-14"
    ) -> Command {
        .requestAdvice(
            RequestAdvice(
                body: body, addressee: addressee, addresseeName: name, title: "Vast aanspreekpunt",
                question: "Hoe vinden jongeren hun vaste aanspreekpunt?", pillars: [3], themes: ["aanspreekpunt"],
                participationLevel: level, date: day(date), due: day(due)))
    }

    /// Advice answering `request`, changed by `change`.
    static func give(
        _ request: AdviceID?, on date: String = "2024-05-06", _ change: (inout GiveAdvice) -> Void = { _ in }
    ) -> Command {
        var advice = GiveAdvice(
            request: request, body: nil, addressee: nil, addresseeName: nil, title: nil,
            text: "Eén vast aanspreekpunt per jongere.", pillars: nil, themes: [], participationLevel: nil,
            members: [], date: day(date))
        change(&advice)
        return .giveAdvice(advice)
    }

    /// Unrequested advice of `body` to the region, at `level`.
    static func unrequested(
        body: BodyID = "O1", level: ParticipationLevel = .advise, on date: String = "2024-06-10"
    ) -> Command {
        give(nil, on: date) {
            $0.body = body
            $0.addressee = .region
            $0.title = "Wachttijden"
            $0.participationLevel = level
        }
    }

    static func respond(
        _ advice: AdviceID, _ outcome: AdviceOutcome, reason: String? = nil, into: InputUse? = nil,
        on date: String = "2024-06-03"
    ) -> Command {
        .respondToAdvice(RespondToAdvice(advice: advice, outcome: outcome, reason: reason, into: into, date: day(date)))
    }

    static func carryOut(_ advice: AdviceID, on date: String) -> Command {
        .carryOutAdvice(CarryOutAdvice(advice: advice, note: nil, date: day(date)))
    }

    static func react(_ advice: AdviceID, on date: String) -> Command {
        .reactToAdviceResponse(ReactToAdviceResponse(advice: advice, text: "Goed dat het er komt.", date: day(date)))
    }
}

@Suite("Participation bodies: establishing, joining, leaving")
struct BodyRulesTests {
    @Test("bodies get O ids, members L ids and sealed names under their own subjects")
    func idsAndSealedNames() throws {
        let programme = try AdviceProgramme.withBodies()
        #expect(programme.state.bodies.keys.sorted() == ["O1", "O2"])
        #expect(programme.state.bodyMembers.keys.sorted() == ["L1", "L2", "L3"])
        #expect(programme.state.bodies["O2"]?.bindingAdvice == true)
        #expect(programme.state.bodyMembers["L3"]?.constituency == .careProvider(name: "Mondriaan"))
        let subjects = programme.state.bodyMembers.values.map(\.name.subject)
        #expect(Set(subjects).count == 3)
        #expect(subjects.allSatisfy(programme.state.subjects.contains))
        #expect(programme.state.members(of: "O1", on: day("2024-03-03")).isEmpty)
        #expect(programme.state.members(of: "O1", on: day("2024-03-04")).map(\.id) == ["L1", "L2"])
    }

    @Test("establishing: a name, once; whom it speaks for; a municipality that exists; a date")
    func establishing() throws {
        let programme = try AdviceProgramme.withBodies()
        let establish = { (name: String, constituencies: [Constituency.Kind], municipality: String?, date: String) in
            AdviceProgramme.establish(
                name, .parentPanel, constituencies, municipality: municipality, on: date)
        }
        expect(programme.refusal(establish(" ", [.parent], nil, "2024-05-01")), field: "name", mentions: "empty")
        expect(
            programme.refusal(establish("jongerenraad zuid-limburg", [.parent], nil, "2024-05-01")), field: "name",
            mentions: "O1 is already called 'Jongerenraad Zuid-Limburg'")
        expect(
            programme.refusal(establish("Ouderpanel", [], nil, "2024-05-01")), field: "constituency",
            mentions: "at least one")
        expect(
            programme.refusal(establish("Ouderpanel", [.parent, .parent], nil, "2024-05-01")), field: "constituency",
            mentions: "twice")
        expect(
            programme.refusal(establish("Ouderpanel", [.parent], "Atlantis", "2024-05-01")), field: "municipality",
            mentions: "'Atlantis' is not a municipality")
        expect(
            programme.refusal(establish("Ouderpanel", [.parent], nil, "2021-12-31")), field: "date",
            mentions: "before the programme started")
        expect(
            programme.refusal(establish("Ouderpanel", [.parent], nil, "2025-06-02")), field: "date", mentions: "future")
        #expect(programme.refusal(establish("Ouderpanel Heerlen", [.parent], "Heerlen", "2024-05-01")) == nil)
    }

    @Test("joining: an established body, on or after its day, from a constituency it speaks for")
    func joining() throws {
        let programme = try AdviceProgramme.withBodies()
        expect(
            programme.refusal(AdviceProgramme.join("O9", "Lisa", .youth, on: "2024-04-01")), field: "body",
            mentions: "O9 is not a participation body")
        expect(
            programme.refusal(AdviceProgramme.join("O1", "Lisa", .youth, on: "2024-03-03")), field: "date",
            mentions: "O1 was established on 2024-03-04")
        expect(
            programme.refusal(AdviceProgramme.join("O1", "Lisa", .parent, on: "2024-04-01")), field: "constituency",
            mentions: "O1 (Jongerenraad Zuid-Limburg) speaks for youth, not for parent")
        expect(
            programme.refusal(AdviceProgramme.join("O1", "Lisa", .youth, represents: "Heerlen", on: "2024-04-01")),
            field: "represents", mentions: "leave out 'Heerlen'")
        expect(
            programme.refusal(AdviceProgramme.join("O2", "Ambtenaar", .municipality, on: "2024-04-01")),
            field: "represents", mentions: "names the municipality")
        #expect(programme.refusal(AdviceProgramme.join("O1", "Lisa", .youth, on: "2024-03-04")) == nil)
    }

    @Test("leaving: a member, once, after joining")
    func leaving() throws {
        var programme = try AdviceProgramme.withBodies()
        let leave = { (member: BodyMemberID, date: String) in
            Command.leaveBody(LeaveBody(member: member, date: day(date), reason: "18 geworden"))
        }
        expect(programme.refusal(leave("L9", "2024-06-01")), field: "member", mentions: "L9 is not a member")
        expect(programme.refusal(leave("L1", "2024-03-04")), field: "date", mentions: "joined on 2024-03-04")
        try programme.record(leave("L1", "2024-06-01"))
        #expect(programme.state.members(of: "O1", on: day("2024-06-01")).map(\.id) == ["L2"])
        expect(programme.refusal(leave("L1", "2024-07-01")), field: "member", mentions: "already left O1 on 2024-06-01")
    }
}

@Suite("Advice: requested and unrequested, responded to, carried out, reacted to")
struct AdviceRulesTests {
    @Test("a request: an established body, a due date on or after it, an addressee, a level 2 to 5")
    func requesting() throws {
        let programme = try AdviceProgramme.withBodies()
        expect(
            programme.refusal(AdviceProgramme.request(body: "O7")), field: "body",
            mentions: "O7 is not a participation body")
        expect(
            programme.refusal(AdviceProgramme.request(on: "2024-03-01", due: "2024-04-01")), field: "date",
            mentions: "O1 was established on 2024-03-04")
        expect(
            programme.refusal(AdviceProgramme.request(due: "2024-04-01")), field: "due",
            mentions: "2024-04-01 is before the request (2024-04-02)")
        expect(
            programme.refusal(AdviceProgramme.request(to: .municipality)), field: "to-name",
            mentions: "name the municipality")
        expect(
            programme.refusal(AdviceProgramme.request(to: .coreGroup, name: "Heerlen")), field: "to-name",
            mentions: "leave out 'Heerlen'")
        expect(
            programme.refusal(AdviceProgramme.request(to: .municipality, name: "Nuth")), field: "to-name",
            mentions: "Nuth did not exist")
        for level in [ParticipationLevel.inform, .selfManage] {
            expect(programme.refusal(AdviceProgramme.request(level: level)), field: "level", mentions: "levels 2 to 5")
        }
        #expect(programme.refusal(AdviceProgramme.request(to: .municipality, name: "gm0917")) == nil)
        #expect(programme.refusal(AdviceProgramme.request(due: "2024-04-02")) == nil)
    }

    @Test("requested advice answers its request: after it, once, from its body, to whoever asked, at the level asked")
    func givingOnRequest() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(AdviceProgramme.request())
        expect(programme.refusal(AdviceProgramme.give("AD9")), field: "request", mentions: "AD9 is not recorded advice")
        expect(
            programme.refusal(AdviceProgramme.give("AD1", on: "2024-04-01")), field: "date",
            mentions: "AD1 was requested on 2024-04-02")
        expect(
            programme.refusal(AdviceProgramme.give("AD1") { $0.body = "O2" }), field: "body",
            mentions: "AD1 was asked of O1, not of O2")
        expect(
            programme.refusal(AdviceProgramme.give("AD1") { $0.addressee = .region }), field: "to",
            mentions: "goes to whoever asked for it (core-group)")
        expect(
            programme.refusal(AdviceProgramme.give("AD1") { $0.participationLevel = .coproduce }), field: "level",
            mentions: "AD1 was asked at level 3")
        try programme.record(AdviceProgramme.give("AD1"))
        let given = try #require(programme.state.advice["AD1"]?.given)
        #expect(given.requested && given.title == "Vast aanspreekpunt" && given.pillars == [3])
        #expect(given.themes == ["aanspreekpunt"] && given.participationLevel == .advise && !given.binding)
        expect(
            programme.refusal(AdviceProgramme.give("AD1", on: "2024-05-07")), field: "request",
            mentions: "AD1 was already answered with advice on 2024-05-06")
    }

    @Test("the members named gave it as members of the body that day; a body without members gives no advice")
    func membersOnTheDay() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(AdviceProgramme.request())
        try programme.record(Command.leaveBody(LeaveBody(member: "L2", date: day("2024-05-01"), reason: nil)))
        expect(
            programme.refusal(AdviceProgramme.give("AD1") { $0.members = ["L1", "L2"] }), field: "members",
            mentions: "L2 was not a member of O1 on 2024-05-06")
        expect(
            programme.refusal(AdviceProgramme.give("AD1") { $0.members = ["L3"] }), field: "members",
            mentions: "L3 is not a member of O1")
        expect(
            programme.refusal(AdviceProgramme.give("AD1") { $0.members = ["L1", "L1"] }), field: "members",
            mentions: "twice")
        #expect(programme.refusal(AdviceProgramme.give("AD1", on: "2024-04-30") { $0.members = ["L1", "L2"] }) == nil)
        try programme.record(Command.leaveBody(LeaveBody(member: "L1", date: day("2024-05-02"), reason: nil)))
        expect(
            programme.refusal(AdviceProgramme.give("AD1")), field: "body",
            mentions: "O1 had no members on 2024-05-06")
    }

    @Test("unrequested advice names its body, addressee, title and level, and gets a new id")
    func unrequested() throws {
        var programme = try AdviceProgramme.withBodies()
        let base = AdviceProgramme.unrequested()
        guard case .giveAdvice(let advice) = base else {
            Issue.record("unrequested advice is given with giveAdvice")
            return
        }
        func without(_ change: (inout GiveAdvice) -> Void) -> Command {
            var copy = advice
            change(&copy)
            return .giveAdvice(copy)
        }
        expect(programme.refusal(without { $0.body = nil }), field: "body", mentions: "name the body")
        expect(programme.refusal(without { $0.addressee = nil }), field: "to", mentions: "name to whom")
        expect(programme.refusal(without { $0.title = nil }), field: "title", mentions: "needs a title")
        expect(
            programme.refusal(without { $0.participationLevel = nil }), field: "level", mentions: "participation level")
        expect(
            programme.refusal(without { $0.participationLevel = .inform }), field: "level", mentions: "levels 2 to 5")
        expect(programme.refusal(without { $0.text = "" }), field: "text", mentions: "empty")
        try programme.record(AdviceProgramme.request())
        try programme.record(base)
        let given = try #require(programme.state.advice["AD2"]?.given)
        #expect(!given.requested && given.addressee == .region && !given.binding)
    }

    @Test("advice binds when its body's advice does, or when it is given at level 4 or higher")
    func binding() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(AdviceProgramme.unrequested(body: "O2"))
        try programme.record(AdviceProgramme.unrequested(level: .coproduce))
        try programme.record(AdviceProgramme.unrequested(level: .consult))
        #expect(programme.state.advice["AD1"]?.given?.binding == true)
        #expect(programme.state.advice["AD2"]?.given?.binding == true)
        #expect(programme.state.advice["AD3"]?.given?.binding == false)
    }

    @Test("a response: to given advice, after it, once; not adopting it (fully) needs the reason")
    func responding() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(AdviceProgramme.request())
        expect(
            programme.refusal(AdviceProgramme.respond("AD1", .adopted)), field: "advice",
            mentions: "AD1 was requested but not given yet")
        expect(
            programme.refusal(AdviceProgramme.respond("AD5", .adopted)), field: "advice",
            mentions: "not recorded advice")
        try programme.record(AdviceProgramme.give("AD1"))
        expect(
            programme.refusal(AdviceProgramme.respond("AD1", .adopted, on: "2024-05-05")), field: "date",
            mentions: "AD1 was given on 2024-05-06")
        for outcome in [AdviceOutcome.notAdopted, .adoptedInPart] {
            expect(
                programme.refusal(AdviceProgramme.respond("AD1", outcome)), field: "reason",
                mentions: "needs the reason")
            expect(
                programme.refusal(AdviceProgramme.respond("AD1", outcome, reason: "  ")), field: "reason",
                mentions: "needs the reason")
        }
        #expect(programme.refusal(AdviceProgramme.respond("AD1", .adopted)) == nil)
        try programme.record(AdviceProgramme.respond("AD1", .notAdopted, reason: "Past niet in de begroting"))
        expect(
            programme.refusal(AdviceProgramme.respond("AD1", .adopted, on: "2024-06-04")), field: "advice",
            mentions: "AD1 was already responded to on 2024-06-03 (not-adopted)")
    }

    @Test("a response names the decision it was answered in: one dated after the advice, on or before the response")
    func answeredIn() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(decision(meeting("2024-04-08", ["K1", "K2", "K4"], for: 3)))
        try programme.record(AdviceProgramme.request())
        try programme.record(AdviceProgramme.give("AD1"))
        try programme.record(decision(meeting("2024-06-10", ["K1", "K2", "K4"], for: 3), title: "Aanspreekpunt"))
        expect(
            programme.refusal(AdviceProgramme.respond("AD1", .adopted, into: .decision("B9"))), field: "into",
            mentions: "B9 is not a recorded decision")
        expect(
            programme.refusal(AdviceProgramme.respond("AD1", .adopted, into: .decision("B1"))), field: "into",
            mentions: "B1 is dated 2024-04-08, before AD1 was given (2024-05-06)")
        expect(
            programme.refusal(AdviceProgramme.respond("AD1", .adopted, into: .decision("B2"))), field: "date",
            mentions: "B2 is dated 2024-06-10: the response comes on or after it")
        #expect(
            programme.refusal(AdviceProgramme.respond("AD1", .adopted, into: .decision("B2"), on: "2024-06-10")) == nil)
    }

    @Test("binding advice is not declined, only adopted and carried out; only binding advice is carried out")
    func bindingAdvice() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(AdviceProgramme.unrequested(body: "O2"))
        try programme.record(AdviceProgramme.unrequested())
        for outcome in [AdviceOutcome.notAdopted, .adoptedInPart] {
            expect(
                programme.refusal(AdviceProgramme.respond("AD1", outcome, reason: "Te duur", on: "2024-06-11")),
                field: "outcome", mentions: "AD1 is binding advice", "only adopted and carried out")
        }
        expect(
            programme.refusal(AdviceProgramme.carryOut("AD2", on: "2024-06-11")), field: "advice",
            mentions: "AD2 is not binding")
        expect(
            programme.refusal(AdviceProgramme.carryOut("AD1", on: "2024-06-09")), field: "date",
            mentions: "AD1 was given on 2024-06-10")
        try programme.record(AdviceProgramme.respond("AD1", .adopted, on: "2024-06-12"))
        expect(
            programme.refusal(AdviceProgramme.carryOut("AD1", on: "2024-06-11")), field: "date",
            mentions: "AD1 was responded to on 2024-06-12")
        try programme.record(AdviceProgramme.carryOut("AD1", on: "2024-07-01"))
        expect(
            programme.refusal(AdviceProgramme.carryOut("AD1", on: "2024-07-02")), field: "advice",
            mentions: "AD1 was already carried out on 2024-07-01")
        // Carried out without a response first, binding advice needs none afterwards.
        try programme.record(AdviceProgramme.unrequested(body: "O2", on: "2024-08-01"))
        try programme.record(AdviceProgramme.carryOut("AD3", on: "2024-08-15"))
        expect(
            programme.refusal(AdviceProgramme.respond("AD3", .adopted, on: "2024-08-16")), field: "advice",
            mentions: "AD3 is binding and was carried out on 2024-08-15")
        #expect(programme.state.advice["AD3"]?.outcome == .adopted)
        #expect(programme.state.advice["AD3"]?.answered == day("2024-08-15"))
    }

    @Test("the body reacts once to the answer, on or after it")
    func reacting() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(AdviceProgramme.request())
        try programme.record(AdviceProgramme.give("AD1"))
        expect(
            programme.refusal(AdviceProgramme.react("AD1", on: "2024-06-20")), field: "advice",
            mentions: "AD1 has no response yet")
        try programme.record(AdviceProgramme.respond("AD1", .adoptedInPart, reason: "Geen app"))
        expect(
            programme.refusal(AdviceProgramme.react("AD1", on: "2024-06-02")), field: "date",
            mentions: "AD1 was answered on 2024-06-03")
        try programme.record(AdviceProgramme.react("AD1", on: "2024-06-20"))
        expect(
            programme.refusal(AdviceProgramme.react("AD1", on: "2024-06-21")), field: "advice",
            mentions: "O1 already reacted on 2024-06-20")
    }

    @Test("where advice stands on a day: requested, overdue, open, answered")
    func statuses() throws {
        var programme = try AdviceProgramme.withBodies()
        try programme.record(AdviceProgramme.request())
        let status = { (date: String) in programme.state.advice["AD1"]!.status(on: day(date), responseDays: 42) }
        #expect(status("2024-05-14") == .requested)
        #expect(status("2024-05-15") == .requestOverdue)
        try programme.record(AdviceProgramme.give("AD1"))
        #expect(status("2024-06-17") == .open)
        #expect(status("2024-06-18") == .overdue)
        try programme.record(AdviceProgramme.respond("AD1", .adoptedInPart, reason: "Geen app"))
        #expect(status("2024-06-18") == .adoptedInPart)
        #expect(programme.state.advice["AD1"]?.responseDue(within: 42) == day("2024-06-17"))
    }
}

@Suite("The programme's response time for advice")
struct AdviceResponseTimeTests {
    @Test("a definition recorded before the response time existed reads as six weeks")
    func versionOnePayload() throws {
        var payload =
            try JSONSerialization.jsonObject(
                with: JSONEncoder.eventPayloads().encode(ProgrammeDefined(definition: .zuidLimburg))) as! [String: Any]
        #expect((payload["definition"] as? [String: Any])?["adviceResponseDays"] == nil)
        let old = try ProgramEvent.decode(
            type: "ProgrammeDefined", schemaVersion: 1, payload: JSONSerialization.data(withJSONObject: payload))
        guard case .programmeDefined(let defined) = old else { throw Unexpected("not a ProgrammeDefined") }
        #expect(defined.definition == .zuidLimburg)
        #expect(defined.definition.responseDays == 42)
        var definition = payload["definition"] as! [String: Any]
        definition["adviceResponseDays"] = 28
        payload["definition"] = definition
        let new = try ProgramEvent.decode(
            type: "ProgrammeDefined", schemaVersion: 2, payload: JSONSerialization.data(withJSONObject: payload))
        guard case .programmeDefined(let defined) = new else { throw Unexpected("not a ProgrammeDefined") }
        #expect(defined.definition.responseDays == 28)
        #expect(throws: UnknownEvent.self) {
            try ProgramEvent.decode(
                type: "ProgrammeDefined", schemaVersion: 4, payload: JSONSerialization.data(withJSONObject: payload))
        }
    }

    @Test("a definition's response time is 1 to 365 days")
    func bounds() throws {
        for days in [0, 366] {
            var definition = ProgrammeDefinition.zuidLimburg
            definition.adviceResponseDays = days
            expect(
                GovernanceProgramme.refusalToDefine(definition), field: "advice-response-days",
                mentions: "1 to 365 days")
        }
        var definition = ProgrammeDefinition.zuidLimburg
        definition.adviceResponseDays = 28
        #expect(GovernanceProgramme.refusalToDefine(definition) == nil)
    }
}

/// A test's own failure, with a message.
private struct Unexpected: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension GovernanceProgramme {
    /// The rule that `init` with `definition` breaks on an empty store, or `nil`.
    static func refusalToDefine(_ definition: ProgrammeDefinition) -> RuleViolation? {
        do {
            _ = try decide(.defineProgramme(definition), state: ProgrammeState(), context: context(nil))
            return nil
        } catch {
            return error
        }
    }
}
