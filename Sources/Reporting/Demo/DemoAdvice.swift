import Program

/// One advice of the demo story and what became of it, dates as `YYYY-MM-DD`: asked for (with
/// its due date) or not, given, answered, carried out if binding, and the body's reaction.
struct DemoAdvice {
    var body: BodyID
    /// The request's day and due date; `nil` for unrequested advice.
    var request: (asked: String, due: String)? = nil
    var to: AdviceAddressee.Kind
    var toName: String? = nil
    var title: String
    var question: String? = nil
    var level: ParticipationLevel = .advise
    var pillars: [Int]
    var themes: [String]
    var given: String? = nil
    var text: String = ""
    var response: (date: String, outcome: AdviceOutcome, reason: String?, into: InputUse?)? = nil
    var carriedOut: (date: String, note: String?)? = nil
    var reaction: (date: String, text: String)? = nil

    /// The advice of the youth council (O1) and the parents' panel (O2), in the order their first
    /// event happened, so that the n-th is AD*n*.
    static let story: [DemoAdvice] = [
        DemoAdvice(
            body: "O1", request: ("2024-03-04", "2024-04-15"), to: .coreGroup,
            title: "Vergoeding voor jongeren in panels",
            question: "Welke vergoeding krijgen jongeren die deelnemen aan panels, en waarvoor?",
            pillars: [2, 3], themes: ["inspraak"], given: "2024-04-08",
            text: "Een vaste vergoeding per bijeenkomst plus de reiskosten, ook voor jongeren onder de 18.",
            response: (
                "2024-05-13", .adoptedInPart,
                "De vergoeding per bijeenkomst komt er, ook voor ouders; de reiskosten worden om budgettaire redenen pas vanaf 2025 vergoed.",
                nil
            )),
        DemoAdvice(
            body: "O1", to: .region, title: "Eén vast aanspreekpunt per jongere", pillars: [1],
            themes: ["communicatie"], given: "2024-06-17",
            text: "Geef elke jongere in de jeugdhulp één vast aanspreekpunt, dat de jongere zelf mee kiest.",
            response: ("2024-08-26", .adopted, nil, nil)),
        DemoAdvice(
            body: "O2", request: ("2024-09-09", "2024-10-21"), to: .municipality, toName: "Heerlen",
            title: "Begrijpelijke brieven over jeugdhulp",
            question: "Wat moet er anders aan de brieven die ouders van de gemeente over jeugdhulp krijgen?",
            pillars: [3], themes: ["communicatie"], given: "2024-10-14",
            text:
                "Schrijf op taalniveau B1, zet bovenaan wat er besloten is en wat de ouder nu kan doen, met één telefoonnummer.",
            response: ("2024-11-25", .adopted, nil, nil)),
        DemoAdvice(
            body: "O2", to: .careProvider, toName: "Jeugdhulp Parkstad", title: "Tussentijds bericht bij wachttijden",
            pillars: [1], themes: ["wachttijden"], given: "2024-11-04",
            text: "Stuur ouders op de wachtlijst elke vier weken bericht over de verwachte startdatum.",
            response: (
                "2025-01-27", .notAdopted,
                "Het cliëntsysteem kan nog geen berichten op vaste momenten sturen; de aanbieder bekijkt het opnieuw bij de vervanging van het systeem in 2026.",
                nil
            ),
            reaction: (
                "2025-02-10",
                "Het ouderpanel betreurt het besluit en vraagt de aanbieder ouders tot 2026 zelf te bellen; het panel vraagt in 2026 opnieuw naar de stand van zaken."
            )),
        DemoAdvice(
            body: "O1", to: .coreGroup, title: "Jongeren vast in de kerngroep", pillars: [2], themes: ["inspraak"],
            given: "2024-12-09", text: "Laat twee jongeren uit de jongerenraad vast deelnemen aan de kerngroep.",
            response: (
                "2025-02-03", .adoptedInPart,
                "Eén jongere uit de jongerenraad neemt vast deel; over een tweede plek besluit de kerngroep bij de herziening van haar werkwijze.",
                nil
            )),
        DemoAdvice(
            body: "O1", request: ("2025-02-17", "2025-03-31"), to: .coreGroup,
            title: "Opzet van de jaarlijkse jongerentop",
            question: "Hoe organiseren jongeren zelf een jaarlijkse regionale top over jeugdhulp?", level: .coproduce,
            pillars: [3], themes: ["inspraak"], given: "2025-03-24",
            text:
                "Jongeren vormen zelf de programmacommissie, de top is op een zaterdag in een jongerencentrum, en de kerngroep neemt de uitkomsten binnen drie maanden mee.",
            response: ("2025-04-07", .adopted, nil, .decision("B6")),
            carriedOut: ("2025-10-04", "De eerste jongerentop is gehouden in Heerlen.")),
        DemoAdvice(
            body: "O2", request: ("2025-03-17", "2025-04-28"), to: .region, title: "Empowermenttrainingen voor ouders",
            question: "Waarover moeten de empowermenttrainingen voor ouders gaan?", pillars: [3],
            themes: ["inspraak"], given: "2025-04-22",
            text:
                "Over de eigen rechten in de jeugdhulp, over het gesprek met de gemeente, en gegeven door ervaringsdeskundige ouders.",
            response: ("2025-05-12", .adopted, nil, nil)),
        DemoAdvice(
            body: "O1", to: .region, title: "Eerder beginnen met de overgang naar 18", pillars: [1],
            themes: ["18-min/18-plus"], given: "2025-05-19",
            text: "Begin vanaf 16 jaar samen met de jongere aan een perspectiefplan voor na de 18e verjaardag.",
            response: (
                "2025-07-07", .adoptedInPart,
                "Het perspectiefplan komt er vanaf 17 jaar: voor 16 jaar ontbreekt bij de gemeenten de capaciteit.", nil
            )),
        DemoAdvice(
            body: "O1", request: ("2025-06-02", "2025-07-14"), to: .municipality, toName: "Maastricht",
            title: "Online meedenken over jeugdhulp",
            question: "Hoe kunnen jongeren in Maastricht online meedenken over jeugdhulp?", pillars: [3],
            themes: ["inspraak"], given: "2025-07-07",
            text: "Een besloten online omgeving waarin jongeren ook anoniem kunnen reageren.",
            response: (
                "2025-09-15", .notAdopted,
                "Anonieme inbreng kan niet worden teruggekoppeld; de gemeente biedt een besloten formulier waarop jongeren een schuilnaam gebruiken.",
                nil
            ),
            reaction: (
                "2025-10-06",
                "De jongerenraad kan met een schuilnaam leven, als die niet tot de jongere te herleiden is."
            )),
        DemoAdvice(
            body: "O2", to: .coreGroup, title: "Ouders in elke cliëntenraad", pillars: [1], themes: ["inspraak"],
            given: "2025-09-22",
            text: "Zorg dat in elke cliëntenraad van een jeugdhulpaanbieder ook ouders zitten.",
            response: ("2025-11-03", .adopted, nil, nil)),
        DemoAdvice(
            body: "O1", request: ("2025-10-20", "2025-12-01"), to: .coreGroup,
            title: "Jongerenpanels in alle gemeenten",
            question: "Wat hebben gemeenten nodig om een actief jongerenpanel te krijgen?", pillars: [2, 3],
            themes: ["inspraak"], given: "2025-11-24",
            text:
                "Eén vaste jongerenwerker per gemeente, een vergoeding voor de jongeren, en een wethouder die twee keer per jaar aanschuift.",
            response: ("2026-01-12", .adopted, nil, nil)),
        DemoAdvice(
            body: "O2", to: .region, title: "Wachttijden zichtbaar maken", pillars: [1], themes: ["wachttijden"],
            given: "2026-01-26", text: "Publiceer elke maand de wachttijden per soort jeugdhulp in de regio."),
        DemoAdvice(
            body: "O1", to: .municipality, toName: "Heerlen", title: "Jongerenwerk en jeugdhulp samen in de wijk",
            pillars: [1], themes: ["school"], given: "2026-03-30",
            text: "Laat jongerenwerkers en jeugdhulpverleners samen spreekuur houden in de wijk, ook na schooltijd."),
        DemoAdvice(
            body: "O1", request: ("2026-04-13", "2026-05-25"), to: .coreGroup, title: "Inkoop jeugdhulp vanaf 2027",
            question:
                "Wat moet de regio volgens jongeren van de aanbieders vragen bij de inkoop van jeugdhulp vanaf 2027?",
            pillars: [2], themes: ["inspraak"]),
    ]
}
