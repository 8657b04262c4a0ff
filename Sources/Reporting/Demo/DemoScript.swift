import Program

/// One day of the demo story: the commands recorded that day, by whom.
struct DemoDay {
    var time: Instant
    var actor: MemberID?
    var name: String
    var commands: [Command]
    /// Publish the progress report as of this date after the day's commands.
    var publishReportAsOf: Day?
}

/// Writes the demo story as days of commands. Ids are predicted by counting, as the rules hand
/// them out in order.
struct DemoScript {
    private(set) var days: [DemoDay] = []
    private var random = SplitMix64(seed: 20_230_607)
    private var inputs = 0
    private var registrations = 0
    private let secretary: MemberID = "K1"

    /// Writes the story, day by day in the order they happened.
    mutating func tell() {
        setUp()
        firstMeetings()
        kickOff()
        planDecisions()
        subsidy()
        framework()
        laterYears()
        bodiesAndAdvice()
        days = days.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    // MARK: The story

    private mutating func setUp() {
        on("2023-01-09", actor: nil, "init", [.defineProgramme(.zuidLimburg)])
        on("2023-01-16", actor: nil, "member add", [member("Sanne Vos", .youth)])
        on(
            "2023-01-16", "member add",
            [
                member("Marco Hendriks", .parent),
                member("Fatima El Amrani", .clientRepresentative),
                member("Ingrid Peters", .municipality, "Heerlen"),
                member("Ruud Janssen", .municipality, "Maastricht"),
                member("Linda Smeets", .careProvider, "Jeugdhulp Parkstad"),
                member("Daan Kurvers", .youth),
            ])
    }

    private mutating func firstMeetings() {
        let all: [MemberID] = ["K1", "K2", "K3", "K4", "K5", "K6", "K7"]
        on(
            "2023-02-06", "decision record",
            [
                decision(
                    "Werkwijze kerngroep: bottom-up langs drie pijlers",
                    "De kerngroep haalt inbreng op bij jongeren, ouders en cliëntenraden langs drie pijlers en legt medio 2023 een plan van aanpak voor aan de zestien gemeenten.",
                    "2023-02-06", present: all, votes: (7, 0, 0), pillars: [1, 2, 3], level: .coproduce)
            ])
        for (date, count) in [("2023-02-20", 6), ("2023-03-13", 7), ("2023-04-03", 6)] {
            on(
                date, "input add",
                (0..<count).map { _ in input(on: date, channel: [.clientCouncil, .interview, .meeting]) })
        }
        on(
            "2023-04-17", "plan draft",
            [
                .draftPlan(
                    DraftPlan(
                        title: "Plan van aanpak cliënt- en jongerenparticipatie",
                        summary:
                            "Meerjarig, bottom-up, drie pijlers; jongeren en ouders coproduceren en beslissen mee.",
                        date: day("2023-04-17"), informedBy: ["I1", "I3", "I8", "I12"]))
            ])
        on(
            "2023-04-24", "decision record",
            [
                decision(
                    "Plan van aanpak ter besluitvorming aan de gemeenten",
                    "Het plan van aanpak (versie 1) wordt voorgelegd aan de zestien gemeenten.",
                    "2023-04-24", present: ["K1", "K2", "K3", "K4", "K6"], votes: (5, 0, 0), pillars: [2],
                    level: .codecide,
                    informedBy: ["I1", "I3"])
            ])
        on("2023-05-01", "plan submit", [.submitPlan(SubmitPlan(version: 1, date: day("2023-05-01")))])
        on(
            "2023-03-01", "conference schedule",
            [
                .scheduleConference(
                    ScheduleConference(
                        title: "Startconferentie cliënt- en jongerenparticipatie", date: day("2023-06-07"),
                        venue: "Flexiforum, Kerkrade", capacity: 200))
            ])
        for (index, input) in (1...19).enumerated() where index % 3 == 0 {
            respond(to: input, on: "2023-05-08", into: .planVersion(1))
        }
    }

    private mutating func kickOff() {
        // About 215 sign-ups for 200 places between April and early June.
        let signUpDays = [
            "2023-04-11", "2023-04-18", "2023-04-25", "2023-05-02", "2023-05-09", "2023-05-16", "2023-05-23",
            "2023-05-30", "2023-06-02",
        ]
        var registered: [RegistrationID] = []
        for date in signUpDays {
            let commands = (0..<24).map { _ in registration(on: date) }
            registered += (0..<commands.count).map { RegistrationID.numbered(registrations - commands.count + $0 + 1) }
            on(date, "conference register", commands)
        }
        // Cancellations in the last week free places for the waitlist.
        let cancelled = stride(from: 7, to: 180, by: 15).map { registered[$0] }
        on(
            "2023-06-05", "conference cancel",
            cancelled.map {
                .cancelRegistration(
                    CancelRegistration(
                        registration: $0, reason: ["ziek", "verhinderd", "vervoer lukt niet"][Int(random.next() % 3)],
                        date: day("2023-06-05")))
            })
        // Check-in at the door from 09:00; most come, some do not.
        let present = registered.prefix(200).filter { !cancelled.contains($0) }.dropLast(14)
        var minute = 0
        on(
            "2023-06-07", "conference check-in",
            present.map { registration in
                minute += 1
                return .checkIn(
                    CheckIn(
                        registration: registration, at: Instant(iso: "2023-06-07T09:00")!.adding(seconds: minute * 25)))
            }, hour: 17)
        on(
            "2023-06-07", "input add",
            (0..<42).map { _ in input(on: "2023-06-07", channel: [.conference], pillar: [3, 3, 2, 1]) }, hour: 18)
    }

    private mutating func planDecisions() {
        let outcomes: [(String, String, PlanOutcome)] = [
            ("Heerlen", "2023-06-20", .adopted), ("Kerkrade", "2023-06-27", .adopted),
            ("Maastricht", "2023-07-04", .adoptedWithAmendments), ("Sittard-Geleen", "2023-07-04", .adopted),
            ("Landgraaf", "2023-07-11", .adopted), ("Brunssum", "2023-09-19", .adopted),
            ("Beekdaelen", "2023-09-26", .adopted), ("Voerendaal", "2023-10-03", .adopted),
            ("Simpelveld", "2023-10-03", .adopted), ("Stein", "2023-10-10", .adopted),
            ("Beek", "2023-10-17", .rejected), ("Meerssen", "2023-10-24", .adopted),
            ("Eijsden-Margraten", "2023-11-07", .adopted), ("Gulpen-Wittem", "2023-11-14", .adopted),
            ("Valkenburg aan de Geul", "2023-11-21", .adopted), ("Beek", "2024-02-13", .adoptedWithAmendments),
        ]
        for (municipality, date, outcome) in outcomes {
            on(
                date, "plan decide",
                [
                    .recordPlanDecision(
                        RecordPlanDecision(
                            version: 1, municipality: municipality, outcome: outcome, date: day(date),
                            note: outcome == .adoptedWithAmendments
                                ? "Amendement: jaarlijkse evaluatie met de jongerenraad" : nil))
                ])
        }
        // Follow-up of the conference's input, with feedback a few weeks later.
        on(
            "2023-07-03", "decision record",
            [
                decision(
                    "Regionale jongerenraad jeugdhulp",
                    "Er komt een regionale jongerenraad die gevraagd en ongevraagd advies geeft over jeugdhulp in Zuid-Limburg.",
                    "2023-07-03", present: ["K1", "K2", "K3", "K4", "K5", "K7"], votes: (5, 0, 1), pillars: [2],
                    level: .codecide,
                    informedBy: ["I21", "I25", "I30"])
            ])
        for input in 20...61 {
            switch input % 5 {
            case 0: decline(input, on: "2023-07-10", reason: "Valt buiten de jeugdhulp; doorgegeven aan de gemeente.")
            case 1, 2: respond(to: input, on: "2023-07-10", into: .decision("B3"))
            case 3: respond(to: input, on: "2023-07-10", into: .decision("B3"))
            default: break
            }
        }
        for input in 20...61 where input % 5 != 4 {
            on(
                "2023-08-\(String(format: "%02d", 14 + input % 14))", "input feedback",
                [
                    .giveFeedback(
                        GiveFeedback(
                            input: .numbered(input), channel: [.meeting, .letter, .online][input % 3],
                            date: day("2023-08-\(String(format: "%02d", 14 + input % 14))"), note: nil))
                ])
        }
    }

    private mutating func subsidy() {
        on(
            "2023-08-15", "subsidy award",
            [
                .awardSubsidy(
                    AwardSubsidy(
                        funder: "Bovenregionaal Expertisenetwerk Limburg (innovatiebudget)", amount: Cents(4_800_000),
                        periodStart: day("2023-09-01"), periodEnd: day("2025-08-31"),
                        conditions: [
                            "Jaarlijkse voortgangsrapportage", "Jongeren en ouders nemen deel op niveau 4 of hoger",
                        ], date: day("2023-08-15")))
            ])
        on(
            "2023-10-02", "subsidy receive",
            [
                .receiveTranche(
                    ReceiveTranche(
                        subsidy: "S1", amount: Cents(2_400_000), date: day("2023-10-02"), reference: "BEL-2023-117"))
            ])
        let spending: [(String, Int64, Int, String)] = [
            ("2023-10-12", 185_000, 3, "Startconferentie: nazorg en aftermovie"),
            ("2023-11-20", 320_000, 2, "Jongerenraad: werving en training"),
            ("2024-01-15", 412_550, 1, "Scholing cliëntenraden"),
            ("2024-03-04", 275_000, 3, "Jongerenpanels in vijf gemeenten"),
            ("2024-05-21", 530_000, 2, "Jongerenraad: vergoedingen"),
            ("2024-09-10", 612_500, 1, "Cliëntenraden: ervaringsdeskundigen"),
            ("2024-11-18", 498_000, 3, "Online platform inbreng"),
            ("2025-02-03", 706_450, 2, "Regionale adviesprocedure"),
            ("2025-05-12", 553_000, 3, "Empowermenttrainingen ouders"),
            ("2025-08-25", 580_500, 1, "Evaluatie en borging"),
        ]
        // One invoice of November 2024 came in late: it is recorded in February 2025, after the
        // report on 2024 was published — the next report lists it as a correction.
        let recordedLate = ["2024-11-18": "2025-02-10"]
        for (date, cents, pillar, activity) in spending {
            if date == "2024-09-10" {
                on(
                    "2024-09-02", "subsidy receive",
                    [
                        .receiveTranche(
                            ReceiveTranche(
                                subsidy: "S1", amount: Cents(1_920_000), date: day("2024-09-02"),
                                reference: "BEL-2024-044"))
                    ])
            }
            on(
                recordedLate[date] ?? date, "subsidy spend",
                [
                    .bookExpenditure(
                        BookExpenditure(
                            subsidy: "S1", amount: Cents(cents), pillar: pillar, activity: activity, description: nil,
                            date: day(date)))
                ])
        }
        on(
            "2025-10-15", "subsidy report",
            [
                .submitAccountability(
                    SubmitAccountability(
                        subsidy: "S1", date: day("2025-10-15"), note: "Verantwoording innovatiebudget 2023–2025"))
            ])
        on(
            "2025-12-01", "subsidy settle",
            [
                .settleSubsidy(
                    SettleSubsidy(
                        subsidy: "S1", amount: Cents(4_673_000), date: day("2025-12-01"),
                        note: "Vastgesteld op basis van de verantwoording"))
            ])
    }

    private mutating func framework() {
        let goals: [(String, String, String, Direction, Double, [Int: Double], [Int])] = [
            (
                "Jongeren en ouders beslissen mee",
                "Aandeel kerngroepbesluiten genomen op participatieniveau 4 of hoger", "%", .increase, 40,
                [2024: 50, 2025: 60, 2026: 70, 2027: 75, 2028: 80], [2]
            ),
            (
                "Sterke cliëntenraden", "Aantal cliëntenraden van zorgaanbieders met jongeren als lid", "aantal",
                .increase, 4, [2024: 6, 2026: 10, 2028: 14], [1]
            ),
            (
                "Terugkoppeling binnen twee maanden", "Aandeel inbreng met terugkoppeling binnen 60 dagen", "%",
                .increase, 35, [2024: 50, 2025: 65, 2026: 75, 2028: 90], [3]
            ),
            (
                "Jongerenpanels in alle gemeenten", "Aantal gemeenten met een actief jongerenpanel", "aantal",
                .increase, 3, [2024: 5, 2025: 8, 2026: 11, 2027: 14, 2028: 16], [2, 3]
            ),
        ]
        on(
            "2024-07-15", "framework goal add",
            goals.map { title, indicator, unit, direction, baseline, targets, pillars in
                .addGoal(
                    AddGoal(
                        title: title, indicator: indicator, unit: unit, direction: direction, baselineYear: 2023,
                        baseline: baseline, targets: targets, pillars: pillars, date: day("2024-07-15")))
            })
        on(
            "2025-01-27", "framework measure",
            [
                measure("D1", "2024", 54, "Besluitenlijst kerngroep 2024", on: "2025-01-27"),
                measure("D2", "2024", 6, "Inventarisatie zorgaanbieders", on: "2025-01-27"),
                measure("D3", "2024", 44, "Logboek terugkoppeling", on: "2025-01-27"),
                measure("D4", "2024", 6, "Opgave gemeenten", on: "2025-01-27"),
            ])
        on(
            "2025-02-03", "framework goal adjust",
            [
                .adjustGoal(
                    AdjustGoal(
                        goal: "D2", reason: "Twee aanbieders gefuseerd; streefwaarden herijkt", date: day("2025-02-03"),
                        title: nil, indicator: nil, targets: [2026: 9, 2028: 12]))
            ])
        on(
            "2025-07-21", "framework measure",
            [
                measure("D1", "2025-H1", 63, "Besluitenlijst eerste halfjaar", on: "2025-07-21"),
                measure("D3", "2025-H1", 58, "Logboek terugkoppeling", on: "2025-07-21"),
            ])
        on(
            "2026-01-26", "framework measure",
            [
                measure("D1", "2025", 66, "Besluitenlijst kerngroep 2025", on: "2026-01-26"),
                measure("D2", "2025", 8, "Inventarisatie zorgaanbieders", on: "2026-01-26"),
                measure("D3", "2025", 61, "Logboek terugkoppeling", on: "2026-01-26"),
                measure("D4", "2025", 9, "Opgave gemeenten", on: "2026-01-26"),
            ])
    }

    private mutating func laterYears() {
        on("2024-01-08", "input import", (0..<30).map { _ in input(on: "2024-01-08", channel: [.survey, .online]) })
        on(
            "2024-02-05", "decision record",
            [
                decision(
                    "Ervaringsdeskundigen in cliëntenraden",
                    "Zorgaanbieders nemen ervaringsdeskundige jongeren op in hun cliëntenraad; de kerngroep ondersteunt met scholing.",
                    "2024-02-05", present: ["K1", "K2", "K3", "K4", "K6", "K7"], votes: (6, 0, 0), pillars: [1],
                    level: .coproduce,
                    informedBy: ["I62", "I65"]),
                decision(
                    "Vergoeding voor deelnemende jongeren",
                    "Jongeren die deelnemen aan panels ontvangen een vergoeding.",
                    "2024-02-05", present: ["K1", "K2", "K3", "K4", "K6", "K7"], votes: (4, 1, 1), pillars: [2, 3],
                    level: .advise),
            ])
        for input in 62...91 where input % 4 != 0 {
            respond(to: input, on: "2024-02-19", into: input % 2 == 0 ? .decision("B4") : .decision("B5"))
            on(
                "2024-03-\(String(format: "%02d", 4 + input % 20))", "input feedback",
                [
                    .giveFeedback(
                        GiveFeedback(
                            input: .numbered(input), channel: .online,
                            date: day("2024-03-\(String(format: "%02d", 4 + input % 20))"), note: nil))
                ])
        }
        on(
            "2024-05-13", "decision amend",
            [
                .amendDecision(
                    AmendDecision(
                        decision: "B5", reason: "Vergoeding ook voor ouders",
                        meeting: meeting("2024-05-13", ["K1", "K2", "K3", "K4", "K5"], (5, 0, 0)),
                        title: "Vergoeding voor deelnemende jongeren en ouders", text: nil, pillars: nil,
                        participationLevel: .coproduce, informedBy: []))
            ])
        on(
            "2024-09-01", "member leave",
            [.removeMember(RemoveMember(member: "K2", date: day("2024-09-01"), reason: "Termijn afgelopen"))])
        on("2024-09-02", "member add", [member("Yvonne Lemmens", .parent, date: "2024-09-02")])
        on("2025-01-20", "report publish", [], publish: "2024-12-31")
        on("2026-01-19", "report publish", [], publish: "2025-12-31")
        on(
            "2025-03-10", "input add",
            (0..<25).map { _ in input(on: "2025-03-10", channel: [.clientCouncil, .meeting, .survey]) })
        on(
            "2025-04-07", "decision record",
            [
                decision(
                    "Jaarlijkse jongerentop", "Elk jaar organiseren jongeren zelf een regionale top over jeugdhulp.",
                    "2025-04-07", present: ["K1", "K3", "K4", "K5", "K7", "K8"], votes: (6, 0, 0), pillars: [3],
                    level: .selfManage,
                    informedBy: ["I93", "I97", "I101"])
            ])
        on(
            "2025-06-02", "decision revoke",
            [
                .revokeDecision(
                    RevokeDecision(
                        decision: "B2",
                        reason: "Plan van aanpak is door de gemeenten vastgesteld; het voorleggen is afgerond",
                        meeting: meeting("2025-06-02", ["K1", "K3", "K4", "K7", "K8"], (5, 0, 0))))
            ])
        for input in 92...116 where input % 3 != 0 {
            respond(to: input, on: "2025-04-14", into: .decision("B6"))
        }
        for input in 92...116 where input % 3 == 0 {
            decline(input, on: "2025-04-14", reason: "Wordt al opgepakt in de lokale jeugdhulp.")
        }
        for input in 92...116 where input % 4 != 1 {
            on(
                "2025-05-\(String(format: "%02d", 5 + input % 20))", "input feedback",
                [
                    .giveFeedback(
                        GiveFeedback(
                            input: .numbered(input), channel: [.meeting, .letter][input % 2],
                            date: day("2025-05-\(String(format: "%02d", 5 + input % 20))"), note: nil))
                ])
        }
        on(
            "2026-03-09", "input add",
            (0..<18).map { _ in input(on: "2026-03-09", channel: [.survey, .online, .interview]) })
        on(
            "2026-04-13", "decision record",
            [
                decision(
                    "Jongerenraad adviseert over inkoop 2027",
                    "De regionale jongerenraad adviseert over de inkoop van jeugdhulp vanaf 2027.",
                    "2026-04-13", present: ["K1", "K3", "K4", "K5", "K6", "K8"], votes: (6, 0, 0), pillars: [2],
                    level: .advise,
                    informedBy: ["I118", "I121"])
            ])
        for input in 117...134 where input % 2 == 0 {
            respond(to: input, on: "2026-04-20", into: .decision("B7"))
        }
    }

    /// The regional youth council decided in B3 and a parents' panel, their members, and their
    /// advice 2024–2026 — requested and unrequested, each answered or not yet — as of the demo's
    /// last day (2026-04-20): one request still open, one advice awaiting its answer, one overdue.
    private mutating func bodiesAndAdvice() {
        let youthCouncil = [
            "Amira Bouzian", "Jesse Ploumen", "Lieke Vaessen", "Milan Kicken", "Sophie Wetzels", "Thijs Habets",
        ]
        let parentsPanel = ["Anouk Lardinois", "Erik Muijrers", "Hanneke Goossens", "Karim Haddou", "Petra Schins"]
        on(
            "2024-01-22", "body add",
            [
                .establishBody(
                    EstablishBody(
                        name: "Jongerenraad Jeugdhulp Zuid-Limburg", type: .youthCouncil, constituencies: [.youth],
                        municipality: nil, bindingAdvice: false, date: day("2024-01-22")))
            ])
        on(
            "2024-01-22", "body join",
            youthCouncil.map { join("O1", $0, .youth, on: "2024-01-22") })
        on(
            "2024-06-03", "body add",
            [
                .establishBody(
                    EstablishBody(
                        name: "Ouderpanel Jeugdhulp Zuid-Limburg", type: .parentPanel, constituencies: [.parent],
                        municipality: nil, bindingAdvice: false, date: day("2024-06-03")))
            ])
        on(
            "2024-06-03", "body join",
            parentsPanel.map { join("O2", $0, .parent, on: "2024-06-03") })
        on("2024-09-02", "body join", [join("O1", "Noa Willems", .youth, on: "2024-09-02")])
        on(
            "2025-06-30", "body leave",
            [.leaveBody(LeaveBody(member: "L2", date: day("2025-06-30"), reason: "Studie buiten de regio"))])
        on("2025-09-01", "body join", [join("O1", "Bas Crombach", .youth, on: "2025-09-01")])
        for (index, advice) in DemoAdvice.story.enumerated() {
            record(advice, as: .numbered(index + 1))
        }
    }

    // MARK: Building blocks

    private mutating func on(
        _ date: String, actor: MemberID? = "K1", _ name: String, _ commands: [Command], hour: Int = 10,
        publish: String? = nil
    ) {
        let sameDay = days.count { $0.time.dayInNetherlands == day(date) }
        let time = Instant.startOf(day(date)).adding(seconds: hour * 3600 + sameDay * 60)
        days.append(
            DemoDay(time: time, actor: actor, name: name, commands: commands, publishReportAsOf: publish.map(day)))
    }

    private mutating func on(
        _ date: String, _ name: String, _ commands: [Command], hour: Int = 10, publish: String? = nil
    ) {
        on(date, actor: secretary, name, commands, hour: hour, publish: publish)
    }

    private func member(
        _ name: String, _ kind: Constituency.Kind, _ represents: String? = nil, date: String = "2023-01-16"
    ) -> Command {
        .addMember(AddMember(name: name, constituency: kind, represents: represents, date: day(date)))
    }

    private func decision(
        _ title: String, _ text: String, _ date: String, present: [MemberID], votes: (Int, Int, Int), pillars: [Int],
        level: ParticipationLevel, informedBy: [InputID] = []
    ) -> Command {
        .recordDecision(
            RecordDecision(
                title: title, text: text, meeting: meeting(date, present, votes), outcome: .adopted, pillars: pillars,
                participationLevel: level, informedBy: informedBy))
    }

    private func meeting(_ date: String, _ present: [MemberID], _ votes: (Int, Int, Int)) -> Meeting {
        Meeting(
            date: day(date), present: present, votes: Votes(inFavour: votes.0, against: votes.1, abstaining: votes.2))
    }

    private mutating func input(on date: String, channel channels: [Channel], pillar pillars: [Int] = [1, 2, 3])
        -> Command
    {
        inputs += 1
        let summaries = [
            "Jongeren willen een vast aanspreekpunt dat ze zelf kiezen.",
            "Ouders vragen om begrijpelijke brieven van de gemeente.",
            "Wachttijden worden als onzeker ervaren: geef tussentijds bericht.",
            "Cliëntenraden willen eerder betrokken worden bij beleid.",
            "Jongeren willen meepraten over de inkoop van jeugdhulp.", "Meer aandacht voor de overgang naar 18 jaar.",
            "Laat ervaringsdeskundigen meepraten in overleggen.", "Online meedenken moet ook anoniem kunnen.",
            "Vergoed de reiskosten van jongeren die meedoen.", "School en jeugdhulp moeten beter samenwerken.",
        ]
        let sources: [InputSource] = [.youth, .youth, .parent, .clientRepresentative, .professional, .parent]
        let municipalities = [
            "Heerlen", "Kerkrade", "Maastricht", "Sittard-Geleen", "Landgraaf", "Brunssum", "Beekdaelen", "Vaals",
        ]
        let themes = ["wachttijden", "school", "wonen", "18-min/18-plus", "inspraak", "communicatie"]
        let source = pick(sources)
        return .addInput(
            AddInput(
                pillar: pick(pillars), source: source, channel: pick(channels), municipality: pick(municipalities),
                themes: [pick(themes)], date: day(date), summary: pick(summaries),
                participationLevel: pick([.consult, .advise, .coproduce, .coproduce, .codecide]),
                quote: inputs % 7 == 0 && (source == .youth || source == .parent)
                    ? "Ik wil gewoon weten waar ik aan toe ben." : nil))
    }

    private mutating func registration(on date: String) -> Command {
        registrations += 1
        let first = [
            "Lotte", "Noah", "Emma", "Daan", "Julia", "Sem", "Mila", "Finn", "Sara", "Levi", "Noor", "Luuk", "Yara",
            "Bram", "Lina",
        ]
        let last = [
            "Janssen", "Smeets", "Peters", "Hendriks", "Vos", "Kessels", "Bemelmans", "Claessens", "Dassen", "Ramakers",
        ]
        let categories: [AttendeeCategory] = [
            .youth, .youth, .youth, .parent, .parent, .clientRepresentative, .municipality, .careProvider,
            .careProvider, .other,
        ]
        let category = pick(categories)
        let age: AgeGroup? = category == .youth ? pick([.from12to15, .from16to17, .from18to23, .from18to23]) : nil
        let name = "\(pick(first)) \(pick(last))"
        let mail = name.lowercased().replacingOccurrences(of: " ", with: ".") + "\(registrations)@example.nl"
        return .register(
            Register(
                conference: "C1", category: category, name: name, email: mail, phone: nil,
                municipality: pick([
                    "Kerkrade", "Heerlen", "Landgraaf", "Maastricht", "Brunssum", "Simpelveld", "Voerendaal",
                    "Sittard-Geleen",
                ]),
                ageGroup: age, parentConsentBy: age?.needsParentalConsent == true ? "ouder van \(name)" : nil,
                date: day(date)))
    }

    private mutating func respond(to input: Int, on date: String, into use: InputUse) {
        on(
            date, "input respond",
            [.takeUpInput(TakeUpInput(input: .numbered(input), into: use, date: day(date), note: nil))])
    }

    private mutating func decline(_ input: Int, on date: String, reason: String) {
        on(
            date, "input respond",
            [.declineInput(DeclineInput(input: .numbered(input), reason: reason, date: day(date)))])
    }

    private func join(_ body: BodyID, _ name: String, _ kind: Constituency.Kind, on date: String) -> Command {
        .joinBody(JoinBody(body: body, name: name, constituency: kind, represents: nil, date: day(date)))
    }

    /// Records `advice` (`id` predicted by counting) and what became of it, each on its day.
    private mutating func record(_ advice: DemoAdvice, as id: AdviceID) {
        let level = advice.level
        if case let (asked, due)? = advice.request {
            on(
                asked, "advice request",
                [
                    .requestAdvice(
                        RequestAdvice(
                            body: advice.body, addressee: advice.to, addresseeName: advice.toName,
                            title: advice.title, question: advice.question ?? advice.title, pillars: advice.pillars,
                            themes: advice.themes, participationLevel: level, date: day(asked), due: day(due)))
                ])
        }
        if let given = advice.given {
            let requested = advice.request != nil
            on(
                given, "advice give",
                [
                    .giveAdvice(
                        GiveAdvice(
                            request: requested ? id : nil, body: advice.body, addressee: requested ? nil : advice.to,
                            addresseeName: requested ? nil : advice.toName, title: requested ? nil : advice.title,
                            text: advice.text, pillars: requested ? nil : advice.pillars,
                            themes: requested ? [] : advice.themes, participationLevel: level, members: [],
                            date: day(given)))
                ])
        }
        if case let (date, outcome, reason, into)? = advice.response {
            on(
                date, "advice respond",
                [
                    .respondToAdvice(
                        RespondToAdvice(advice: id, outcome: outcome, reason: reason, into: into, date: day(date)))
                ])
        }
        if case let (date, note)? = advice.carriedOut {
            on(date, "advice carry-out", [.carryOutAdvice(CarryOutAdvice(advice: id, note: note, date: day(date)))])
        }
        if case let (date, text)? = advice.reaction {
            on(
                date, "advice react",
                [.reactToAdviceResponse(ReactToAdviceResponse(advice: id, text: text, date: day(date)))])
        }
    }

    private func measure(_ goal: GoalID, _ period: String, _ value: Double, _ note: String, on date: String) -> Command
    {
        .recordMeasurement(
            RecordMeasurement(goal: goal, period: Period(text: period)!, value: value, note: note, date: day(date)))
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }

    private func day(_ text: String) -> Day { Day(iso: text)! }
}
