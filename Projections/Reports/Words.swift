import Program

/// The words of reports and the dashboard, in Dutch or English.
public struct Words: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The Dutch or the English text, by the language.
    public func pick(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    /// The form for `count`: Dutch and English each have one for 1 and one for every other
    /// number, 0 included ("1 doel", "0 doelen", "2 goals").
    public func plural(_ count: some BinaryInteger, one: (String, String), other: (String, String)) -> String {
        let (dutch, english) = count == 1 ? one : other
        return pick(dutch, english)
    }

    public var progressReport: String { pick("Voortgangsrapportage", "Progress report") }
    /// The chain hash a view was built at, in a sentence.
    public func chainHash(_ hash: String) -> String {
        pick(
            "Kettinghash van het logboek bij die positie: \(hash).", "Chain hash of the log at that position: \(hash).")
    }
    public var asOf: String { pick("Stand per", "As of") }
    public var changesSince: String { pick("Wat is er veranderd sinds", "What changed since") }
    public var firstReport: String {
        pick("Er is geen eerder gepubliceerde rapportage.", "No report was published before this one.")
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
    public var toReceive: String {
        pick("Nog te ontvangen (toegekend − ontvangen)", "Still to receive (awarded − received)")
    }
    public var cashBalance: String { pick("Kassaldo (ontvangen − besteed)", "Cash balance (received − spent)") }
    public var budgetLeft: String { pick("Budget over (toegekend − besteed)", "Budget left (awarded − spent)") }
    public var prefinanced: String { pick("Voorgefinancierd", "Pre-financed") }

    /// The note under the funds table when spending ran ahead of what was received.
    public func prefinancedNote(_ amount: Cents) -> String {
        pick(
            "Er is \(money(amount)) meer besteed dan ontvangen: het programma financiert dat voor tot de volgende tranche binnenkomt (het kassaldo is negatief; de toekenning blijft het plafond).",
            "\(money(amount)) more was spent than received: the programme pre-finances it until the next tranche arrives (the cash balance is negative; the award remains the ceiling)."
        )
    }
    public var eventsInLog: String { pick("Gebeurtenissen in het logboek", "Events in the log") }
    public var newDecisions: String { pick("Nieuwe besluiten", "New decisions") }
    public var newInputs: String { pick("Nieuwe inbreng", "New inputs") }
    public var inputsAnswered: String { pick("Inbreng beantwoord", "Inputs answered") }
    public var newMeasurements: String { pick("Nieuwe metingen", "New measurements") }
    public var planDecisions: String {
        pick("Gemeentelijke besluiten over het plan", "Municipal decisions on the plan")
    }
    public var newRegistrations: String { pick("Nieuwe aanmeldingen", "New registrations") }
    public var perInput: String { pick("Per inbreng", "Per input") }
    public var perDecision: String { pick("Per besluit", "Per decision") }
    public var lineageInputsCaption: String {
        pick(
            "Per inbreng: wat werd gevraagd, wat is ermee gedaan en wanneer is teruggekoppeld",
            "Per input: what was asked, what was done with it and when feedback was given")
    }
    public var lineageDecisionsCaption: String {
        pick(
            "Per besluit van de kerngroep de inbreng en de adviezen waarop het steunt.",
            "For each decision of the core group, the inputs and advice behind it.")
    }
    /// How many inputs a decision rests on: "23 keer inbreng", "1 input".
    public func inputsBehind(_ count: Int) -> String {
        plural(count, one: ("1 keer inbreng", "1 input"), other: ("\(count) keer inbreng", "\(count) inputs"))
    }
    public var noInputsBehind: String {
        pick("Er is geen inbreng aan dit besluit gekoppeld.", "No input is linked to this decision.")
    }
    /// How much advice a decision answers: "1 advies", "2 adviezen".
    public func adviceBehind(_ count: Int) -> String {
        plural(count, one: ("1 advies", "1 advice"), other: ("\(count) adviezen", "\(count) pieces of advice"))
    }
    public var perAdvice: String { pick("Per advies", "Per advice") }
    public var lineageAdviceCaption: String {
        pick(
            "Per advies van een jongerenraad, ouderpanel of ander orgaan: wie het vroeg, wat het orgaan adviseerde, wat ermee is gedaan en hoe het orgaan daarop reageerde.",
            "For each advice of a youth council, parents' panel or other body: who asked for it, what the body advised, what was done with it and how the body reacted."
        )
    }
    /// Which inputs a page of the lineage shows: "Inbreng 26–50 van 134".
    public func inputsShown(_ shown: ClosedRange<Int>, of total: Int) -> String {
        let (first, last, all) = (
            Format.number(Double(shown.lowerBound), language), Format.number(Double(shown.upperBound), language),
            Format.number(Double(total), language)
        )
        return pick("Inbreng \(first)–\(last) van \(all)", "Inputs \(first)–\(last) of \(all)")
    }
    public var inputPages: String { pick("Pagina's met inbreng", "Pages of inputs") }
    public var previousInputs: String { pick("Vorige inbreng", "Previous inputs") }
    public var nextInputs: String { pick("Volgende inbreng", "Next inputs") }
    public var decisionsOnFirstPage: String {
        pick(
            "De besluiten en de inbreng waarop zij steunen staan op de eerste pagina.",
            "The decisions and the inputs behind them are on the first page.")
    }
    public var whatWasAsked: String { pick("Wat vroegen zij?", "What was asked?") }
    public var whatWasDone: String { pick("Wat is ermee gedaan?", "What was done?") }
    /// What an input was taken up in, as its readers know it: "B3 Vast aanspreekpunt", "plan van
    /// aanpak, versie 2: Plan 2024" — never the API's `plan-2`.
    public func use(_ use: InputLineage.Use) -> String {
        guard use.kind == "plan" else { return "\(use.id) \(use.title)" }
        let version = use.id.split(separator: "-").last.map(String.init) ?? use.id
        return pick(
            "plan van aanpak, versie \(version): \(use.title)", "plan of approach, version \(version): \(use.title)")
    }
    public var event: String { pick("Gebeurtenis", "Event") }
    public var quarter: String { pick("Kwartaal", "Quarter") }
    /// The heading of a CSV column saying which counts are hidden.
    public var suppressed: String { pick("onderdrukt", "suppressed") }
    /// A quarter as people write it: "K3 2023", "Q3 2023" (from "2023-Q3").
    public func quarter(_ label: String) -> String {
        let parts = label.split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("Q") else { return label }
        return "\(pick("K", "Q"))\(parts[1].dropFirst()) \(parts[0])"
    }
    public var inputsPerQuarterCaption: String {
        pick(
            "Keren inbreng per kwartaal en pijler (de cijfers van de grafiek)",
            "Inputs per quarter and pillar (the chart's figures)")
    }
    public var subject: String { pick("Onderwerp", "Item") }
    public var change: String { pick("Verandering", "Change") }
    public var subsidy: String { pick("Subsidie", "Subsidy") }
    public var constituencyHeader: String { pick("Achterban", "Constituency") }
    public var categoryHeader: String { pick("Categorie", "Category") }
    public var timelineCaption: String {
        pick("Wat er in het programma gebeurde, oudste eerst", "What happened in the programme, oldest first")
    }
    public var lateFactsCaption: String {
        pick(
            "De later vastgelegde feiten, met de dag waarop elk gebeurde",
            "The facts recorded late, with the day each happened")
    }
    public func correctionsCaption(_ report: String) -> String {
        pick(
            "Zo veranderen de later vastgelegde feiten de cijfers van \(report)",
            "How the facts recorded late change the figures of \(report)")
    }
    public var targetAndMeasured: String {
        pick("streefwaarde en gemeten waarde per jaar", "target and measured value per year")
    }
    public var pillarsCaption: String {
        pick(
            "Inbreng per pijler: wat ermee gedaan is en hoe snel is teruggekoppeld",
            "Input per pillar: what was done with it and how soon feedback was given")
    }
    public var membersCaption: String {
        pick("Leden van de kerngroep per achterban", "Core group members per constituency")
    }
    public var decisionsCaption: String { pick("Besluiten van de kerngroep", "Decisions of the core group") }
    public var municipalDecisions: String { pick("besluiten van de gemeenten", "the municipalities' decisions") }
    public var registrationsCaption: String {
        pick("aanmeldingen per categorie en status", "registrations per category and status")
    }
    public var fundsCaption: String { pick("Middelen per subsidie, in euro", "Funds per subsidy, in euros") }
    public var spentPerPillarCaption: String { pick("Besteed per pijler", "Spent per pillar") }
    public var total: String { pick("Totaal", "Total") }
    public var none: String { pick("geen", "none") }
    public var smallCounts: String {
        pick(
            "Aantallen van 1 tot 4 personen worden getoond als <5, zodat niemand herkenbaar is. "
                + "x: een groter aantal dat ook verborgen is, omdat een klein aantal er anders uit een totaal af te leiden is.",
            "Counts of 1 to 4 people are shown as <5, so that no one can be recognised. "
                + "x: a larger count hidden as well, because a small count could otherwise be worked out from a total.")
    }

    public func goalStatus(_ status: GoalStatus) -> String {
        switch status {
        case .achieved: pick("behaald", "achieved")
        case .onTrack: pick("op koers", "on track")
        case .behind: pick("achter", "behind")
        case .noData: pick("geen gegevens", "no data")
        }
    }

    /// How many goals have a status, as a phrase: "1 loopt achter", "2 lopen achter", "3 op koers".
    public func goals(_ count: Int, _ status: GoalStatus) -> String {
        switch status {
        case .achieved: pick("\(count) behaald", "\(count) achieved")
        case .onTrack: pick("\(count) op koers", "\(count) on track")
        case .behind:
            plural(count, one: ("1 loopt achter", "1 behind"), other: ("\(count) lopen achter", "\(count) behind"))
        case .noData: pick("\(count) zonder gegevens", "\(count) without data")
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

    /// An amount as the language writes it, with a non-breaking space after "€" so that the
    /// sign never wraps away from its amount: "€ 48.000,00".
    public func money(_ amount: Cents) -> String {
        amount.formatted(language).replacingOccurrences(of: "€ ", with: "€\u{A0}")
    }

    /// A day as people write it: "7 juni 2023", "7 June 2023".
    public func day(_ day: Day) -> String {
        let months =
            language == .dutch
            ? [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ]
            : [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// Which clocks a view used, in one sentence: what had happened by a day (when
    /// `happenedBy`), as the log had recorded it through a position on a day.
    public func clocks(asOf: Day, happenedBy: Bool, position: Int64, recordedOn: Day) -> String {
        let recorded =
            position == 0
            ? pick("het logboek bevatte toen nog niets", "the log held nothing yet")
            : pick(
                "zoals vastgelegd in het logboek tot en met positie \(position) (\(day(recordedOn)))",
                "as recorded in the log up to and including position \(position) (\(day(recordedOn)))")
        return happenedBy
            ? pick(
                "\(self.asOf) \(day(asOf)): wat er tot en met die dag gebeurd was, \(recorded).",
                "\(self.asOf) \(day(asOf)): what had happened by the end of that day, \(recorded).")
            : pick(
                "\(self.asOf) \(day(asOf)): alles \(recorded).",
                "\(self.asOf) \(day(asOf)): everything \(recorded).")
    }

    public var corrections: String { pick("Later vastgelegd", "Recorded late") }
    public var position: String { pick("Positie", "Position") }

    /// The paragraph before the corrections of a report's period.
    public func correctionsIntro(_ facts: Int64, through: Day, report: String) -> String {
        facts == 0
            ? pick(
                "Na \(report) is niets vastgelegd over de periode tot en met \(day(through)).",
                "Nothing about the period up to \(day(through)) was recorded after \(report).")
            : plural(
                facts,
                one: (
                    "Na \(report) is 1 feit vastgelegd over de periode tot en met \(day(through)). Deze rapportage neemt het mee; zo verandert het de cijfers van \(report):",
                    "After \(report), 1 fact about the period up to \(day(through)) was recorded. This report includes it; this is how it changes the figures of \(report):"
                ),
                other: (
                    "Na \(report) zijn \(facts) feiten vastgelegd over de periode tot en met \(day(through)). Deze rapportage neemt ze mee; zo veranderen ze de cijfers van \(report):",
                    "After \(report), \(facts) facts about the period up to \(day(through)) were recorded. This report includes them; this is how they change the figures of \(report):"
                ))
    }

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
