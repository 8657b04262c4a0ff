import Program

/// The LEJO demo story from January 2024 on: the learning network's core group; learning
/// circles whose findings come in as inputs under the three pillars; a sharing meeting for
/// organisations; the advisory group advising twice a year; the impulse grant spent per pillar.
/// A network of organisations: no municipality takes part. The people are made up.
struct LejoScript {
    private var story = StoryDays(seed: 20_240_108)
    private let themes = ProgrammeDefinition.lejo.themes ?? []

    /// Writes the story; its days in the order they happened.
    mutating func tell() -> [DemoDay] {
        setUp()
        learningCircles()
        sharingMeeting()
        advisoryGroup()
        impulseGrant()
        story.on("2025-01-20", "report publish", [], publish: "2024-12-31")
        return story.days
    }

    private mutating func setUp() {
        story.on("2024-01-08", actor: nil, "init", [.defineProgramme(.lejo)])
        story.on(
            "2024-01-15", actor: nil, "member add", [StoryDays.member("Milan Haverkate", .youth, on: "2024-01-15")])
        story.on(
            "2024-01-15", "member add",
            [
                StoryDays.member("Petra Ekkelkamp", .parent, on: "2024-01-15"),
                StoryDays.member("Dewi Kuiper", .clientRepresentative, on: "2024-01-15"),
                StoryDays.member("Gerard Wessels", .careProvider, "Trias Jeugdhulp", on: "2024-01-15"),
                StoryDays.member("Karin Mulder", .careProvider, "Jeugdbescherming Overijssel", on: "2024-01-15"),
            ])
        story.on(
            "2024-02-05", "decision record",
            [
                StoryDays.decision(
                    "Drie leercirkels: visie, implementeren, opleiden",
                    "Elke aangesloten organisatie neemt deel aan de drie leercirkels; ervaringsdeskundigen zijn er gelijkwaardig lid van.",
                    "2024-02-05", present: ["K1", "K2", "K3", "K4", "K5"], votes: (5, 0, 0), pillars: [1, 2, 3],
                    level: .coproduce)
            ])
    }

    private mutating func learningCircles() {
        let circles: [(String, Int)] = [
            ("2024-03-18", 1), ("2024-04-15", 2), ("2024-05-13", 3), ("2024-09-16", 1), ("2024-10-14", 2),
            ("2024-11-11", 3), ("2025-03-17", 2),
        ]
        for (date, pillar) in circles {
            story.on(date, "input add", (0..<5).map { _ in input(on: date, pillar: pillar, channel: .meeting) })
        }
        story.on(
            "2024-12-02", "decision record",
            [
                StoryDays.decision(
                    "Gedeelde visie op ervaringskennis vastgesteld",
                    "De organisaties onderschrijven een gedeelde visie; ervaringskennis is een bron van kennis naast professionele en wetenschappelijke kennis.",
                    "2024-12-02", present: ["K1", "K2", "K3", "K4"], votes: (4, 0, 0), pillars: [1],
                    level: .codecide)
            ])
        for input in 1...30 where input % 4 != 0 {
            story.on("2024-12-09", "input respond", [StoryDays.takeUp(input, into: .decision("B3"), on: "2024-12-09")])
            story.on("2025-01-13", "input feedback", [StoryDays.feedback(input, .letter, on: "2025-01-13")])
        }
    }

    private mutating func sharingMeeting() {
        story.on(
            "2024-08-26", "conference schedule",
            [
                .scheduleConference(
                    ScheduleConference(
                        title: "Leer- en deelbijeenkomst ervaringskennis", date: StoryDays.day("2024-10-03"),
                        venue: "Windesheim, Zwolle", capacity: 80))
            ])
        let first = ["Sven", "Anna", "Ruben", "Lieke", "Tim", "Maud", "Joris", "Esther"]
        let last = ["Haverkate", "Ekkelkamp", "Wessels", "Mulder", "Kuiper", "Bruggink", "Scholten"]
        for (week, date) in ["2024-09-02", "2024-09-16", "2024-09-30"].enumerated() {
            var registrations: [Command] = []
            for index in 1...20 {
                registrations.append(story.registration(number: week * 20 + index, first: first, last: last, on: date))
            }
            story.on(date, "conference register", registrations)
        }
        let doors = Instant(iso: "2024-10-03T13:00")!
        story.on(
            "2024-10-03", "conference check-in",
            (1...60).filter { $0 % 5 != 0 }.map { StoryDays.checkIn($0, at: doors.adding(seconds: $0 * 30)) },
            hour: 18)
    }

