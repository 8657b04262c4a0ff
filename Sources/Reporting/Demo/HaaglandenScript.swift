import Program

/// The Haaglanden demo story from 2018 on: parents and youth given a voice in their own care
/// paths, in policy and in evaluation. A core group with the region's municipalities and care
/// providers; a parents' and youth panel with a role in each transformation project from its
/// planning on, asked for advice and advising unasked; the plan put to the nine municipalities; a
/// meeting of "fakkeldragers" in 2019; the transformation budget spent per pillar and settled.
/// The people are made up.
struct HaaglandenScript {
    private var story = StoryDays(seed: 20_180_115)
    private let themes = ProgrammeDefinition.haaglanden.themes ?? []

    /// Writes the story; its days in the order they happened.
    mutating func tell() -> [DemoDay] {
        setUp()
        plan()
        panel()
        torchBearers()
        transformationBudget()
        story.on("2020-01-20", "report publish", [], publish: "2019-12-31")
        return story.days
    }

    private mutating func setUp() {
        story.on("2018-01-15", actor: nil, "init", [.defineProgramme(.haaglanden)])
        story.on("2018-01-22", actor: nil, "member add", [StoryDays.member("Samira Bouzid", .parent, on: "2018-01-22")])
        story.on(
            "2018-01-22", "member add",
            [
                StoryDays.member("Kevin de Wit", .youth, on: "2018-01-22"),
                StoryDays.member("Annelies van Leeuwen", .municipality, "'s-Gravenhage", on: "2018-01-22"),
                StoryDays.member("Rob Verhoeven", .municipality, "Zoetermeer", on: "2018-01-22"),
                StoryDays.member("Nicole Jansen", .careProvider, "Jeugdhulp Haaglanden", on: "2018-01-22"),
                StoryDays.member("Tessa Groen", .youth, on: "2018-01-22"),
            ])
        for (date, count) in [("2018-02-19", 10), ("2018-03-19", 8), ("2019-02-18", 9), ("2019-09-16", 8)] {
            story.on(
                date, "input add",
                (0..<count).map { _ in input(on: date, channel: story.pick([.meeting, .interview])) })
        }
    }

    private mutating func plan() {
        story.on(
            "2018-04-09", "plan draft",
            [
                .draftPlan(
                    DraftPlan(
                        title: "Plan van aanpak: ouders en jongeren partner in de transformatie",
                        summary:
                            "In elk transformatieproject hebben ouders en jongeren een rol vanaf de planvorming tot de evaluatie.",
                        date: StoryDays.day("2018-04-09"), informedBy: ["I1", "I4", "I12"]))
            ])
        story.on(
            "2018-04-16", "decision record",
            [
                StoryDays.decision(
                    "Cliënten in elk project vanaf de start",
                    "Geen transformatieproject start zonder afspraken over de rol van ouders en jongeren; het plan van aanpak gaat naar de negen gemeenten.",
                    "2018-04-16", present: ["K1", "K2", "K3", "K5", "K6"], votes: (5, 0, 0), pillars: [2],
                    level: .coproduce)
            ])
        story.on("2018-04-23", "plan submit", [.submitPlan(SubmitPlan(version: 1, date: StoryDays.day("2018-04-23")))])
        let decisions: [(String, String, PlanOutcome)] = [
            ("'s-Gravenhage", "2018-05-24", .adopted), ("Delft", "2018-05-29", .adopted),
            ("Zoetermeer", "2018-06-05", .adoptedWithAmendments), ("Rijswijk", "2018-06-12", .adopted),
            ("Westland", "2018-06-19", .adopted), ("Leidschendam-Voorburg", "2018-06-26", .adopted),
            ("Pijnacker-Nootdorp", "2018-07-03", .adopted), ("Midden-Delfland", "2018-07-03", .adopted),
        ]
        for (municipality, date, outcome) in decisions {
            story.on(
                date, "plan decide",
                [
                    .recordPlanDecision(
                        RecordPlanDecision(
                            version: 1, municipality: municipality, outcome: outcome, date: StoryDays.day(date),
                            note: outcome == .adoptedWithAmendments ? "Amendement: jaarlijks verslag aan de raad" : nil)
                    )
                ])
        }
        for input in 1...18 where input % 3 != 1 {
            story.on("2018-04-30", "input respond", [StoryDays.takeUp(input, into: .planVersion(1), on: "2018-04-30")])
            story.on("2018-05-14", "input feedback", [StoryDays.feedback(input, .letter, on: "2018-05-14")])
        }
    }

