import Program

/// One line about an event, for people: what happened, in Dutch or English, without personal data.
/// Days and amounts are written as the language writes them; a municipality by its name when
/// `municipalities` (code → name) knows it.
public enum EventDescription {
    public static func describe(
        _ event: ProgramEvent, _ language: Language = .dutch, municipalities: [String: String] = [:]
    ) -> String {
        let nl = language == .dutch
        let words = Words(language)
        switch event {
        case .programmeDefined(let e):
            return nl ? "Programma ingericht: \(e.definition.name)" : "Programme set up: \(e.definition.name)"
        case .memberJoined(let e):
            let who = e.constituency.kind.name(language)
            return nl
                ? "\(e.member) trad toe tot de kerngroep (\(who)) op \(words.day(e.date))"
                : "\(e.member) joined the core group (\(who)) on \(words.day(e.date))"
        case .memberLeft(let e):
            return nl
                ? "\(e.member) verliet de kerngroep op \(words.day(e.date))"
                : "\(e.member) left the core group on \(words.day(e.date))"
        case .decisionRecorded(let e):
            return nl
                ? "Besluit \(e.decision) \(e.outcome.name(.dutch)): \(e.title) (\(words.day(e.meeting.date)))"
                : "Decision \(e.decision) \(e.outcome.name(.english)): \(e.title) (\(words.day(e.meeting.date)))"
        case .decisionAmended(let e):
            return nl
                ? "Besluit \(e.decision) gewijzigd op \(words.day(e.meeting.date))"
                : "Decision \(e.decision) amended on \(words.day(e.meeting.date))"
        case .decisionRevoked(let e):
            return nl
                ? "Besluit \(e.decision) ingetrokken op \(words.day(e.meeting.date))"
                : "Decision \(e.decision) revoked on \(words.day(e.meeting.date))"
        case .planVersionDrafted(let e):
            return nl
                ? "Plan van aanpak versie \(e.version) opgesteld: \(e.title)"
                : "Plan of approach version \(e.version) drafted: \(e.title)"
        case .planSubmitted(let e):
            return nl
                ? "Plan van aanpak versie \(e.version) voorgelegd aan de gemeenten op \(words.day(e.date))"
                : "Plan of approach version \(e.version) submitted to the municipalities on \(words.day(e.date))"
        case .planDecided(let e):
            let name = municipalities[e.municipality] ?? e.municipality
            return nl
                ? "Gemeente \(name): plan versie \(e.version) \(e.outcome.name(.dutch)) op \(words.day(e.date))"
                : "Municipality of \(name): plan version \(e.version) \(e.outcome.name(.english)) on \(words.day(e.date))"
        case .goalAdded(let e):
            return nl
                ? "Doel \(e.goal) toegevoegd aan het beleidskader: \(e.title)"
                : "Goal \(e.goal) added to the framework: \(e.title)"
        case .goalAdjusted(let e):
            return nl ? "Doel \(e.goal) bijgesteld: \(e.reason)" : "Goal \(e.goal) adjusted: \(e.reason)"
        case .measurementRecorded(let e):
            return nl
                ? "Meting \(e.goal) over \(e.period): \(Format.number(e.value, language))"
                : "Measurement \(e.goal) for \(e.period): \(Format.number(e.value, language))"
        case .conferenceScheduled(let e):
            return nl
                ? "Conferentie \(e.conference) gepland: \(e.title), \(words.day(e.date)), \(e.venue)"
                : "Conference \(e.conference) scheduled: \(e.title), \(words.day(e.date)), \(e.venue)"
        case .registrationReceived(let e):
            let place =
                e.placement == .registered
                ? (nl ? "aangemeld" : "registered") : (nl ? "op de wachtlijst" : "waitlisted")
            return nl
                ? "Aanmelding \(e.registration) voor \(e.conference) (\(e.category.name(.dutch))): \(place)"
                : "Registration \(e.registration) for \(e.conference) (\(e.category.name(.english))): \(place)"
        case .registrationCancelled(let e):
            return nl ? "Aanmelding \(e.registration) geannuleerd" : "Registration \(e.registration) cancelled"
        case .registrationPromoted(let e):
            return nl
                ? "Aanmelding \(e.registration) van de wachtlijst geplaatst"
                : "Registration \(e.registration) promoted from the waitlist"
        case .attendeeCheckedIn(let e):
            return nl
                ? "Aanmelding \(e.registration) ingecheckt om \(e.at.localText)"
                : "Registration \(e.registration) checked in at \(e.at.localText)"
        case .inputCollected(let e):
            return nl
                ? "Inbreng \(e.input) opgehaald onder pijler \(e.pillar) (\(e.source.name(.dutch)), \(e.channel.name(.dutch)))"
                : "Input \(e.input) collected under pillar \(e.pillar) (\(e.source.name(.english)), \(e.channel.name(.english)))"
        case .inputTakenUp(let e):
            return nl ? "Inbreng \(e.input) overgenomen in \(e.into)" : "Input \(e.input) taken up in \(e.into)"
        case .inputDeclined(let e):
            return nl ? "Inbreng \(e.input) niet overgenomen: \(e.reason)" : "Input \(e.input) declined: \(e.reason)"
        case .feedbackGiven(let e):
            return nl
                ? "Terugkoppeling over inbreng \(e.input) (\(e.channel.name(.dutch)))"
                : "Feedback on input \(e.input) (\(e.channel.name(.english)))"
        case .subsidyAwarded(let e):
            return nl
                ? "Subsidie \(e.subsidy) toegekend door \(e.funder): \(words.money(e.amount))"
                : "Subsidy \(e.subsidy) awarded by \(e.funder): \(words.money(e.amount))"
        case .trancheReceived(let e):
            return nl
                ? "Tranche \(words.money(e.amount)) ontvangen op \(e.subsidy)"
                : "Tranche of \(words.money(e.amount)) received on \(e.subsidy)"
        case .expenditureBooked(let e):
            return nl
                ? "Uitgave \(e.expenditure) \(words.money(e.amount)) (pijler \(e.pillar), \(e.activity))"
                : "Expenditure \(e.expenditure) \(words.money(e.amount)) (pillar \(e.pillar), \(e.activity))"
        case .accountabilitySubmitted(let e):
            return nl
                ? "Verantwoording \(e.subsidy) ingediend op \(words.day(e.date))"
                : "Accountability report on \(e.subsidy) submitted on \(words.day(e.date))"
        case .subsidySettled(let e):
            return nl
                ? "Subsidie \(e.subsidy) vastgesteld op \(words.money(e.amount))"
                : "Subsidy \(e.subsidy) settled at \(words.money(e.amount))"
        case .subjectForgotten(let e):
            return nl ? "Persoonsgegevens van \(e.subject) gewist" : "Personal data of \(e.subject) erased"
        case .subjectDataExported(let e):
            return nl ? "Inzageverzoek \(e.subject) beantwoord" : "Data-access request of \(e.subject) answered"
        case .reportPublished(let e):
            return nl
                ? "Voortgangsrapportage \(e.report) gepubliceerd (positie \(e.position))"
                : "Progress report \(e.report) published (position \(e.position))"
        case .bodyEstablished(let e):
            return nl
                ? "Orgaan \(e.body) ingesteld: \(e.name) (\(e.type.name(.dutch)))"
                : "Body \(e.body) established: \(e.name) (\(e.type.name(.english)))"
        case .bodyMemberJoined(let e):
            let who = e.constituency.kind.name(language)
            return nl
                ? "\(e.member) trad toe tot \(e.body) (\(who)) op \(words.day(e.date))"
                : "\(e.member) joined \(e.body) (\(who)) on \(words.day(e.date))"
        case .bodyMemberLeft(let e):
            return nl
                ? "\(e.member) verliet \(e.body) op \(words.day(e.date))"
                : "\(e.member) left \(e.body) on \(words.day(e.date))"
        case .adviceRequested(let e):
            let asker = addressee(e.addressee, language, municipalities)
            return nl
                ? "Advies \(e.advice) gevraagd aan \(e.body) door \(asker): \(e.title) (uiterlijk \(words.day(e.due)))"
                : "Advice \(e.advice) requested of \(e.body) by \(asker): \(e.title) (due \(words.day(e.due)))"
        case .adviceGiven(let e):
            let to = addressee(e.addressee, language, municipalities)
            let kind =
                switch (e.requested, e.binding, nl) {
                case (true, false, true): "Gevraagd advies"
                case (true, true, true): "Gevraagd bindend advies"
                case (false, false, true): "Ongevraagd advies"
                case (false, true, true): "Ongevraagd bindend advies"
                case (true, false, false): "Requested advice"
                case (true, true, false): "Requested binding advice"
                case (false, false, false): "Unrequested advice"
                case (false, true, false): "Unrequested binding advice"
                }
            return nl
                ? "\(kind) \(e.advice) van \(e.body) aan \(to): \(e.title)"
                : "\(kind) \(e.advice) from \(e.body) to \(to): \(e.title)"
        case .adviceResponded(let e):
            let outcome = e.outcome.name(language)
            let reason = e.reason.map { ": \($0)" } ?? ""
            return nl ? "Advies \(e.advice) \(outcome)\(reason)" : "Advice \(e.advice) \(outcome)\(reason)"
        case .bindingAdviceCarriedOut(let e):
            return nl
                ? "Bindend advies \(e.advice) uitgevoerd op \(words.day(e.date))"
                : "Binding advice \(e.advice) carried out on \(words.day(e.date))"
        case .adviceResponseReacted(let e):
            return nl
                ? "Reactie van het orgaan op het antwoord op advies \(e.advice)"
                : "The body reacted to the response to advice \(e.advice)"
        }
    }

    /// Who asked for advice or receives it, as a sentence names them: "de kerngroep", "gemeente
    /// Heerlen"; "the core group", "the municipality of Heerlen".
    private static func addressee(
        _ addressee: AdviceAddressee, _ language: Language, _ municipalities: [String: String]
    ) -> String {
        switch (addressee, language) {
        case (.coreGroup, .dutch): "de kerngroep"
        case (.region, .dutch): "de regio"
        case (.municipality(let code), .dutch): "gemeente \(municipalities[code] ?? code)"
        case (.coreGroup, .english): "the core group"
        case (.region, .english): "the region"
        case (.municipality(let code), .english): "the municipality of \(municipalities[code] ?? code)"
        case (.careProvider(let name), _): name
        }
    }
}
