import Program

/// The words of reports and the dashboard, in Dutch or English.
public struct Words: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private func pick(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    public var progressReport: String { pick("Voortgangsrapportage", "Progress report") }
    public var builtFrom: String {
        pick("Opgesteld uit het logboek tot en met positie", "Built from the log up to and including position")
    }
    public var headHash: String { pick("kettinghash", "chain hash") }
    public var asOf: String { pick("Stand per", "As of") }
    public var changesSince: String { pick("Wat is er veranderd sinds", "What changed since") }
    public var firstReport: String {
        pick("Dit is de eerste gepubliceerde rapportage.", "This is the first published report.")
    }
    public var framework: String { pick("Beleidskader: doelen en voortgang", "Policy framework: goals and progress") }
    public var pillars: String { pick("Inbreng per pijler", "Input per pillar") }
    public var coreGroup: String { pick("Kerngroep en besluiten", "Core group and decisions") }
    public var plan: String { pick("Plan van aanpak", "Plan of approach") }
    public var conferences: String { pick("Conferenties", "Conferences") }
    public var funds: String { pick("Middelen", "Funds") }
    public var timeline: String { pick("Tijdlijn", "Timeline") }
    public var lineage: String { pick("Wat is er met onze inbreng gedaan?", "What was done with our input?") }
    public var goal: String { pick("Doel", "Goal") }
    public var indicator: String { pick("Indicator", "Indicator") }
    public var baseline: String { pick("Nulmeting", "Baseline") }
    public var target: String { pick("Streefwaarde", "Target") }
    public var measured: String { pick("Gemeten", "Measured") }
    public var status: String { pick("Status", "Status") }
    public var trend: String { pick("Trend", "Trend") }
    public var year: String { pick("Jaar", "Year") }
    public var pillar: String { pick("Pijler", "Pillar") }
    public var inputs: String { pick("Inbreng", "Inputs") }
    public var takenUp: String { pick("Overgenomen", "Taken up") }
    public var declined: String { pick("Niet overgenomen", "Declined") }
    public var open: String { pick("Nog open", "Open") }
    public var feedbackGiven: String { pick("Teruggekoppeld", "Feedback given") }
    public var medianDaysToFeedback: String { pick("Mediaan dagen tot terugkoppeling", "Median days to feedback") }
    public var members: String { pick("Leden", "Members") }
    public var decision: String { pick("Besluit", "Decision") }
    public var date: String { pick("Datum", "Date") }
    public var outcome: String { pick("Uitkomst", "Outcome") }
    public var level: String { pick("Participatieniveau", "Participation level") }
    public var version: String { pick("Versie", "Version") }
    public var adoptedBy: String { pick("vastgesteld door", "adopted by") }
    public var of: String { pick("van", "of") }
    public var municipality: String { pick("Gemeente", "Municipality") }
    public var pending: String { pick("nog geen besluit", "pending") }
    public var capacity: String { pick("Capaciteit", "Capacity") }
    public var registrations: String { pick("Aanmeldingen", "Registrations") }
    public var awarded: String { pick("Toegekend", "Awarded") }
    public var received: String { pick("Ontvangen", "Received") }
    public var spent: String { pick("Besteed", "Spent") }
    public var balance: String { pick("Saldo", "Balance") }
    public var total: String { pick("Totaal", "Total") }
    public var none: String { pick("geen", "none") }
    public var smallCounts: String {
        pick(
            "Aantallen van 1 tot 4 personen worden getoond als <5, zodat niemand herkenbaar is.",
            "Counts of 1 to 4 people are shown as <5, so that no one can be recognised.")
    }

    public func goalStatus(_ status: GoalStatus) -> String {
        switch status {
        case .achieved: pick("behaald", "achieved")
        case .onTrack: pick("op koers", "on track")
        case .behind: pick("achter", "behind")
        case .noData: pick("geen gegevens", "no data")
        }
    }

    public func trend(_ trend: Trend?) -> String {
        switch trend {
        case .improving: pick("verbetert", "improving")
        case .stable: pick("gelijk", "stable")
        case .worsening: pick("verslechtert", "worsening")
        case nil: "–"
        }
    }

    public func registrationStatus(_ status: String) -> String {
        switch status {
        case "registered": pick("aangemeld", "registered")
        case "checked-in": pick("aanwezig", "checked in")
        case "no-show": pick("niet verschenen", "no-show")
        case "waitlisted": pick("wachtlijst", "waitlisted")
        case "cancelled": pick("geannuleerd", "cancelled")
        default: status
        }
    }

    public func category(_ code: String) -> String {
        AttendeeCategory(rawValue: code)?.name(language) ?? code
    }

    public func constituency(_ code: String) -> String {
        Constituency.Kind(rawValue: code)?.name(language) ?? code
    }

    public func source(_ code: String) -> String {
        InputSource(rawValue: code)?.name(language) ?? code
    }

    public func channel(_ code: String) -> String {
        Channel(rawValue: code)?.name(language) ?? code
    }

    public func level(_ number: Int) -> String {
        ParticipationLevel(rawValue: number).map { "\(number) \($0.name(language))" } ?? String(number)
    }

    public func money(_ amount: Cents) -> String { amount.formatted(language) }

    public func number(_ value: Double?) -> String { value.map { Format.number($0, language) } ?? "–" }

    public func decisionStatus(_ status: String) -> String {
        switch status {
        case "in-force": pick("van kracht", "in force")
        case "amended": pick("gewijzigd", "amended")
        case "revoked": pick("ingetrokken", "revoked")
        default: status
        }
    }
}