    private mutating func advisoryGroup() {
        story.on(
            "2024-03-04", "body add",
            [
                StoryDays.establish(
                    "Adviesgroep LEJO", .advisoryGroup, [.youth, .parent, .clientRepresentative], on: "2024-03-04")
            ])
        let members: [(BodyID, String, Constituency.Kind)] = [
            ("O1", "Sanne Oosterveld", .youth), ("O1", "Thomas Nijenhuis", .clientRepresentative),
            ("O1", "Yvonne Brouwer", .parent),
        ]
        story.on("2024-03-04", "body join", members.map { StoryDays.join($0, $1, $2, on: "2024-03-04") }, hour: 14)
        // Twice a year: in June and in December.
        story.on(
            "2024-06-17", "advice give",
            [
                StoryDays.advice(
                    "O1", to: .coreGroup, title: "Ervaringsdeskundigen betalen als collega",
                    text:
                        "Vergoed ervaringsdeskundigen in de leercirkels zoals andere deelnemers, niet met een cadeaubon.",
                    pillars: [2], themes: [themes[0]], level: .advise, members: ["L1", "L2", "L3"], on: "2024-06-17")
            ])
        story.on(
            "2024-07-08", "decision record",
            [
                StoryDays.decision(
                    "Vergoeding ervaringsdeskundigen", "Ervaringsdeskundigen ontvangen een vergoeding per bijeenkomst.",
                    "2024-07-08", present: ["K1", "K2", "K4", "K5"], votes: (3, 0, 1), pillars: [2], level: .advise)
            ])
        story.on(
            "2024-07-08", "advice respond",
            [StoryDays.respond("AD1", .adopted, into: .decision("B2"), on: "2024-07-08")])
        story.on(
            "2024-12-16", "advice give",
            [
                StoryDays.advice(
                    "O1", to: .careProvider, named: "Jeugdbescherming Overijssel",
                    title: "Ervaringskennis in de jeugdbescherming",
                    text: "Laat jongeren met ervaring in de jeugdbescherming meelezen met de nieuwe werkwijze.",
                    pillars: [2, 3], themes: [themes[1]], level: .advise, members: ["L1", "L2"], on: "2024-12-16")
            ])
        story.on(
            "2025-01-27", "advice respond",
            [
                StoryDays.respond(
                    "AD2", .adoptedInPart, reason: "Meelezen kan, maar niet bij dossiers van lopende zaken.",
                    on: "2025-01-27")
            ])
        story.on(
            "2025-02-10", "advice react",
            [
                .reactToAdviceResponse(
                    ReactToAdviceResponse(
                        advice: "AD2", text: "Begrijpelijk; we willen wel meelezen bij geanonimiseerde casussen.",
                        date: StoryDays.day("2025-02-10")))
            ])
    }

    private mutating func impulseGrant() {
        story.on(
            "2024-01-22", "subsidy award",
            [
                .awardSubsidy(
                    AwardSubsidy(
                        funder: "Expertisenetwerk Jeugd Overijssel (impulsaanvraag)", amount: Cents(9_000_000),
                        periodStart: StoryDays.day("2024-02-01"), periodEnd: StoryDays.day("2026-07-31"),
                        conditions: [
                            "Bijeenkomsten en opleidingskosten van aangesloten organisaties vergoed",
                            "Halfjaarlijks advies van de adviesgroep",
                        ], date: StoryDays.day("2024-01-22")))
            ])
        story.on(
            "2024-02-12", "subsidy receive",
            [
                .receiveTranche(
                    ReceiveTranche(
                        subsidy: "S1", amount: Cents(4_500_000), date: StoryDays.day("2024-02-12"),
                        reference: "LEJO-2024-01"))
            ])
        let spending: [(String, Int64, Int, String)] = [
            ("2024-04-22", 640_000, 1, "Leercirkel visie"), ("2024-06-24", 910_000, 2, "Leercirkel implementeren"),
            ("2024-10-07", 560_000, 3, "Leer- en deelbijeenkomst"),
            ("2024-11-25", 1_230_000, 3, "Opleiding ervaringsdeskundigen"),
            ("2025-03-24", 720_000, 2, "Eigen budget organisaties"),
        ]
        for (date, cents, pillar, activity) in spending {
            story.on(date, "subsidy spend", [StoryDays.spend(cents, pillar: pillar, activity, on: date)])
        }
    }

    private mutating func input(on date: String, pillar: Int, channel: Channel) -> Command {
        let summaries = [
            "Maak ervaringskennis een vast onderdeel van het teamoverleg.",
            "Professionals willen hun eigen ervaring leren inzetten.",
            "Pleegouders willen als ervaringsdeskundige meedenken.",
            "Geef ervaringsdeskundigen een eigen functieprofiel.",
            "Leer van elkaars implementatie: elke organisatie doet het anders.",
        ]
        return .addInput(
            AddInput(
                pillar: pillar,
                source: story.pick([.youth, .parent, .clientRepresentative, .professional, .careProvider]),
                channel: channel, municipality: nil, themes: [story.pick(themes)], date: StoryDays.day(date),
                summary: story.pick(summaries), participationLevel: story.pick([.advise, .coproduce, .coproduce]),
                quote: nil))
    }
}
