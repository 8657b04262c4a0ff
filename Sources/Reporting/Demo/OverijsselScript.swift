import Program

/// The Overijssel demo story: the network of youth and parents of the Expertisenetwerk Jeugd
/// Overijssel from January 2022 on. Its core group; the network giving requested and unrequested
/// advice; the Regional Expert Teams of Twente and IJsselland, whose advice is binding and carried
/// out; inputs on the five themes of 2022 with feedback; a network day in Enschede; an impulse
/// grant. The people are made up.
struct OverijsselScript {
    private var story = StoryDays(seed: 20_220_117)
    private let themes = ProgrammeDefinition.overijssel.themes ?? []

    /// Writes the story; its days in the order they happened.
    mutating func tell() -> [DemoDay] {
        setUp()
        bodies()
        advice()
        collect()
        networkDay()
        impulseGrant()
        return story.days
    }

    private mutating func setUp() {
        story.on("2022-01-10", actor: nil, "init", [.defineProgramme(.overijssel)])
        story.on(
            "2022-01-17", actor: nil, "member add", [StoryDays.member("Jesse Oude Wesselink", .youth, on: "2022-01-17")]
        )
        story.on(
            "2022-01-17", "member add",
            [
                StoryDays.member("Ilse Nijhuis", .parent, on: "2022-01-17"),
                StoryDays.member("Romy Bosch", .youth, on: "2022-01-17"),
                StoryDays.member("Wouter ter Haar", .municipality, "Enschede", on: "2022-01-17"),
                StoryDays.member("Anouk Lansink", .careProvider, "Trias Jeugdhulp", on: "2022-01-17"),
            ])
        story.on(
            "2022-02-07", "decision record",
            [
                StoryDays.decision(
                    "Werkwijze van het netwerk: vijf thema's in 2022",
                    "Het netwerk van jongeren en ouders werkt in 2022 aan de vijf thema's van het Expertisenetwerk en adviseert gevraagd en ongevraagd.",
                    "2022-02-07", present: ["K1", "K2", "K3", "K4", "K5"], votes: (5, 0, 0), pillars: [1, 2],
                    level: .coproduce)
            ])
    }

    private mutating func bodies() {
        story.on(
            "2022-02-14", "body add",
            [
                StoryDays.establish(
                    "Bovenregionaal netwerk jongeren en ouders", .network, [.youth, .parent], on: "2022-02-14"),
                StoryDays.establish(
                    "Regionaal Expertteam Twente", .expertTeam, [.careProvider, .municipality], binding: true,
                    on: "2022-02-14"),
                StoryDays.establish(
                    "Regionaal Expertteam IJsselland", .expertTeam, [.careProvider, .municipality], binding: true,
                    on: "2022-02-14"),
            ])
        let joining: [(BodyID, String, Constituency.Kind, String?)] = [
            ("O1", "Lars Kamphuis", .youth, nil), ("O1", "Fleur Pots", .youth, nil),
            ("O1", "Mirjam Wiggers", .parent, nil), ("O1", "Bas Hofman", .parent, nil),
            ("O1", "Noa Brinkhuis", .youth, nil), ("O2", "Erik Kuipers", .careProvider, "Karakter"),
            ("O2", "Saskia Olde Rikkert", .municipality, "Enschede"),
            ("O3", "Marieke Dijkstra", .careProvider, "Trias Jeugdhulp"),
            ("O3", "Hans Meulenbelt", .careProvider, "Jeugdhulp IJsselland"),
        ]
        story.on(
            "2022-02-21", "body join", joining.map { StoryDays.join($0, $1, $2, $3, on: "2022-02-21") }, hour: 14)
    }

