import EventStore
import Foundation
import Program
import TestSupport
import Testing

/// A programme store in a temporary directory, driven through real `programctl` processes, with
/// the set-up and checks the governance tests share.
struct GovernanceScenario {
    let programctl: Programctl

    init(_ directory: TemporaryDirectory) { programctl = Programctl(directory: directory) }

    /// The core group that ``withCoreGroup(_:)`` sets up; all joined on 2023-01-16.
    static let coreGroup: [(id: String, name: String, constituency: [String])] = [
        ("K1", "Sanne de Vries", ["--constituency", "youth"]),
        ("K2", "Ahmed El Amrani", ["--constituency", "parent"]),
        ("K3", "Ria Hermans", ["--constituency", "client-representative"]),
        ("K4", "Jeroen Bakker", ["--constituency", "municipality", "--represents", "Heerlen"]),
        ("K5", "Mieke Jansen", ["--constituency", "care-provider", "--represents", "Mondriaan"]),
    ]

    /// Runs `body` on a fresh store with the programme set up (`init`) and no members.
    static func withProgramme(_ body: (GovernanceScenario) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let scenario = GovernanceScenario(directory)
            try await scenario.succeed(["init"])
            try await body(scenario)
        }
    }

    /// Runs `body` on a fresh store with the programme set up and five members: K1 youth, K2 parent,
    /// K3 client representative, K4 municipality Heerlen, K5 care provider. Five active members make
    /// a quorum of three.
    static func withCoreGroup(_ body: (GovernanceScenario) async throws -> Void) async throws {
        try await withProgramme { scenario in
            for (index, member) in coreGroup.enumerated() {
                let actor = index == 0 ? [] : ["--as", "K1"]
                try await scenario.succeed(
                    ["member", "add"] + actor + ["--name", member.name] + member.constituency + [
                        "--date", "2023-01-16",
                    ])
            }
            try await body(scenario)
        }
    }

    /// Runs `programctl ARGUMENTS --db <store>`.
    @discardableResult
    func run(_ arguments: [String]) async throws -> ProcessResult { try await programctl.run(arguments) }

    /// Runs a command that must succeed, returning its standard output.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await programctl.succeed(arguments, sourceLocation: sourceLocation)
    }

    /// Runs a command that must be refused: it exits with `status`, says on standard error what is
    /// wrong (the message contains each of `mentions`, e.g. the field `present:` and the rule
    /// `quorum`), prints nothing on standard output, and leaves the log exactly as it was.
    func expectRefused(
        _ arguments: [String], status: Int32 = 65, mentions: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try programctl.head()
        let result = try await run(arguments)
        let command = "programctl \(arguments.joined(separator: " "))"
        #expect(result.status == status, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        if status == 65 {
            #expect(
                result.stderr.hasPrefix("error: ") && result.stderr.contains("; nothing was recorded"),
                "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        }
        for word in mentions {
            #expect(
                result.stderr.contains(word), "\(command): stderr should mention '\(word)': \(result.stderr)",
                sourceLocation: sourceLocation)
        }
        #expect(result.stdout.isEmpty, "\(command) printed: \(result.stdout)", sourceLocation: sourceLocation)
        #expect(try programctl.head() == before, "\(command) changed the log", sourceLocation: sourceLocation)
    }

    /// `decision record` at a meeting, e.g. `decision(on: "2023-02-06", present: "K1,K2,K4", for: 3)`.
    static func decision(
        on date: String, present: String, for inFavour: Int, against: Int = 0, abstain: Int = 0,
        outcome: String = "adopted", as actor: String = "K1", title: String = "Kerngroep stelt werkwijze vast"
    ) -> [String] {
        [
            "decision", "record", "--as", actor, "--title", title,
            "--text", "De kerngroep werkt bottom-up langs drie pijlers.", "--outcome", outcome, "--pillar", "1",
            "--level", "4",
        ] + meeting(on: date, present: present, for: inFavour, against: against, abstain: abstain)
    }

    /// The meeting options: date, those present and the vote.
    static func meeting(on date: String, present: String, for inFavour: Int, against: Int = 0, abstain: Int = 0)
        -> [String]
    {
        [
            "--date", date, "--present", present, "--for", "\(inFavour)", "--against", "\(against)", "--abstain",
            "\(abstain)",
        ]
    }

    /// `plan draft` of a version on `date`.
    static func planDraft(on date: String = "2023-04-17") -> [String] {
        [
            "plan", "draft", "--as", "K1", "--title", "Plan van aanpak cliënt- en jongerenparticipatie",
            "--summary", "Bottom-up ophalen langs drie pijlers", "--date", date,
        ]
    }

    /// `framework goal add` with the given targets (`2028=60`).
    static func goalAdd(targets: [String] = ["2024=20", "2026=40", "2028=60"]) -> [String] {
        [
            "framework", "goal", "add", "--as", "K1", "--title", "Jongeren beslissen mee",
            "--indicator", "Aandeel besluiten genomen op niveau 4 of hoger", "--unit", "%", "--direction", "increase",
            "--baseline-year", "2023", "--baseline", "10", "--pillar", "2", "--date", "2023-09-04",
        ] + targets.flatMap { ["--target", $0] }
    }

    /// A date `days` from today in the Netherlands, as `YYYY-MM-DD`.
    static func daysFromToday(_ days: Int) -> String {
        Instant(Date()).dayInNetherlands.adding(days: days).iso
    }
}
