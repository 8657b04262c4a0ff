import EventStore
import Foundation
import Program
import TestSupport
import Testing

/// programctl on a fresh store for the bottom-up tests (conferences, inputs, subsidies, personal
/// data): the setup they share, commands recorded `--as K1`, and checks of refusals.
struct ParticipationProgramme {
    let programctl: Programctl
    let directory: TemporaryDirectory

    /// The kick-off conference: 7 June 2023, Flexiforum in Kerkrade.
    static let kickOffDate = "2023-06-07"

    /// Today in the Netherlands, as the rules see it.
    static var today: Day { Instant(Date()).dayInNetherlands }

    /// A new user's first steps: `init`, then the first core group member, a youth member (K1),
    /// who needs no `--as`.
    static func started(in directory: TemporaryDirectory) async throws -> ParticipationProgramme {
        let programme = ParticipationProgramme(programctl: Programctl(directory: directory), directory: directory)
        try await programme.succeed(["init"])
        try await programme.succeed([
            "member", "add", "--name", "Sanne Vroemen", "--constituency", "youth", "--date", "2023-01-16",
        ])
        return programme
    }

    /// The rest of a core group: a parent (K2) and a municipality's representative (K3).
    func addCoreGroup() async throws {
        try await record(["member", "add", "--name", "Ruud Habets", "--constituency", "parent", "--date", "2023-01-16"])
        try await record([
            "member", "add", "--name", "Jolanda Bakker", "--constituency", "municipality", "--represents", "Kerkrade",
            "--date", "2023-01-16",
        ])
    }

    /// What input can be taken up in: decision B1 (2023-09-04), plan version 1 (2023-09-04) and
    /// goal D1 (2023-09-04), all after the kick-off's input.
    func addTakeUpTargets() async throws {
        try await record([
            "decision", "record", "--title", "Kerngroep stelt werkwijze vast", "--text",
            "De kerngroep werkt bottom-up langs drie pijlers.", "--date", "2023-09-04", "--present", "K1,K2,K3",
            "--for", "3", "--outcome", "adopted", "--pillar", "1", "--pillar", "2", "--level", "4",
        ])
        try await record([
            "plan", "draft", "--title", "Plan van aanpak cliëntparticipatie", "--summary", "Bottom-up, drie pijlers",
            "--date", "2023-09-04",
        ])
        try await record([
            "framework", "goal", "add", "--title", "Jongeren beslissen mee", "--indicator",
            "Aandeel besluiten genomen op niveau 4 of hoger", "--unit", "%", "--direction", "increase",
            "--baseline-year", "2023", "--baseline", "10", "--target", "2028=60", "--pillar", "2", "--date",
            "2023-09-04",
        ])
    }

    /// Schedules a conference (C1, C2, … in order).
    func scheduleConference(
        title: String = "Startconferentie", date: String = kickOffDate, venue: String = "Flexiforum, Kerkrade",
        capacity: Int = 200
    ) async throws {
        try await record([
            "conference", "schedule", "--title", title, "--date", date, "--venue", venue, "--capacity", "\(capacity)",
        ])
    }

    /// Registers an adult for a conference.
    func register(
        _ conference: String = "C1", name: String, date: String = "2023-05-02", extra: [String] = []
    ) async throws {
        try await record(
            ["conference", "register", conference, "--category", "parent", "--name", name, "--date", date] + extra)
    }

    /// A subsidy S1 of € 10.000,00 for 2023-09-01 – 2024-08-31.
    func awardSubsidy(amount: String = "10.000,00") async throws {
        try await record([
            "subsidy", "award", "--funder", "Bovenregionaal Expertisenetwerk Limburg (innovatiebudget)", "--amount",
            amount, "--from", "2023-09-01", "--until", "2024-08-31", "--date", "2023-08-15",
        ])
    }

    /// Input I1 (pillar 3), collected on 7 June 2023.
    func addInput(quote: String? = nil) async throws {
        try await record(
            [
                "input", "add", "--pillar", "3", "--source", "youth", "--channel", "conference", "--municipality",
                "Kerkrade", "--date", Self.kickOffDate, "--summary", "Jongeren willen een vast aanspreekpunt",
                "--level", "2",
            ] + (quote.map { ["--quote", $0] } ?? []))
    }

    // MARK: Running programctl

    /// Runs `programctl ARGUMENTS --db <store>`.
    @discardableResult
    func run(_ arguments: [String]) async throws -> ProcessResult { try await programctl.run(arguments) }

