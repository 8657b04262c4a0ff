import EventStore
import Foundation
import Program
import TestSupport
import Testing

/// The bottom-up part of the programme through programctl: the kick-off conference, input under
/// the three pillars and its follow-up, the subsidy; CSV imports; idempotent retries.
@Suite struct ParticipationTests {
    /// "Done when": a new user records the kick-off of 7 June 2023 with more sign-ups than places,
    /// the collected input and its follow-up, and the subsidy, and reads it all back.
    @Test func newUserRecordsTheKickOffTheInputAndTheSubsidy() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.addCoreGroup()
            try await programme.addTakeUpTargets()
            try await Self.recordKickOff(programme)
            try await Self.recordSmallEveningToday(programme)
            try await Self.recordInputAndFollowUp(programme)
            try await Self.recordSubsidy(programme)
            let report = try EventStore(path: programme.programctl.db, mode: .readOnly).verify()
            #expect(report.isIntact)
        }
    }

    /// C1: 200 places, 210 sign-ups imported and one more by hand; cancellations promote the first
    /// on the waitlist; check-ins at the door recorded afterwards with `--at`.
    private static func recordKickOff(_ programme: ParticipationProgramme) async throws {
        try await programme.scheduleConference(capacity: 200)
        let csv = try programme.write("aanmeldingen.csv", ParticipationProgramme.signUpCSV(rows: 210))
        let imported = try await programme.json(["conference", "import", "C1", csv, "--as", "K1"]) as? [String: Any]
        #expect(imported?["rows"] as? Int == 210)
        #expect(imported?["events"] as? Int == 210)
        // The conference lies in the past: whoever holds a place and did not check in is a no-show.
        #expect(try await programme.counts("C1") == ["no-show": 200, "waitlisted": 10])

        try await programme.register(name: "Laatkomer", date: "2023-06-06")
        var registrations = try await programme.registrations("C1")
        #expect(registrations.count == 211)
        #expect(registrations.first?["name"] == "Deelnemer 001")
        #expect(registrations[200]["status"] == "waitlisted")
        #expect(registrations[210]["status"] == "waitlisted")

        // A place given up goes to the first on the waitlist, in order; a waitlisted cancellation frees none.
        let cancelled = try await programme.record([
            "conference", "cancel", "A5", "--reason", "ziek", "--date", "2023-06-05",
        ])
        #expect(cancelled.contains("RegistrationPromoted"))
        try await programme.record(["conference", "cancel", "A17", "--reason", "verhinderd", "--date", "2023-06-06"])
        try await programme.record(["conference", "cancel", "A210", "--reason", "geen plek", "--date", "2023-06-06"])
        registrations = try await programme.registrations("C1")
        let status = { (id: String) in registrations.first { $0["id"] == id }?["status"] }
        #expect(status("A5") == "cancelled")
        #expect(status("A201") == "no-show")
        #expect(status("A202") == "no-show")
        #expect(status("A203") == "waitlisted")
        #expect(status("A210") == "cancelled")

        // At the door, recorded afterwards: local time in Europe/Amsterdam, or UTC.
        for (registration, time) in [
            ("A1", "2023-06-07T09:12"), ("A2", "2023-06-07T09:14"), ("A3", "2023-06-07T09:20"),
            ("A201", "2023-06-07T09:31"), ("A202", "2023-06-07T07:45:00Z"),
        ] {
            try await programme.record(["conference", "check-in", registration, "--at", time])
        }
        registrations = try await programme.registrations("C1")
        #expect(registrations.first { $0["id"] == "A1" }?["checkedIn"] == "2023-06-07 09:12")
        #expect(registrations.first { $0["id"] == "A202" }?["checkedIn"] == "2023-06-07 09:45")
        #expect(
            try await programme.counts("C1") == ["checked-in": 5, "no-show": 195, "waitlisted": 8, "cancelled": 3])
        let conference = try await programme.conference("C1")
        #expect(conference["date"] as? String == "2023-06-07")
        #expect(conference["capacity"] as? Int == 200)
    }

    /// C2, today, 2 places: the third sign-up waits, gets the place given up, and one checks in now.
    private static func recordSmallEveningToday(_ programme: ParticipationProgramme) async throws {
        let today = ParticipationProgramme.today.iso
        try await programme.scheduleConference(title: "Jongerenavond", date: today, venue: "Heerlen", capacity: 2)
        for name in ["Noor", "Daan", "Fleur"] {
            try await programme.register("C2", name: name, date: today)
        }
        var registrations = try await programme.registrations("C2")
        #expect(registrations.map { $0["status"] } == ["registered", "registered", "waitlisted"])
        let ids = registrations.compactMap { $0["id"] }
        try #require(ids.count == 3)
        try await programme.record(["conference", "cancel", ids[0], "--reason", "ziek", "--date", today])
        try await programme.record(["conference", "check-in", ids[1]])
        registrations = try await programme.registrations("C2")
        #expect(registrations.map { $0["status"] } == ["cancelled", "checked-in", "registered"])
        #expect(try await programme.counts("C2") == ["cancelled": 1, "checked-in": 1, "registered": 1])
    }

    /// Input under all three pillars, by hand and imported; taken up in a decision, a plan version
    /// and a goal, or declined; feedback to the contributors.
    private static func recordInputAndFollowUp(_ programme: ParticipationProgramme) async throws {
        try await programme.record([
            "input", "add", "--pillar", "1", "--source", "client-representative", "--channel", "client-council",
            "--municipality", "Heerlen", "--theme", "inkoop", "--date", "2023-06-20", "--summary",
            "Cliëntenraden willen eerder betrokken worden bij de inkoop", "--level", "3",
        ])
        try await programme.record([
            "input", "add", "--pillar", "2", "--source", "parent", "--channel", "meeting", "--municipality",
            "Maastricht", "--date", "2023-06-21", "--summary", "Ouders willen een regionale ouderraad", "--level",
            "coproduceren",
        ])
        try await programme.addInput(quote: "Ik wil één vast gezicht, niet elke keer een ander")
        let csv = try programme.write(
            "enquete.csv",
            """
            pillar;source;channel;municipality;themes;date;summary;level;quote
            1;ouders;enquête;Sittard-Geleen;school;2023-07-01;Meer uitleg over de cliëntenraad;2;
            2;youth;online;Vaals;vrije tijd;2023-07-02;Een jongerenraad per gemeente;4;Wij weten zelf wat werkt
            3;jongeren;bijeenkomst;Brunssum;school;2023-07-03;Ervaringsdeskundigen in de klas;5;

            """)
        let imported = try await programme.json(["input", "import", csv, "--as", "K1"]) as? [String: Any]
        #expect(imported?["rows"] as? Int == 3)

        for (input, target) in [("I1", "B1"), ("I2", "plan-1"), ("I3", "D1"), ("I5", "B1"), ("I5", "D1")] {
            try await programme.record(["input", "respond", input, "--taken-up-in", target, "--date", "2023-09-10"])
        }
        try await programme.record([
            "input", "respond", "I4", "--declined", "valt buiten de jeugdhulp", "--date", "2023-09-11",
        ])
        try await programme.record(["input", "feedback", "I1", "--channel", "meeting", "--date", "2023-09-12"])
        try await programme.record(["input", "feedback", "I4", "--channel", "letter", "--date", "2023-09-20"])

        let inputs = try #require(try await programme.json(["input", "list"]) as? [[String: String]])
        #expect(inputs.map { $0["id"] } == ["I1", "I2", "I3", "I4", "I5", "I6"])
        #expect(inputs.map { $0["pillar"] } == ["1", "2", "3", "1", "2", "3"])
        // Summaries are read from the log, not kept in the state.
        #expect(inputs[1]["summary"] == "Ouders willen een regionale ouderraad")
        #expect(inputs[5]["summary"] == "Ervaringsdeskundigen in de klas")
        #expect(
            inputs.map { $0["response"] } == [
                "taken up in B1", "taken up in plan-1", "taken up in D1", "declined: valt buiten de jeugdhulp",
                "taken up in B1, D1", "open",
            ])
        #expect(inputs[0]["feedback"] == "2023-09-12 (84 days)")
        #expect(inputs[3]["feedback"] == "2023-09-20 (81 days)")
        #expect(inputs[1]["feedback"] == "")
        #expect(inputs[3]["source"] == "parent")
        #expect(inputs[3]["channel"] == "survey")
        let empowerment = try #require(
            try await programme.json(["input", "list", "--pillar", "3"]) as? [[String: String]])
        #expect(empowerment.map { $0["id"] } == ["I3", "I6"])
    }

    /// The innovation budget: award, two tranches, spending per pillar, accountability, settlement;
    /// amounts written the Dutch way, kept in integer cents.
    private static func recordSubsidy(_ programme: ParticipationProgramme) async throws {
        try await programme.record([
            "subsidy", "award", "--funder", "Bovenregionaal Expertisenetwerk Limburg (innovatiebudget)", "--amount",
            "48.000,00", "--from", "2023-09-01", "--until", "2025-08-31", "--condition",
            "Tussentijdse rapportage per jaar", "--date", "2023-08-15",
        ])
        try await programme.record(["subsidy", "receive", "S1", "--amount", "24.000,00", "--date", "2023-10-02"])
        try await programme.record(["subsidy", "receive", "S1", "--amount", "€ 24.000", "--date", "2024-10-01"])
        try await programme.record([
            "subsidy", "spend", "S1", "--amount", "12.500,00", "--pillar", "3", "--activity", "Jongerenpanel", "--date",
            "2024-02-14",
        ])
        try await programme.record([
            "subsidy", "spend", "S1", "--amount", "3.250,55", "--pillar", "1", "--activity", "Training cliëntenraden",
            "--date", "2024-03-01",
        ])
        try await programme.record([
            "subsidy", "spend", "S1", "--amount", "1250.5", "--pillar", "3", "--activity", "Startconferentie",
            "--date", "2024-04-01",
        ])
        try await programme.record(["subsidy", "report", "S1", "--date", "2025-10-15"])
        try await programme.record(["subsidy", "settle", "S1", "--amount", "17.001,05", "--date", "2025-12-01"])

        let status = try #require(try await programme.json(["subsidy", "status"]) as? [[String: Any]])
        let subsidy = try #require(status.first)
        #expect(status.count == 1)
        #expect(subsidy["id"] as? String == "S1")
        #expect(subsidy["awardedCents"] as? Int == 4_800_000)
        #expect(subsidy["receivedCents"] as? Int == 4_800_000)
        #expect(subsidy["spentCents"] as? Int == 1_700_105)
        #expect(subsidy["unspentCents"] as? Int == 3_099_895)
        #expect(subsidy["spentPerPillarCents"] as? [String: Int] == ["1": 325_055, "3": 1_375_050])
        #expect(subsidy["accountability"] as? String == "2025-10-15")
        #expect(subsidy["settled"] as? String == "2025-12-01")
        #expect(subsidy["settledCents"] as? Int == 1_700_105)
    }

    // MARK: CSV import: all rows or none

    /// A file whose third data row (row 4) has a bad value is rejected whole: nothing of the
    /// good rows before it is recorded.
    @Test(arguments: [
        ("email", "hanna.example.nl", "is not an e-mail address"),
        ("date", "2023-13-01", "is not a date"),
        ("category", "bezoeker", "one of youth (jongeren), parent (ouders)"),
        ("age-group", "12", "is not an age group"),
        ("municipality", "Amsterdam", "is not a municipality of Zuid-Limburg"),
    ])
    func registrationImportWithABadRowRecordsNothing(column: String, value: String, rule: String) async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference(capacity: 2)
            var rows: [[String: String]] = (1...4).map { row in
                [
                    "name": "Deelnemer \(row)", "email": "deelnemer\(row)@example.nl", "category": "parent",
                    "municipality": "Heerlen", "age-group": "", "date": "2023-05-0\(row)",
                ]
            }
            rows[2][column] = value
            let columns = ["name", "email", "category", "municipality", "age-group", "date"]
            let text = ([columns] + rows.map { row in columns.map { row[$0]! } })
                .map { $0.joined(separator: ",") }.joined(separator: "\n")
            let csv = try programme.write("aanmeldingen.csv", text)
            try await programme.expectRefused(
                ["conference", "import", "C1", csv], field: "row 4, column \(column)", rule: rule)
            #expect(try await programme.counts("C1").isEmpty)
        }
    }

    /// Files that are not a usable sign-up list at all are refused before any row is read.
    @Test(arguments: [
        ("no column 'category'", Data("name,email,date\nHanna,hanna@example.nl,2023-05-01\n".utf8)),
        // "José" in Latin-1, as an old spreadsheet exports it.
        ("is not valid UTF-8", Data("name,category,date\nJos".utf8) + [0xE9] + Data(",parent,2023-05-01\n".utf8)),
        ("has no data rows", Data("name,category,date\n".utf8)),
    ])
    func registrationImportOfAnUnusableFileRecordsNothing(rule: String, contents: Data) async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference()
            let csv = try programme.write("aanmeldingen.csv", contents)
            try await programme.expectRefused(["conference", "import", "C1", csv], field: "file", rule: rule)
        }
    }

    /// A row with more values than the header has columns is named, not the first row.
    @Test func registrationImportNamesTheRowWithTooManyValues() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference()
            let csv = try programme.write(
                "aanmeldingen.csv",
                """
                name,category,date
                Hanna Dassen,parent,2023-05-01,
                Joep Bemelmans,parent,2023-05-01
                Lieke Ramakers,parent,2023-05-01,Heerlen
                """)
            try await programme.expectRefused(
                ["conference", "import", "C1", csv], field: "row 4", rule: "has 4 values, the header 3 columns")
        }
    }

    /// What no row holds — the conference, who records — is named as such, not as row 2.
    @Test func registrationImportIntoAnUnknownConferenceNamesTheConference() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            let csv = try programme.write("aanmeldingen.csv", ParticipationProgramme.signUpCSV(rows: 3))
            try await programme.expectRefused(
                ["conference", "import", "C1", csv], field: "conference", rule: "C1 is not a scheduled conference")
            try await programme.scheduleConference()
            try await programme.expectFailure(
                ["conference", "import", "C1", csv], status: 65,
                naming: ["error: as: say who records this: --as MEMBER"])
        }
    }

    /// An input file with a level off the ladder in row 4 records none of its rows.
    @Test func inputImportWithABadLevelRecordsNothing() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            let csv = try programme.write(
                "enquete.csv",
                """
                pillar,source,channel,date,summary,level
                1,youth,survey,2023-07-01,Meer uitleg,2
                2,parent,survey,2023-07-01,Een ouderraad,3
                3,youth,survey,2023-07-01,Een jongerenpanel,7
                3,youth,survey,2023-07-01,Een app,2
                """)
            try await programme.expectRefused(
                ["input", "import", csv], field: "row 4, column level", rule: "'7' is not a participation level")
            #expect((try await programme.json(["input", "list"]) as? [Any])?.isEmpty == true)
        }
    }

    // MARK: Retries

    /// Retrying `conference register` with the same `--request-id` records nothing the second time.
    @Test func registerWithTheSameRequestIDRecordsOnce() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference()
            let register = [
                "conference", "register", "C1", "--as", "K1", "--category", "youth", "--name", "Lotte", "--age-group",
                "16-17", "--date", "2023-05-02", "--request-id", "formulier-0042",
            ]
            let first = try await programme.json(register) as? [String: Any]
            #expect(first?["alreadyRecorded"] as? Bool == false)
            let head = try programme.programctl.head()

            let retry = try await programme.json(register) as? [String: Any]
            #expect(retry?["alreadyRecorded"] as? Bool == true)
            let recorded = (retry?["recorded"] as? [[String: Any]])?.first
            #expect(recorded?["type"] as? String == "RegistrationReceived")
            #expect(recorded?["position"] as? Int == Int(head.position))
            #expect(try programme.programctl.head() == head)
            #expect(try await programme.registrations("C1").count == 1)

            // The same id for another command is a mistake, not a retry.
            try await programme.expectRefused(
                [
                    "conference", "cancel", "A1", "--reason", "dubbel", "--date", "2023-05-03", "--request-id",
                    "formulier-0042",
                ],
                field: "request-id", rule: "was already used for `conference register`")
        }
    }

    /// A retried import, however long, records nothing and reports every event of the first attempt.
    @Test func importWithTheSameRequestIDRecordsOnce() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference()
            let csv = try programme.write("aanmeldingen.csv", ParticipationProgramme.signUpCSV(rows: 150))
            let command = ["conference", "import", "C1", csv, "--as", "K1", "--request-id", "import-mei"]
            let first = try await programme.json(command) as? [String: Any]
            let head = try programme.programctl.head()

            let retry = try await programme.json(command) as? [String: Any]
            #expect(retry?["alreadyRecorded"] as? Bool == true)
            #expect(retry?["events"] as? Int == 150)
            let positions = { (result: [String: Any]?) in
                (result?["recorded"] as? [[String: Any]])?.compactMap { $0["position"] as? Int } ?? []
            }
            #expect(positions(retry) == positions(first))
            #expect(try programme.programctl.head() == head)
            #expect(try await programme.registrations("C1").count == 150)
        }
    }
}
