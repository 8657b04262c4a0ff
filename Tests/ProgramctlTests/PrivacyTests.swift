import EventStore
import Foundation
import TestSupport
import Testing

/// Personal data (AVG/GDPR): sealed per subject in every file of the store, given to the person
/// on request, and erased by destroying the subject's key while the log stays whole.
@Suite struct PrivacyTests {
    /// The person registered for the kick-off, and what they told the programme.
    private enum Mila {
        static let name = "Mila Odekerken"
        static let email = "mila.odekerken@example.nl"
        static let phone = "06-24681357"
        static let parent = "Ria Odekerken-Schols"
        static let quote = "Ik wil één vast gezicht, niet elke week iemand anders"
        static let personalData = [name, email, phone, parent, quote]
    }

    /// The subjects under which Mila's data is sealed.
    private struct Subjects {
        /// Her registration: name, e-mail, phone, her parent's name.
        var registration: String
        /// Her quote.
        var quote: String
    }

    @Test func personalDataIsStoredOnlyEncrypted() async throws {
        try await withMila { programme, _ in
            let files = try await programme.storeFiles().map(\.lastPathComponent)
            #expect(files.contains("programme.sqlite"))
            // What is not personal data is there in plain text: the search does look in the right files.
            for text in ["Flexiforum, Kerkrade", "Jongeren willen een vast aanspreekpunt"] {
                let found = try await programme.storeFiles(containing: Array(text.utf8))
                #expect(!found.isEmpty, "'\(text)' is not found")
            }
            for text in Mila.personalData + ["Sanne Vroemen", "Deelnemer 017"] {
                let found = try await programme.storeFiles(containing: Array(text.utf8))
                #expect(found == [], "'\(text)' is in plain text in \(found)")
            }
        }
    }

    @Test func exportGivesThePersonTheirOwnData() async throws {
        try await withMila { programme, subjects in
            let head = try programme.programctl.head()
            let registration = try await Self.export(subjects.registration, programme)
            #expect(registration["subject"] as? String == subjects.registration)
            #expect(registration["forgotten"] as? Bool == false)
            let records = try #require(registration["records"] as? [[String: Any]])
            #expect(records.map { $0["type"] as? String } == ["RegistrationReceived"])
            let fields = try #require(records.first?["fields"] as? [String: String])
            #expect(fields["name"] == Mila.name)
            #expect(fields["email"] == Mila.email)
            #expect(fields["phone"] == Mila.phone)
            #expect(fields["parentConsentBy"] == Mila.parent)
            #expect(fields["ageGroup"] == "12-15")
            #expect(fields["municipality"] == "GM0928")
            #expect(fields["status"] == "registered")

            let quote = try await Self.export(subjects.quote, programme)
            let quoted = (quote["records"] as? [[String: Any]])?.first?["fields"] as? [String: String]
            #expect(quoted?["quote"] == Mila.quote)
            #expect(quoted?["input"] == "I1")
            // Each export is recorded.
            #expect(try programme.programctl.head().position == head.position + 2)
        }
    }