    /// Runs a command that must succeed; returns its standard output.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await programctl.succeed(arguments, sourceLocation: sourceLocation)
    }

    /// Records as core group member K1; must succeed.
    @discardableResult
    func record(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await succeed(arguments + ["--as", "K1"], sourceLocation: sourceLocation)
    }

    /// Runs a read command with `--json` and parses its output.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> Any {
        let output = try await succeed(arguments + ["--json"], sourceLocation: sourceLocation)
        return try JSONSerialization.jsonObject(with: Data(output.utf8))
    }

    /// `conference list CONFERENCE --json`: the conference's entry.
    func conference(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Any] {
        let list = try await json(["conference", "list", id], sourceLocation: sourceLocation) as? [[String: Any]]
        return try #require(list?.first, sourceLocation: sourceLocation)
    }

    /// A conference's counts by status (registered, waitlisted, cancelled, checked-in, no-show).
    func counts(_ conference: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Int] {
        try await self.conference(conference, sourceLocation: sourceLocation)["counts"] as? [String: Int] ?? [:]
    }

    /// A conference's registrations as listed: id, subject, name, category, status, checkedIn.
    func registrations(_ conference: String, sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> [[String: String]]
    {
        try await self.conference(conference, sourceLocation: sourceLocation)["registrations"] as? [[String: String]]
            ?? []
    }

    // MARK: Refusals

    /// Runs a command, recorded `--as K1`, that a rule must refuse: exit 65, standard error names
    /// the field (`error: FIELD: …`) and the rule, and nothing was appended to the log.
    func expectRefused(
        _ arguments: [String], field: String, rule: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await expectFailure(
            arguments + ["--as", "K1"], status: 65, naming: ["error: \(field): ", rule, "nothing was recorded"],
            sourceLocation: sourceLocation)
    }

    /// Runs a command whose value is malformed: exit 64, standard error names the option, nothing appended.
    func expectMalformed(
        _ arguments: [String], option: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await expectFailure(
            arguments + ["--as", "K1"], status: 64, naming: [option], sourceLocation: sourceLocation)
    }

    /// Runs a command that must fail with `status`, naming every fragment on standard error, and
    /// leave the log's head as it was.
    func expectFailure(
        _ arguments: [String], status: Int32, naming fragments: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try programctl.head()
        let result = try await run(arguments)
        let command = "programctl \(arguments.joined(separator: " "))"
        #expect(result.status == status, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(
                result.stderr.contains(fragment), "\(command): stderr \(result.stderr) does not name '\(fragment)'",
                sourceLocation: sourceLocation)
        }
        #expect(try programctl.head() == before, "\(command) appended to the log", sourceLocation: sourceLocation)
    }

    // MARK: Files

    /// Writes a file in the test's directory; returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes bytes to a file in the test's directory; returns its path.
    func write(_ name: String, _ data: Data) throws -> String {
        let path = directory.path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The files of the store: the database and, while they exist, its -wal and -shm.
    func storeFiles() async throws -> [URL] {
        let name = URL(fileURLWithPath: programctl.db).lastPathComponent
        return try FileManager.default.contentsOfDirectory(at: directory.url, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix(name) }
    }

    /// The store's files that contain `bytes` anywhere.
    ///
    /// A child process reads them: closing a descriptor of a file drops every POSIX lock this
    /// process holds on it, those of its own SQLite connections included, and a writer that then
    /// finds the store unlocked folds and empties the -wal under them.
    func storeFiles(containing bytes: [UInt8]) async throws -> [String] {
        let search =
            "import sys; n = bytes.fromhex(sys.argv[1]); [print(f) for f in sys.argv[2:] if n in open(f, 'rb').read()]"
        let result = try await Executable(url: URL(fileURLWithPath: "/usr/bin/env")).run(
            ["python3", "-c", search, bytes.map { String(format: "%02x", $0) }.joined()] + storeFiles().map(\.path))
        try #require(result.status == 0, "searching the store's files: \(result.stderr)")
        return result.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
    }

    /// Sign-ups as a form exports them: `count` rows of adults and (under 16, with a parent's
    /// consent) youth across the 16 municipalities, named `Deelnemer <prefix>001`, ….
    static func signUpCSV(rows count: Int, prefix: String = "") -> String {
        let municipalities = [
            "Beek", "Beekdaelen", "Brunssum", "Eijsden-Margraten", "Gulpen-Wittem", "Heerlen", "Kerkrade",
            "Landgraaf", "Maastricht", "Meerssen", "Simpelveld", "Sittard-Geleen", "Stein", "Vaals",
            "Valkenburg aan de Geul", "Voerendaal",
        ]
        let categories = ["youth", "ouders", "municipality", "care-provider", "client-representative", "other"]
        var lines = ["name,email,phone,category,municipality,age-group,parent-consent,date"]
        for row in 1...count {
            let number = String(format: "%03d", row)
            let category = categories[row % categories.count]
            let youth = category == "youth"
            lines.append(
                [
                    "Deelnemer \(prefix)\(number)", "deelnemer\(prefix)\(number)@example.nl",
                    String(format: "06-1%07d", row), category, municipalities[row % municipalities.count],
                    youth ? (row % 2 == 0 ? "12-15" : "16-17") : "", youth && row % 2 == 0 ? "Ouder \(number)" : "",
                    String(format: "2023-05-%02d", 1 + row % 28),
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
