import Foundation
import TestSupport
import Testing

/// Imports that can be repeated: the sign-up form's export grows every week and is imported
/// again; what the log holds already is skipped, a person registers once per conference.
@Suite("repeated imports")
struct RepeatedImportTests {
    // MARK: Registrations

    @Test func theSameSignUpFileTwiceRecordsNothingTheSecondTime() async throws {
        try await withKickOff { programme in
            let csv = try programme.write("aanmeldingen.csv", ParticipationProgramme.signUpCSV(rows: 20))
            let first = try await Self.imported(["conference", "import", "C1", csv], programme)
            #expect(first["counts"] as? [String: Int] == ["added": 20, "alreadyRecorded": 0, "refused": 0])
            let head = try programme.programctl.head()

            let again = try await programme.record(["conference", "import", "C1", csv])
            #expect(again == "imported 20 rows: none new, 20 already recorded, 0 refused; nothing recorded\n")
            let json = try await Self.imported(["conference", "import", "C1", csv], programme)
            #expect(json["counts"] as? [String: Int] == ["added": 0, "alreadyRecorded": 20, "refused": 0])
            #expect(json["events"] as? Int == 0)
            let skipped = json["skipped"] as? [[String: Any]]
            #expect(skipped?.first?["row"] as? Int == 2)
            #expect(skipped?.first?["recordedAs"] as? String == "A1")
            #expect(try programme.programctl.head() == head)
            #expect(try await programme.registrations("C1").count == 20)
        }
    }

    @Test func aGrownSignUpFileRecordsOnlyItsNewRows() async throws {
        try await withKickOff { programme in
            let week1 = try programme.write("week1.csv", ParticipationProgramme.signUpCSV(rows: 20))
            try await programme.record(["conference", "import", "C1", week1])
            let week2 = try programme.write("week2.csv", ParticipationProgramme.signUpCSV(rows: 26))
            let grown = try await Self.imported(["conference", "import", "C1", week2], programme)
            #expect(grown["counts"] as? [String: Int] == ["added": 6, "alreadyRecorded": 20, "refused": 0])
            let registrations = try await programme.registrations("C1")
            #expect(registrations.count == 26)
            #expect(registrations.last?["name"] == "Deelnemer 026")
            #expect(Set(registrations.compactMap { $0["name"] }).count == 26)
        }
    }

    @Test func aPersonTwiceInTheFileIsRefused() async throws {
        try await withKickOff { programme in
            let csv = try programme.write(
                "aanmeldingen.csv",
                """
                name,email,category,date
                Hanna Dassen,hanna@example.nl,parent,2023-05-01
                Joep Bemelmans,joep@example.nl,parent,2023-05-01
                Hanna Dassen,  Hanna@Example.NL ,parent,2023-05-02
                """)
            try await programme.expectRefused(
                ["conference", "import", "C1", csv], field: "row 4, column email",
                rule: "Hanna@Example.NL is already registered for C1 in row 2: a person registers once")
            #expect(try await programme.counts("C1").isEmpty)

            let refused = try await programme.run(["conference", "import", "C1", csv, "--as", "K1", "--json"])
            let error = try JSONSerialization.jsonObject(with: Data(refused.stderr.utf8)) as? [String: Any]
            let rows = error?["import"] as? [String: Any]
            #expect(rows?["new"] as? Int == 2)
            #expect((rows?["refused"] as? [[String: Any]])?.map { $0["row"] as? Int } == [4])
        }
    }

    @Test func aPersonAlreadyRegisteredIsRefusedWithOtherDetailsAndInTheFileAgain() async throws {
        try await withKickOff { programme in
            let header = "name,email,category,municipality,date"
            let hanna = "Hanna Dassen,hanna@example.nl,parent,Heerlen,2023-05-01"
            let joep = "Joep Bemelmans,joep@example.nl,parent,Kerkrade,2023-05-01"
            try await programme.record([
                "conference", "import", "C1",
                try programme.write("week1.csv", [header, hanna, joep].joined(separator: "\n")),
            ])
            let head = try programme.programctl.head()

            let moved = "Joep Bemelmans,JOEP@example.nl,parent,Landgraaf,2023-05-01"
            let other = try programme.write("other.csv", [header, hanna, moved].joined(separator: "\n"))
            try await programme.expectRefused(
                ["conference", "import", "C1", other], field: "row 3, column email",
                rule: "JOEP@example.nl is already registered for C1 as A2, with other details (municipality)")

            let twice = try programme.write("twice.csv", [header, hanna, joep, hanna].joined(separator: "\n"))
            try await programme.expectRefused(
                ["conference", "import", "C1", twice], field: "row 4, column email",
                rule: "hanna@example.nl is already registered for C1 as A1 (row 2)")
            #expect(try programme.programctl.head() == head)
            #expect(try await programme.registrations("C1").count == 2)
        }
    }