    private mutating func panel() {
        story.on(
            "2018-09-03", "body add",
            [
                StoryDays.establish(
                    "Ouder- en jongerenpanel Haaglanden", .parentPanel, [.youth, .parent], on: "2018-09-03")
            ])
        let members: [(BodyID, String, Constituency.Kind)] = [
            ("O1", "Daphne Vermeulen", .parent), ("O1", "Mohamed Amrani", .parent), ("O1", "Jayden Koster", .youth),
            ("O1", "Sophie van Dam", .youth),
        ]
        story.on("2018-09-03", "body join", members.map { StoryDays.join($0, $1, $2, on: "2018-09-03") }, hour: 14)
        // Requested: the region asks the panel how clients take part in a project from its planning (AD1).
        story.on(
            "2018-10-01", "advice request",
            [
                .requestAdvice(
                    RequestAdvice(
                        body: "O1", addressee: .region, addresseeName: nil,
                        title: "Rol van ouders en jongeren in het project Thuis in de wijk",
                        question: "Welke rol willen ouders en jongeren in het project, vanaf de planvorming?",
                        pillars: [2], themes: [themes[0]], participationLevel: .advise,
                        date: StoryDays.day("2018-10-01"), due: StoryDays.day("2018-11-12")))
            ])
        story.on(
            "2018-11-05", "advice give",
            [
                .giveAdvice(
                    GiveAdvice(
                        request: "AD1", body: nil, addressee: nil, addresseeName: nil, title: nil,
                        text:
                            "Twee ouders en twee jongeren in de projectgroep, met een vergoeding, en een evaluatie die zij mee opstellen.",
                        pillars: nil, themes: [], participationLevel: nil, members: ["L1", "L3"],
                        date: StoryDays.day("2018-11-05")))
            ])
        story.on(
            "2018-12-03", "decision record",
            [
                StoryDays.decision(
                    "Ouders en jongeren in de projectgroep Thuis in de wijk",
                    "Twee ouders en twee jongeren nemen met een vergoeding deel aan de projectgroep en stellen de evaluatie mee op.",
                    "2018-12-03", present: ["K1", "K2", "K3", "K4", "K5"], votes: (5, 0, 0), pillars: [2, 3],
                    level: .coproduce)
            ])
        story.on(
            "2018-12-03", "advice respond",
            [StoryDays.respond("AD1", .adopted, into: .decision("B2"), on: "2018-12-03")])
        // Unrequested: on the letters families get (AD2), not adopted with the reason.
        story.on(
            "2019-03-11", "advice give",
            [
                StoryDays.advice(
                    "O1", to: .municipality, named: "Delft", title: "Brieven in gewone taal",
                    text: "Schrijf beschikkingen jeugdhulp in gewone taal en bel vooraf als er iets verandert.",
                    pillars: [1], themes: [themes[1]], level: .advise, members: ["L2", "L4"], on: "2019-03-11")
            ])
        story.on(
            "2019-05-06", "advice respond",
            [
                StoryDays.respond(
                    "AD2", .notAdopted,
                    reason: "De beschikking volgt een landelijk model; de begeleidende brief wordt herschreven.",
                    on: "2019-05-06")
            ])
        story.on(
            "2019-10-07", "decision record",
            [
                StoryDays.decision(
                    "Ouders en jongeren evalueren de projecten mee",
                    "Elk transformatieproject wordt geëvalueerd met de ouders en jongeren die eraan deelnamen.",
                    "2019-10-07", present: ["K1", "K2", "K4", "K5", "K6"], votes: (4, 1, 0), pillars: [3],
                    level: .coproduce)
            ])
        for input in 19...35 where input % 2 == 0 {
            story.on("2019-10-07", "input respond", [StoryDays.takeUp(input, into: .decision("B3"), on: "2019-10-07")])
            story.on("2019-10-21", "input feedback", [StoryDays.feedback(input, .meeting, on: "2019-10-21")])
        }
    }

