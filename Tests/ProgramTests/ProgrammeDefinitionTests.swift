import Foundation
import Program
import Testing

/// The definition's own rules: each refusal names its field and rule, and nothing is recorded
/// (``GovernanceProgramme/refusalToDefine(_:)`` decides on an empty state).
@Suite("A programme definition's rules")
struct ProgrammeDefinitionTests {
    /// Zuid-Limburg changed by `change`.
    static func changed(_ change: (inout ProgrammeDefinition) -> Void) -> ProgrammeDefinition {
        var definition = ProgrammeDefinition.zuidLimburg
        change(&definition)
        return definition
    }

    @Test("the built-in and the region definitions are accepted")
    func accepted() {
        for definition in [ProgrammeDefinition.zuidLimburg, .overijssel] {
            #expect(GovernanceProgramme.refusalToDefine(definition) == nil, "\(definition.region)")
        }
    }

    @Test("pillars are numbered 1, 2, 3, … and each has a name")
    func pillars() {
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.pillars.removeFirst() }), field: "pillars",
            mentions: "numbered 1, 2, 3")
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.pillars[1].name = "  " }), field: "pillars.name",
            mentions: "empty")
    }

    @Test("municipalities have unique codes; a programme of organisations may have none")
    func municipalities() {
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.municipalities.append($0.municipalities[0]) }),
            field: "municipalities", mentions: "unique code")
        #expect(GovernanceProgramme.refusalToDefine(Self.changed { $0.municipalities = [] }) == nil)
    }

    @Test("themes: each named once, not empty, at most 20")
    func themes() {
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.themes = ["Wonen", "wonen"] }), field: "themes",
            mentions: "twice")
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.themes = ["Wonen", ""] }), field: "themes",
            mentions: "empty")
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.themes = (1...21).map { "Thema \($0)" } }),
            field: "themes", mentions: "at most 20")
        #expect(GovernanceProgramme.refusalToDefine(Self.changed { $0.themes = ["Wonen", "School"] }) == nil)
    }

    @Test("the people concerned: at least one, once each, only youth, parents and client representatives")
    func peopleConcerned() {
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.peopleConcerned = [] }), field: "people-concerned",
            mentions: "at least one")
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.peopleConcerned = [.youth, .youth] }),
            field: "people-concerned", mentions: "twice")
        expect(
            GovernanceProgramme.refusalToDefine(Self.changed { $0.peopleConcerned = [.youth, .municipality] }),
            field: "people-concerned", mentions: "municipality speaks for no clients")
    }

    @Test("a meeting needs one of the people concerned present: a client representative alone counts only when named")
    func meetingNeedsThePeopleConcerned() throws {
        var programme = try GovernanceProgramme(Self.changed { $0.peopleConcerned = [.youth, .parent] })
        try programme.addMember("Ria", .clientRepresentative, on: "2023-01-16")
        try programme.addMember("J. Bakker", .municipality, represents: "Heerlen", on: "2023-01-16")
        let withoutYouthOrParent = decision(meeting("2023-02-06", ["K1", "K2"], for: 2))
        expect(
            programme.refusal(withoutYouthOrParent), field: "present", mentions: "no youth or parent present",
            "niet over ons zonder ons")
        try programme.addMember("Sanne", .youth, on: "2023-01-16")
        #expect(programme.refusal(decision(meeting("2023-02-06", ["K1", "K3"], for: 2))) == nil)

        var byDefault = try GovernanceProgramme()
        try byDefault.addMember("Ria", .clientRepresentative, on: "2023-01-16")
        try byDefault.addMember("J. Bakker", .municipality, represents: "Heerlen", on: "2023-01-16")
        #expect(byDefault.refusal(withoutYouthOrParent) == nil)
    }

    @Test("a definition of schema version 2 reads without themes and with the default people concerned")
    func versionTwoPayload() throws {
        var payload =
            try JSONSerialization.jsonObject(
                with: JSONEncoder.eventPayloads().encode(ProgrammeDefined(definition: .overijssel))) as! [String: Any]
        var definition = payload["definition"] as! [String: Any]
        #expect(definition["themes"] as? [String] == ProgrammeDefinition.overijssel.themes)
        definition["themes"] = nil
        definition["peopleConcerned"] = nil
        payload["definition"] = definition
        let old = try ProgramEvent.decode(
            type: "ProgrammeDefined", schemaVersion: 2, payload: JSONSerialization.data(withJSONObject: payload))
        guard case .programmeDefined(let defined) = old else {
            Issue.record("not a ProgrammeDefined")
            return
        }
        #expect(defined.definition.themes == nil)
        #expect(defined.definition.concerned == [.youth, .parent, .clientRepresentative])
        #expect(defined.definition.pillars == ProgrammeDefinition.overijssel.pillars)
    }
}
