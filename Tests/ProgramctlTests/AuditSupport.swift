import EventStore
import Foundation
import TestSupport
import Testing

/// The demo programme (842 events, report R1 published at position 699), recorded once by a real
/// `programctl demo` and copied into each test's directory — its -wal copied into the file and
/// emptied first, so that the file alone holds every event.
private let demoTemplate = Task {
    let directory = try TemporaryDirectory()
    let path = directory.path("demo.sqlite")
    let result = try await Executable("programctl").run(["demo", "--db", path])
    guard result.status == 0 else { throw DemoFailed(message: result.stderr) }
    guard try EventStore(path: path).purgeFreedPages() else { throw DemoFailed(message: "the -wal was not emptied") }
    return path
}

private struct DemoFailed: Error {
    var message: String
}

/// The package's root directory, for docs/verify/verify_log.py.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A programme store in a temporary directory, as the secretary and an auditor use it: real
/// `programctl` processes on real files, and the independent Python verifier.
struct AuditDesk {
    let programctl: Programctl

    var directory: TemporaryDirectory { programctl.directory }
    /// The store's path.
    var db: String { programctl.db }

    /// The demo's size, and the positions its published reports were built at: R1 as of
    /// 2024-12-31 (published 2025-01-20), R2 as of 2025-12-31 (published 2026-01-19).
    static let demoEvents: Int64 = 842
    static let demoReportPosition: Int64 = 698
    static let demoSecondReportPosition: Int64 = 806