    private mutating func torchBearers() {
        story.on(
            "2019-01-14", "conference schedule",
            [
                .scheduleConference(
                    ScheduleConference(
                        title: "Fakkeldragers en frisdenkers", date: StoryDays.day("2019-03-28"), venue: "Den Haag",
                        capacity: 100))
            ])
        let first = ["Amira", "Bas", "Chantal", "Dennis", "Eline", "Freek", "Hanna", "Ismail"]
        let last = ["de Wit", "van Leeuwen", "Verhoeven", "Groen", "Vermeulen", "Koster", "van Dam"]
        for (week, date) in ["2019-02-11", "2019-02-25", "2019-03-11", "2019-03-25"].enumerated() {
            var registrations: [Command] = []
            for index in 1...22 {
                registrations.append(story.registration(number: week * 22 + index, first: first, last: last, on: date))
            }
            story.on(date, "conference register", registrations)
        }
        let doors = Instant(iso: "2019-03-28T14:00")!
        story.on(
            "2019-03-28", "conference check-in",
            (1...88).filter { $0 % 7 != 0 }.map { StoryDays.checkIn($0, at: doors.adding(seconds: $0 * 20)) }, hour: 19)
    }

    private mutating func transformationBudget() {
        story.on(
            "2018-06-11", "subsidy award",
            [
                .awardSubsidy(
                    AwardSubsidy(
                        funder: "Transformatiefonds jeugd (regio Haaglanden)", amount: Cents(15_000_000),
                        periodStart: StoryDays.day("2018-07-01"), periodEnd: StoryDays.day("2020-12-31"),
                        conditions: ["Ouders en jongeren hebben een rol in elk project"],
                        date: StoryDays.day("2018-06-11")))
            ])
        story.on(
            "2018-07-02", "subsidy receive",
            [
                .receiveTranche(
                    ReceiveTranche(
                        subsidy: "S1", amount: Cents(7_500_000), date: StoryDays.day("2018-07-02"),
                        reference: "TF-HGL-2018"))
            ])
        let spending: [(String, Int64, Int, String)] = [
            ("2018-10-15", 1_850_000, 1, "Gezinsgesprekken met ervaringsdeskundigen"),
            ("2019-01-21", 2_400_000, 2, "Projectgroepen met ouders en jongeren"),
            ("2019-04-01", 950_000, 2, "Fakkeldragers en frisdenkers"),
            ("2019-11-18", 1_600_000, 3, "Evaluatie met ouders en jongeren"),
        ]
        for (date, cents, pillar, activity) in spending {
            story.on(date, "subsidy spend", [StoryDays.spend(cents, pillar: pillar, activity, on: date)])
        }
    }

    private mutating func input(on date: String, channel: Channel) -> Command {
        let summaries = [
            "Begin met de vraag van het gezin, niet met het aanbod.",
            "Ouders willen meelezen met het plan voordat het vastligt.",
            "Jongeren willen zelf kiezen wie er bij hun gesprek zit.",
            "Vraag na afloop wat de hulp heeft opgeleverd.",
            "Nodig ouders uit bij de start van een project, niet aan het eind.",
        ]
        return .addInput(
            AddInput(
                pillar: story.pick([1, 1, 2, 2, 3]), source: story.pick([.youth, .parent, .parent, .professional]),
                channel: channel,
                municipality: story.pick(["'s-Gravenhage", "Delft", "Zoetermeer", "Westland", "Rijswijk"]),
                themes: [story.pick(themes)], date: StoryDays.day(date), summary: story.pick(summaries),
                participationLevel: story.pick([.consult, .advise, .coproduce]), quote: nil))
    }
}
