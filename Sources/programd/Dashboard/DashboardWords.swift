import Program
import Projections

/// The dashboard's own words, beside the reports' in ``Words``: one place for every text in
/// both languages, plurals included.
extension Words {
    // The pages' titles.
    var overviewPage: String { pick("Overzicht", "Overview") }
    var frameworkPage: String { pick("Beleidskader", "Policy framework") }
    var advicePage: String { pick("Advies", "Advice") }
    var reportsPage: String { pick("Voortgangsrapportage", "Progress report") }
    var accessibilityPage: String { pick("Toegankelijkheidsverklaring", "Accessibility statement") }

    // The layout.
    var skipToContent: String { pick("Naar de inhoud", "Skip to content") }
    var sections: String { pick("Onderdelen", "Sections") }
    var show: String { pick("Toon", "Show") }
    var backToNow: String { pick("Terug naar nu", "Back to now") }
    /// The name of the other language, in that language.
    var otherLanguage: String { pick("English", "Nederlands") }
    var chainHashLabel: String {
        pick(
            "De kettinghash van het logboek daar, waarmee iedereen deze cijfers aan het logboek kan toetsen:",
            "The log's chain hash there, by which anyone can check these figures against the log:")
    }
    var logVerified: String { pick("logboek geverifieerd", "log verified") }
    var logVerifying: String { pick("logboek wordt geverifieerd", "verifying the log") }
    func logFails(at position: Int64) -> String {
        pick("LOGBOEK KLOPT NIET vanaf positie \(position)", "LOG FAILS VERIFICATION at position \(position)")
    }
    var reportsIntro: String {
        pick(
            "De voortgangsrapportage, opgesteld uit het logboek zoals op deze pagina:",
            "The progress report, built from the log as shown on this page:")
    }

    // The overview's figures: the label after a figure agrees with it ("1 lid", "7 leden").
    func membersInCoreGroup(_ count: PersonCount) -> String {
        plural(
            count, one: ("lid in de kerngroep", "core group member"),
            other: ("leden in de kerngroep", "core group members"))
    }
    func decisionsInForce(_ count: Int) -> String {
        plural(
            count, one: ("besluit van kracht", "decision in force"),
            other: ("besluiten van kracht", "decisions in force"))
    }
    func inputsCollected(_ count: PersonCount) -> String {
        plural(
            count, one: ("keer inbreng opgehaald", "input collected"),
            other: ("keer inbreng opgehaald", "inputs collected"))
    }
    func inputsWithFeedback(_ count: PersonCount) -> String {
        plural(
            count, one: ("keer teruggekoppeld", "input with feedback"),
            other: ("keer teruggekoppeld", "inputs with feedback"))
    }
    func municipalitiesAdopted(_ count: Int) -> String {
        plural(
            count, one: ("gemeente stelde het plan vast", "municipality adopted the plan"),
            other: ("gemeenten stelden het plan vast", "municipalities adopted the plan"))
    }
    func spentOf(_ awarded: Cents) -> String { pick("besteed van \(money(awarded))", "spent of \(money(awarded))") }
    func conferenceParticipants(_ count: PersonCount) -> String {
        plural(
            count, one: ("deelnemer aan conferenties", "conference participant"),
            other: ("deelnemers aan conferenties", "conference participants"))
    }
    /// After the advice given: "adviezen van jongeren en ouders, <5 nog open".
    func adviceGiven(_ count: PersonCount, open: PersonCount) -> String {
        plural(
            count, one: ("advies van jongeren en ouders", "advice of young people and parents"),
            other: ("adviezen van jongeren en ouders", "pieces of advice of young people and parents"))
            + pick(", \(open) nog open", ", \(open) still open")
    }
    var noAdviceYet: String {
        pick(
            "Er zijn nog geen adviesorganen of adviezen vastgelegd.",
            "No advisory bodies or advice have been recorded yet.")
    }
    func goals(_ count: Int) -> String { plural(count, one: ("doel", "goal"), other: ("doelen", "goals")) }
    var years: String { pick("Jaren", "Years") }
    var nothingYet: String { pick("Er is nog niets gebeurd.", "Nothing has happened yet.") }
    func noEvents(in year: Int) -> String {
        pick("In \(year) is niets gebeurd dat op de tijdlijn staat.", "Nothing on the timeline happened in \(year).")
    }
    func timelineCaption(_ year: Int) -> String {
        pick(
            "Wat er in \(year) in het programma gebeurde, oudste eerst",
            "What happened in the programme in \(year), oldest first")
    }
    var recently: String { pick("Recent", "Recently") }
    var latestEvents: String { pick("De laatste gebeurtenissen", "The latest events") }

    // Error pages.
    var wrongAddress: String { pick("Er klopt iets niet in dit adres", "Something in this address is wrong") }
    var chooseDateOr: String { pick("Kies hierboven een datum, of", "Choose a date above, or") }
    var showAsNow: String { pick("toon deze pagina zoals die nu is", "show this page as it is now") }
    var notFound: String { pick("Niet gevonden", "Not found") }
    var noPageAt: String { pick("Er is geen pagina op", "There is no page at") }
    var chooseSectionOr: String {
        pick("Kies hierboven een onderdeel, of ga naar het", "Choose a section above, or go to the")
    }
    var overviewLink: String { pick("overzicht", "overview") }
    var methodNotAllowed: String { pick("Methode niet toegestaan", "Method not allowed") }
    var onlyRead: String { pick("Deze pagina's kunt u alleen lezen:", "These pages can only be read:") }
    var notAllowedHere: String { pick("kan hier niet.", "is not allowed here.") }
    var openThe: String { pick("Open", "Open") }
    var thePage: String { pick("de pagina", "the page") }
    var inYourBrowser: String { pick("gewoon in uw browser.", "in your browser instead.") }
    var somethingWentWrong: String { pick("Er ging iets mis", "Something went wrong") }
    var pageNotMade: String {
        pick(
            "Deze pagina kon niet worden gemaakt. Probeer het later opnieuw; blijft het misgaan, meld het dan bij het secretariaat van de kerngroep.",
            "This page could not be made. Please try again later; if it keeps going wrong, tell the core group's secretariat."
        )
    }

    /// A published count as a number for agreement: one hidden (`<5`) is more than one.
    private func plural(_ count: PersonCount, one: (String, String), other: (String, String)) -> String {
        plural(count.value ?? 0, one: one, other: other)
    }
}