    /// Runs `body` on a fresh copy of the demo programme.
    static func withDemo(_ body: (AuditDesk) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let desk = AuditDesk(programctl: Programctl(directory: directory))
            try FileManager.default.copyItem(atPath: try await demoTemplate.value, toPath: desk.db)
            try await body(desk)
        }
    }

    /// The path of a file in the test's directory.
    func path(_ name: String) -> String { directory.path(name) }

    // MARK: Running programctl

    /// Runs `programctl ARGUMENTS` as given (no `--db` added).
    @discardableResult
    func run(_ arguments: [String]) async throws -> ProcessResult {
        try await programctl.executable.run(arguments)
    }

    /// Runs `programctl ARGUMENTS --db <store>`.
    @discardableResult
    func runOnStore(_ arguments: [String]) async throws -> ProcessResult {
        try await run(arguments + ["--db", db])
    }

    /// Runs `programctl ARGUMENTS --db <store>`, which must succeed; returns its standard output.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await programctl.succeed(arguments, sourceLocation: sourceLocation)
    }

    /// Runs `programctl ARGUMENTS` as given, which must succeed; returns its standard output.
    @discardableResult
    func succeed(raw arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await programctl.succeed(raw: arguments, sourceLocation: sourceLocation)
    }

    /// Runs `programctl ARGUMENTS` as given, which must exit with `status` and say each of
    /// `mentions` on standard error; returns what it printed (output and error).
    @discardableResult
    func expectFailure(
        raw arguments: [String], status: Int32, mentions: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> ProcessResult {
        let result = try await run(arguments)
        let command = "programctl \(arguments.joined(separator: " "))"
        #expect(
            result.status == status, "\(command) exited \(result.status): \(result.stderr)",
            sourceLocation: sourceLocation)
        for mention in mentions {
            #expect(
                result.stderr.contains(mention), "\(command): stderr should mention '\(mention)': \(result.stderr)",
                sourceLocation: sourceLocation)
        }
        return result
    }

    /// ``expectFailure(raw:status:mentions:sourceLocation:)`` on the store (`--db` added).
    @discardableResult
    func expectFailure(
        _ arguments: [String], status: Int32, mentions: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> ProcessResult {
        try await expectFailure(
            raw: arguments + ["--db", db], status: status, mentions: mentions, sourceLocation: sourceLocation)
    }

    /// Records an input as K1, collected today: one more event in the log.
    func addInput(_ summary: String = "Jongeren willen meepraten over de inkoop", db: String? = nil) async throws {
        try await succeed(raw: [
            "input", "add", "--as", "K1", "--pillar", "2", "--source", "youth", "--channel", "online",
            "--municipality", "Heerlen", "--date", ParticipationProgramme.today.iso, "--summary", summary, "--level",
            "4", "--db", db ?? self.db,
        ])
    }

    // MARK: The log

    /// The log's head, read directly from a store.
    func head(of path: String? = nil) throws -> StoreHead {
        StoreHead(try EventStore(path: path ?? db, mode: .readOnly).head())
    }

    /// The chain hash at `position` as `programctl log --json` prints it (its last line up to there).
    func chainHash(at position: Int64, db path: String? = nil) async throws -> String {
        let output = try await succeed(raw: ["log", "--json", "--limit", "\(position)", "--db", path ?? db])
        let last = try #require(output.split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(object["position"] as? Int == Int(position))
        return try #require(object["chainHash"] as? String)
    }

    /// Every event of a store as the event store reads it.
    func storedEvents(of path: String? = nil) throws -> [StoredEvent] {
        let store = try EventStore(path: path ?? db, mode: .readOnly)
        var events: [StoredEvent] = []
        try store.scan { events.append($0) }
        return events
    }

    // MARK: Keys, checkpoints, proofs

    /// `audit keygen` on the store: a new signing key file, its origin from the programme's name
    /// unless `origin` is given; returns its path and the printed verifier key.
    func keygen(_ name: String = "secretariaat.key", origin: String? = nil) async throws -> (
        file: String, verifierKey: String
    ) {
        let file = path(name)
        let output = try await succeed(["audit", "keygen", "-o", file] + (origin.map { ["--origin", $0] } ?? []))
        let key = try #require(
            output.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(key.hasPrefix((origin ?? Self.demoOrigin) + "+"), "keygen printed \(output)")
        #expect(key.split(separator: "+", maxSplits: 2).count == 3, "keygen printed \(output)")
        return (file, key)
    }

    /// The demo log's origin: its programme's name, "Cliënt- en jongerenparticipatie Zuid-Limburg", folded.
    static let demoOrigin = "client-en-jongerenparticipatie-zuid-limburg"

    /// `audit checkpoint`: a signed checkpoint of the store as it is now, written to `name`.
    func checkpoint(_ name: String, key: String, db path: String? = nil) async throws -> String {
        let file = self.path(name)
        try await succeed(raw: ["audit", "checkpoint", "--key", key, "-o", file, "--db", path ?? db])
        return file
    }

    /// Runs `python3 docs/verify/verify_log.py ARGUMENTS`.
    func verifier(_ arguments: [String], asNobody: Bool = false) async throws -> ProcessResult {
        let env = Executable(url: URL(fileURLWithPath: "/usr/bin/env"))
        return try await (asNobody ? env.asNobody : env).run(
            ["python3", packageRoot.appendingPathComponent("docs/verify/verify_log.py").path] + arguments)
    }

    // MARK: Files

    /// The bytes of a file.
    func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Writes bytes to a file in the test's directory; returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = path(name)
        try data.write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Whether any of the files of the SQLite database at `path` (it, its -wal and -shm) contains `bytes`.
    func databaseFiles(at path: String, contain bytes: some Sequence<UInt8>) throws -> Bool {
        let needle = Data(bytes)
        return try [path, path + "-wal", path + "-shm"].filter { FileManager.default.fileExists(atPath: $0) }
            .contains { try contents($0).range(of: needle) != nil }
    }
}

/// Parses CSV as RFC 4180 defines it: fields separated by commas, records by CRLF, fields with a
/// comma, quote or line break in double quotes, a quote in them doubled. `nil` when it is not.
func parseRFC4180(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var characters = Array(text.unicodeScalars)[...]
    var quoted = false
    var fieldStarted = false
    while let character = characters.popFirst() {
        if quoted {
            if character == "\"" {
                if characters.first == "\"" {
                    characters.removeFirst()
                    field.unicodeScalars.append("\"")
                } else {
                    quoted = false
                    // After the closing quote: a separator or the end of the record.
                    guard characters.first == "," || characters.first == "\r" || characters.isEmpty else { return nil }
                }
            } else {
                field.unicodeScalars.append(character)
            }
            continue
        }
        switch character {
        case "\"":
            guard !fieldStarted && field.isEmpty else { return nil }
            quoted = true
            fieldStarted = true
        case ",":
            record.append(field)
            field = ""
            fieldStarted = false
        case "\r":
            guard characters.popFirst() == "\n" else { return nil }
            record.append(field)
            records.append(record)
            record = []
            field = ""
            fieldStarted = false
        case "\n":
            return nil
        default:
            field.unicodeScalars.append(character)
            fieldStarted = true
        }
    }
    guard !quoted else { return nil }
    if fieldStarted || !field.isEmpty || !record.isEmpty {
        record.append(field)
        records.append(record)
    }
    return records
}