    private mutating func advice() {
        // Requested: the core group asks the network about the explanatory analysis (AD1).
        story.on(
            "2022-03-07", "advice request",
            [
                .requestAdvice(
                    RequestAdvice(
                        body: "O1", addressee: .coreGroup, addresseeName: nil,
                        title: "Verklarende analyse: wanneer voel je je gehoord?",
                        question:
                            "Hoe zorgen we dat het eigen perspectief van jongeren en ouders centraal staat in de verklarende analyse?",
                        pillars: [1], themes: [themes[0]], participationLevel: .advise,
                        date: StoryDays.day("2022-03-07"), due: StoryDays.day("2022-04-18")))
            ])
        story.on(
            "2022-04-11", "advice give",
            [
                .giveAdvice(
                    GiveAdvice(
                        request: "AD1", body: nil, addressee: nil, addresseeName: nil, title: nil,
                        text:
                            "Begin elk gesprek met de vraag wat de jongere zelf wil bereiken, en schrijf de analyse samen met het gezin.",
                        pillars: nil, themes: [], participationLevel: nil, members: ["L1", "L3"],
                        date: StoryDays.day("2022-04-11")))
            ])
        story.on(
            "2022-05-02", "decision record",
            [
                StoryDays.decision(
                    "Verklarende analyse samen met het gezin",
                    "De verklarende analyse wordt samen met de jongere en ouders opgesteld; hun perspectief staat voorop.",
                    "2022-05-02", present: ["K1", "K2", "K4", "K5"], votes: (4, 0, 0), pillars: [1],
                    level: .coproduce)
            ])
        story.on(
            "2022-05-02", "advice respond",
            [StoryDays.respond("AD1", .adopted, into: .decision("B2"), on: "2022-05-02")])
        story.on(
            "2022-05-16", "advice react",
            [
                .reactToAdviceResponse(
                    ReactToAdviceResponse(
                        advice: "AD1",
                        text: "Fijn dat het advies helemaal is overgenomen; we kijken over een jaar mee.",
                        date: StoryDays.day("2022-05-16")))
            ])
        // Unrequested: the network on unconditional housing (AD2), adopted in part.
        story.on(
            "2022-06-13", "advice give",
            [
                StoryDays.advice(
                    "O1", to: .region, title: "Onvoorwaardelijk wonen: geen verhuizing bij escalatie",
                    text:
                        "Verhuis een jongere niet naar een volgende plek als het misgaat; breng de hulp naar de plek waar hij woont.",
                    pillars: [1], themes: [themes[2]], level: .advise, members: ["L2", "L4", "L5"], on: "2022-06-13")
            ])
        story.on(
            "2022-07-18", "advice respond",
            [
                StoryDays.respond(
                    "AD2", .adoptedInPart,
                    reason: "Kleinschalig wonen wordt uitgebreid; voor jeugdzorg+ blijft overplaatsing soms nodig.",
                    on: "2022-07-18")
            ])
        // The expert teams' binding advice (AD3, AD4), carried out by those it binds.
        story.on(
            "2022-09-05", "advice give",
            [
                StoryDays.advice(
                    "O2", to: .municipality, named: "Enschede",
                    title: "Passende plek voor een jongere met een eetstoornis",
                    text: "Zet niet-gecontracteerde zorg in volgens de K-EET-aanpak, bekostigd uit het maatwerkbudget.",
                    pillars: [2], themes: [themes[3]], level: .codecide, members: ["L6", "L7"], on: "2022-09-05")
            ])
        story.on("2022-09-12", "advice respond", [StoryDays.respond("AD3", .adopted, on: "2022-09-12")])
        story.on(
            "2022-10-03", "advice give",
            [
                StoryDays.advice(
                    "O3", to: .careProvider, named: "Trias Jeugdhulp", title: "Doorgaande lijn na het 18e jaar",
                    text:
                        "Begeleid de jongere na zijn 18e door met dezelfde hulpverlener tot de Wmo-ondersteuning loopt.",
                    pillars: [2], themes: [themes[1]], level: .codecide, members: ["L8"], on: "2022-10-03")
            ])
        story.on("2022-10-10", "advice respond", [StoryDays.respond("AD4", .adopted, on: "2022-10-10")])
        story.on(
            "2022-10-24", "advice carry-out",
            [
                .carryOutAdvice(
                    CarryOutAdvice(advice: "AD3", note: "Behandeling gestart", date: StoryDays.day("2022-10-24")))
            ])
        story.on(
            "2022-12-05", "advice carry-out",
            [
                .carryOutAdvice(
                    CarryOutAdvice(
                        advice: "AD4", note: "Vaste begeleider na het 18e jaar", date: StoryDays.day("2022-12-05")))
            ])
        // A request still open at the end: complex divorces (AD5).
        story.on(
            "2023-01-16", "advice request",
            [
                .requestAdvice(
                    RequestAdvice(
                        body: "O1", addressee: .region, addresseeName: nil, title: "Complexe scheidingen",
                        question: "Wat hebben jongeren nodig als hun ouders in een complexe scheiding zitten?",
                        pillars: [1, 4], themes: [themes[4]], participationLevel: .consult,
                        date: StoryDays.day("2023-01-16"), due: StoryDays.day("2023-02-27")))
            ])
    }

    private mutating func collect() {
        for (date, count) in [("2022-03-21", 8), ("2022-06-20", 10), ("2022-10-17", 9), ("2023-02-13", 7)] {
            story.on(date, "input add", (0..<count).map { _ in input(on: date) })
        }
        story.on(
            "2022-11-07", "decision record",
            [
                StoryDays.decision(
                    "Onvoorwaardelijk wonen: de hulp komt naar de jongere",
                    "Het netwerk en de RET's werken uit hoe hulp bij escalatie naar de woonplek van de jongere komt, in plaats van een overplaatsing.",
                    "2022-11-07", present: ["K1", "K2", "K3", "K4"], votes: (4, 0, 0), pillars: [1, 2],
                    level: .coproduce)
            ])
        for input in 1...27 where input % 3 != 0 {
            story.on("2022-11-07", "input respond", [StoryDays.takeUp(input, into: .decision("B3"), on: "2022-11-07")])
            story.on("2022-11-21", "input feedback", [StoryDays.feedback(input, .meeting, on: "2022-11-21")])
        }
        story.on("2023-01-23", "report publish", [], publish: "2022-12-31")
    }

