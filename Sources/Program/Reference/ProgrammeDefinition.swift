import Foundation

/// What a participation programme is made of: its region, framework period, pillars, municipalities,
/// themes and whom "niet over ons zonder ons" (nothing about us without us) means.
///
/// Data, not code: `programctl init` records the built-in Zuid-Limburg definition, or one read
/// from a JSON file, so that the log describes itself and another region needs no code change.
public struct ProgrammeDefinition: Sendable, Hashable, Codable {
    /// E.g. "Cliënt- en jongerenparticipatie Zuid-Limburg".
    public var name: String
    /// E.g. "Zuid-Limburg".
    public var region: String
    /// E.g. "Beleidskader jeugdhulp Zuid-Limburg 2024–2028".
    public var frameworkTitle: String
    /// The first year of the policy framework.
    public var frameworkFirstYear: Int
    /// The last year of the policy framework.
    public var frameworkLastYear: Int
    /// The first date facts can carry (the programme's preparation began).
    public var startsOn: Day
    public var pillars: [Pillar]
    public var municipalities: [Municipality]
    /// The days an addressee has to respond to advice given to it (reactietermijn); `nil`:
    /// ``defaultAdviceResponseDays``. Definitions recorded before it existed have none.
    public var adviceResponseDays: Int?
    /// The themes the programme works on, e.g. Overijssel's five of 2022; `nil` or empty: none named.
    /// Definitions recorded before schema version 3 have none.
    public var themes: [String]?
    /// The constituencies that count as the people concerned: a core group meeting needs one of
    /// them present. `nil`: ``defaultPeopleConcerned``. Definitions recorded before schema
    /// version 3 have none.
    public var peopleConcerned: [Constituency.Kind]?

    /// Youth, parents and client representatives: the people concerned when a definition names none.
    public static let defaultPeopleConcerned: [Constituency.Kind] = [.youth, .parent, .clientRepresentative]

    /// Six weeks: the response time for advice when a definition names none.
    public static let defaultAdviceResponseDays = 42

    public init(
        name: String, region: String, frameworkTitle: String, frameworkFirstYear: Int, frameworkLastYear: Int,
        startsOn: Day, pillars: [Pillar], municipalities: [Municipality], adviceResponseDays: Int? = nil,
        themes: [String]? = nil, peopleConcerned: [Constituency.Kind]? = nil
    ) {
        self.name = name
        self.region = region
        self.frameworkTitle = frameworkTitle
        self.frameworkFirstYear = frameworkFirstYear
        self.frameworkLastYear = frameworkLastYear
        self.startsOn = startsOn
        self.pillars = pillars
        self.municipalities = municipalities
        self.adviceResponseDays = adviceResponseDays
        self.themes = themes
        self.peopleConcerned = peopleConcerned
    }

    /// The days an addressee has to respond to advice: six weeks unless the definition says otherwise.
    public var responseDays: Int { adviceResponseDays ?? Self.defaultAdviceResponseDays }

    /// The constituencies whose presence makes a meeting "niet over ons zonder ons".
    public var concerned: [Constituency.Kind] { peopleConcerned ?? Self.defaultPeopleConcerned }

    /// Whether a member of this constituency counts as the people concerned.
    public func speaksForClients(_ constituency: Constituency) -> Bool { concerned.contains(constituency.kind) }

    /// The framework's years, e.g. 2024...2028.
    public var frameworkYears: ClosedRange<Int> { frameworkFirstYear...frameworkLastYear }

    /// The municipalities that exist on `day`.
    public func municipalities(on day: Day) -> [Municipality] {
        municipalities.filter { $0.isValid(on: day) }
    }

    /// Finds a municipality by CBS code or name, ignoring case.
    public func municipality(named text: String) -> Municipality? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        return municipalities.first { $0.code.lowercased() == key || $0.name.lowercased() == key }
    }

    /// The pillar with this number.
    public func pillar(_ number: Int) -> Pillar? { pillars.first { $0.number == number } }

    /// Checks the definition itself: pillars numbered 1…n with a name each, municipalities with
    /// unique codes (none for a programme that is not one of municipalities), a response time for
    /// advice of 1 to 365 days, themes named once each, and people concerned among youth, parents
    /// and client representatives.
    public func validate() throws(RuleViolation) {
        _ = try Text.validated(name, field: "name")
        _ = try Text.validated(region, field: "region")
        _ = try Text.validated(frameworkTitle, field: "framework-title")
        guard frameworkFirstYear <= frameworkLastYear, frameworkLastYear - frameworkFirstYear < 20 else {
            throw RuleViolation("framework-years", "must be a period of 1 to 20 years, first before last")
        }
        guard !pillars.isEmpty, pillars.map(\.number) == Array(1...pillars.count) else {
            throw RuleViolation("pillars", "must be numbered 1, 2, 3, … without gaps")
        }
        for pillar in pillars {
            _ = try Text.validated(pillar.name, field: "pillars.name")
        }
        guard Set(municipalities.map(\.code)).count == municipalities.count else {
            throw RuleViolation("municipalities", "each has a unique code")
        }
        try validateThemes()
        try validatePeopleConcerned()
        if let days = adviceResponseDays, !(1...365).contains(days) {
            throw RuleViolation("advice-response-days", "must be 1 to 365 days (\(days) given)")
        }
    }

    private func validateThemes() throws(RuleViolation) {
        guard let themes else { return }
        if themes.count > 20 { throw RuleViolation("themes", "at most 20 themes (\(themes.count) given)") }
        var seen: Set<String> = []
        for theme in themes {
            let text = try Text.validated(theme, field: "themes", limit: 100)
            if !seen.insert(text.lowercased()).inserted {
                throw RuleViolation("themes", "names '\(text)' twice")
            }
        }
    }

    private func validatePeopleConcerned() throws(RuleViolation) {
        guard let peopleConcerned else { return }
        if peopleConcerned.isEmpty {
            throw RuleViolation(
                "people-concerned", "names at least one of youth, parent, client-representative (or is left out)")
        }
        if Set(peopleConcerned).count != peopleConcerned.count {
            throw RuleViolation("people-concerned", "names a constituency twice")
        }
        for kind in peopleConcerned where !kind.speaksForClients {
            throw RuleViolation(
                "people-concerned",
                "\(kind.rawValue) speaks for no clients: only youth, parent and client-representative count")
        }
    }
}