    @Test func forgettingDestroysTheKeyAndKeepsTheLogWhole() async throws {
        try await withMila { programme, subjects in
            let db = programme.programctl.db
            let select = "SELECT key FROM subject_keys WHERE subject = '\(subjects.registration)'"
            let key = try #require(RawSQLite.blob(select, on: db))
            #expect(key.count == 32)
            #expect(try await !programme.storeFiles(containing: key).isEmpty, "the key is not where the search looks")

            // Another process keeps the store open, as programd does: the write-ahead log stays, so
            // only forgetting's own checkpoint takes the key out of the database file and the -wal.
            let observer = try EventStore(path: db, mode: .readOnly)
            _ = try observer.head()
            try await programme.record([
                "privacy", "forget", subjects.registration, "--reason", "verzoek van betrokkene", "--date",
                "2023-10-02",
            ])
            let files = try await programme.storeFiles().map(\.lastPathComponent)
            #expect(files.contains("programme.sqlite-wal"))
            #expect(try await programme.storeFiles(containing: key) == [], "the key survives in the store's files")

            let listed = try await programme.succeed(["conference", "list", "C1"])
            let row = try #require(listed.split(separator: "\n").first { $0.contains(" \(subjects.registration) ") })
            #expect(row.contains("(gewist / erased)"))
            #expect(!listed.contains(Mila.name))
            #expect(listed.contains("Deelnemer 001"), "only Mila's data is erased")

            let export = try await Self.export(subjects.registration, programme)
            #expect(export["forgotten"] as? Bool == true)
            let fields = (export["records"] as? [[String: Any]])?.first?["fields"] as? [String: String]
            #expect(fields?["name"] == "forgotten")
            #expect(fields?["parentConsentBy"] == "forgotten")
            #expect(fields?["email"] == "")

            let log = try await programme.succeed(["log", "--json"])
            let events = try log.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
            let types = events.compactMap { ($0 as? [String: Any])?["type"] as? String }
            #expect(types.suffix(2) == ["SubjectForgotten", "SubjectDataExported"])
            #expect(Int64(events.count) == (try programme.programctl.head()).position)

            #expect(RawSQLite.blob(select, on: db) == nil)
            #expect(RawSQLite.integer("SELECT count(*) FROM subject_keys", on: db) ?? 0 > 200, "other keys stay")
            #expect(try await programme.storeFiles(containing: key) == [], "the key survives in the store's files")
            #expect(try await programme.storeFiles(containing: Array(Mila.name.utf8)) == [])
            let report = try EventStore(path: db, mode: .readOnly).verify()
            #expect(report.isIntact, "\(String(describing: report.failure))")
            #expect(StoreHead(report.head) == (try programme.programctl.head()))
            #expect(try observer.head() == report.head)
        }
    }

    @Test func forgettingTwiceOrAnUnknownSubjectIsRefused() async throws {
        try await withMila { programme, subjects in
            let forget = { (subject: String) in
                ["privacy", "forget", subject, "--reason", "verzoek van betrokkene", "--date", "2023-10-02"]
            }
            try await programme.record(forget(subjects.quote))
            try await programme.expectRefused(
                forget(subjects.quote), field: "subject", rule: "\(subjects.quote) was already forgotten")
            try await programme.expectRefused(
                forget("P9999"), field: "subject", rule: "P9999 is not a data subject in this programme")
            try await programme.expectRefused(
                ["privacy", "export", "P9999"], field: "subject", rule: "P9999 is not a data subject in this programme")
        }
    }

    // MARK: Setup

    /// The kick-off C1 with 150 sign-ups, Mila (under 16, with her parent's consent), 60 more
    /// sign-ups — so the subjects' keys span several pages of the store — and her quote in input I1.
    private func withMila(_ body: (ParticipationProgramme, Subjects) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.scheduleConference(capacity: 500)
            let before = try programme.write("voor.csv", ParticipationProgramme.signUpCSV(rows: 150))
            try await programme.record(["conference", "import", "C1", before])
            try await programme.record([
                "conference", "register", "C1", "--category", "youth", "--name", Mila.name, "--email", Mila.email,
                "--phone", Mila.phone, "--municipality", "Kerkrade", "--age-group", "12-15", "--parent-consent",
                Mila.parent, "--date", "2023-05-20",
            ])
            let after = try programme.write("na.csv", ParticipationProgramme.signUpCSV(rows: 60, prefix: "B"))
            try await programme.record(["conference", "import", "C1", after])
            try await programme.addInput(quote: Mila.quote)

            let registration = try await programme.registrations("C1").first { $0["name"] == Mila.name }?["subject"]
            let subjects = Subjects(
                registration: try #require(registration), quote: try #require(try await Self.quoteSubject(programme)))
            try await body(programme, subjects)
        }
    }

    /// The subject of the quote in the log's InputCollected event.
    private static func quoteSubject(_ programme: ParticipationProgramme) async throws -> String? {
        let log = try await programme.succeed(["log", "--json"])
        for line in log.split(separator: "\n") {
            let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard event?["type"] as? String == "InputCollected",
                let payload = event?["payload"] as? [String: Any],
                let quote = payload["quote"] as? [String: Any], let text = quote["text"] as? [String: Any]
            else { continue }
            return text["subject"] as? String
        }
        return nil
    }

    /// `privacy export SUBJECT`: the JSON given to the person.
    private static func export(_ subject: String, _ programme: ParticipationProgramme) async throws -> [String: Any] {
        let output = try await programme.record(["privacy", "export", subject])
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }
}