    @Test func rowsWithoutEmailMatchOnNameDateAndCategoryOneByOne() async throws {
        try await withKickOff { programme in
            let lotte = "Lotte Smeets,youth,16-17,2023-05-02"
            let header = "name,category,age-group,date"
            let week1 = try programme.write("week1.csv", [header, lotte, lotte].joined(separator: "\n"))
            try await programme.record(["conference", "import", "C1", week1])
            let again = try await Self.imported(["conference", "import", "C1", week1], programme)
            #expect(again["counts"] as? [String: Int] == ["added": 0, "alreadyRecorded": 2, "refused": 0])

            // Another date is another registration; a third identical row is a third one.
            let other = "Lotte Smeets,youth,16-17,2023-05-03"
            let week2 = try programme.write("week2.csv", [header, lotte, lotte, other, lotte].joined(separator: "\n"))
            let grown = try await Self.imported(["conference", "import", "C1", week2], programme)
            #expect(grown["counts"] as? [String: Int] == ["added": 2, "alreadyRecorded": 2, "refused": 0])
            #expect(try await programme.registrations("C1").count == 4)
        }
    }

    /// A forgotten person's data cannot be opened any more, so nothing can match it: their row,
    /// imported again, registers them anew (as the command's help says).
    @Test func aForgottenPersonIsRegisteredAnewWhenTheirRowIsImportedAgain() async throws {
        try await withKickOff { programme in
            let csv = try programme.write("aanmeldingen.csv", ParticipationProgramme.signUpCSV(rows: 3))
            try await programme.record(["conference", "import", "C1", csv])
            let subject = try #require(try await programme.registrations("C1").first?["subject"])
            try await programme.record([
                "privacy", "forget", subject, "--reason", "verzoek van betrokkene", "--date",
                ParticipationProgramme.today.iso,
            ])
            let again = try await Self.imported(["conference", "import", "C1", csv], programme)
            #expect(again["counts"] as? [String: Int] == ["added": 1, "alreadyRecorded": 2, "refused": 0])
            #expect(try await programme.registrations("C1").count == 4)
        }
    }

    // MARK: Inputs

    @Test func theSameInputFileTwiceRecordsNothingAndAGrownOneOnlyItsNewRows() async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            let header = "pillar,source,channel,municipality,themes,date,summary,level,quote"
            let rows = [
                "1,youth,survey,Heerlen,school;werk,2023-07-01,Meer uitleg over de regels,2,",
                "1,youth,survey,Heerlen,school;werk,2023-07-01,Meer uitleg over de regels,2,",
                "2,parent,survey,,,2023-07-01,Een ouderraad per gemeente,3,Ik wil meedoen",
            ]
            let week1 = try programme.write("week1.csv", ([header] + rows).joined(separator: "\n"))
            try await programme.record(["input", "import", week1])
            let head = try programme.programctl.head()
            let again = try await Self.imported(["input", "import", week1], programme)
            #expect(again["counts"] as? [String: Int] == ["added": 0, "alreadyRecorded": 3, "refused": 0])
            #expect(try programme.programctl.head() == head)

            // The third identical row is a third input; the municipality by its code is the same one;
            // another summary is another input.
            let grown = [
                "1,youth,survey,GM0917,school;werk,2023-07-01,Meer uitleg over de regels,2,",
                "1,youth,survey,Heerlen,school;werk,2023-07-01,Meer uitleg over de regel,2,",
            ]
            let week2 = try programme.write("week2.csv", ([header] + rows + grown).joined(separator: "\n"))
            let imported = try await Self.imported(["input", "import", week2], programme)
            #expect(imported["counts"] as? [String: Int] == ["added": 2, "alreadyRecorded": 3, "refused": 0])
            #expect((try await programme.json(["input", "list"]) as? [Any])?.count == 5)
            let last = try programme.programctl.head()
            try await programme.record(["input", "import", week2])
            #expect(try programme.programctl.head() == last)
        }
    }

    // MARK: Setup

    /// A new programme with the kick-off C1 (200 places).
    private func withKickOff(_ body: (ParticipationProgramme) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference()
            try await body(programme)
        }
    }

    /// An import recorded `--as K1 --json`: its report.
    private static func imported(_ arguments: [String], _ programme: ParticipationProgramme) async throws -> [String:
        Any]
    {
        try #require(try await programme.json(arguments + ["--as", "K1"]) as? [String: Any])
    }
}