    private mutating func networkDay() {
        story.on(
            "2022-08-22", "conference schedule",
            [
                .scheduleConference(
                    ScheduleConference(
                        title: "Netwerkdag jongeren en ouders", date: StoryDays.day("2022-11-12"), venue: "Enschede",
                        capacity: 60))
            ])
        let first = ["Jesse", "Lotte", "Thijs", "Femke", "Luuk", "Sanne", "Niels", "Iris", "Koen", "Eva"]
        let last = ["Nijhuis", "Kamphuis", "Wiggers", "Brinkhuis", "Pots", "Hofman", "Dijkstra", "Lansink"]
        for (week, date) in ["2022-09-26", "2022-10-10", "2022-10-24", "2022-11-07"].enumerated() {
            var registrations: [Command] = []
            for index in 1...12 {
                registrations.append(story.registration(number: week * 12 + index, first: first, last: last, on: date))
            }
            story.on(date, "conference register", registrations)
        }
        let doors = Instant(iso: "2022-11-12T10:00")!
        story.on(
            "2022-11-12", "conference check-in",
            (1...48).filter { $0 % 6 != 0 }.map { StoryDays.checkIn($0, at: doors.adding(seconds: $0 * 40)) },
            hour: 16)
        story.on(
            "2022-11-12", "input add", (0..<12).map { _ in input(on: "2022-11-12", channel: .conference) }, hour: 17)
    }

    private mutating func impulseGrant() {
        story.on(
            "2022-04-04", "subsidy award",
            [
                .awardSubsidy(
                    AwardSubsidy(
                        funder: "Expertisenetwerk Jeugd Overijssel (impulsgelden, via gemeente Enschede)",
                        amount: Cents(2_500_000), periodStart: StoryDays.day("2022-05-01"),
                        periodEnd: StoryDays.day("2023-04-30"),
                        conditions: ["Jongeren en ouders doen mee in alle onderdelen", "Verantwoording na afloop"],
                        date: StoryDays.day("2022-04-04")))
            ])
        story.on(
            "2022-05-09", "subsidy receive",
            [
                .receiveTranche(
                    ReceiveTranche(
                        subsidy: "S1", amount: Cents(2_500_000), date: StoryDays.day("2022-05-09"),
                        reference: "IMP-2022-07"))
            ])
        story.on(
            "2022-06-27", "subsidy spend",
            [StoryDays.spend(420_000, pillar: 1, "Vergoedingen netwerkleden", on: "2022-06-27")])
        story.on(
            "2022-09-19", "subsidy spend",
            [StoryDays.spend(615_000, pillar: 2, "Inzet ervaringsdeskundigen in de RET's", on: "2022-09-19")])
        story.on(
            "2022-11-14", "subsidy spend",
            [StoryDays.spend(380_000, pillar: 3, "Netwerkdag jongeren en ouders", on: "2022-11-14")])
        story.on(
            "2023-03-20", "subsidy spend",
            [StoryDays.spend(540_000, pillar: 4, "Participatief onderzoek onvoorwaardelijk wonen", on: "2023-03-20")])
        story.on(
            "2023-05-22", "subsidy report",
            [
                .submitAccountability(
                    SubmitAccountability(
                        subsidy: "S1", date: StoryDays.day("2023-05-22"), note: "Verantwoording impulsgelden"))
            ])
    }

    private mutating func input(on date: String, channel: Channel? = nil) -> Command {
        let summaries = [
            "Jongeren willen zelf meeschrijven aan hun verklarende analyse.",
            "Ouders vragen om één vaste contactpersoon, ook na het 18e jaar.",
            "Een verhuizing na een crisis voelt als straf: breng de hulp naar huis.",
            "Herken eetstoornissen eerder, op school en bij de huisarts.",
            "Kinderen in een scheiding willen hun eigen verhaal kunnen doen.",
            "Laat ervaringsdeskundigen aanschuiven bij het expertteam.",
        ]
        return .addInput(
            AddInput(
                pillar: story.pick([1, 1, 2, 3, 4]),
                source: story.pick([.youth, .youth, .parent, .parent, .professional]),
                channel: channel ?? story.pick([.meeting, .interview, .online, .survey]), municipality: nil,
                themes: [story.pick(themes)], date: StoryDays.day(date), summary: story.pick(summaries),
                participationLevel: story.pick([.consult, .advise, .coproduce, .codecide]), quote: nil))
    }
}
