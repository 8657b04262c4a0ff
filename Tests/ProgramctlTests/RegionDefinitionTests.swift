import EventStore
import Foundation
import Program
import TestSupport
import Testing

/// The shipped definitions of other regions (docs/examples) and their demos, through real
/// `programctl` processes on real files.
@Suite("the regions' shipped definitions and demos")
struct RegionDefinitionTests {
    static let examples = packageRoot.appendingPathComponent("docs/examples")

    @Test("each shipped definition initialises a store that verifies", arguments: ["overijssel", "lejo", "haaglanden"])
    func initialises(name: String) async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            let file = Self.examples.appendingPathComponent("\(name).json").path
            let output = try await programctl.succeed("init", "--definition", file)
            #expect(!output.isEmpty)
            let verified = try await programctl.succeed("audit", "verify")
            #expect(verified.contains("ok"), "\(verified)")
        }
    }

    @Test("each file in docs/examples is the definition its demo records")
    func filesAreTheDemos() throws {
        let definitions: [String: ProgrammeDefinition] = [
            "overijssel": .overijssel, "lejo": .lejo, "haaglanden": .haaglanden,
        ]
        for (name, definition) in definitions {
            let data = try Data(contentsOf: Self.examples.appendingPathComponent("\(name).json"))
            #expect(try JSONDecoder().decode(ProgrammeDefinition.self, from: data) == definition, "\(name)")
        }
    }

    @Test("a definition breaking a rule is refused naming its field and rule, and nothing is recorded")
    func refused() async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            var definition = ProgrammeDefinition.overijssel
            definition.peopleConcerned = [.careProvider]
            let file = directory.path("bad.json")
            try JSONEncoder().encode(definition).write(to: URL(fileURLWithPath: file))
            let result = try await programctl.run("init", "--definition", file)
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stderr.contains("people-concerned"), "\(result.stderr)")
            #expect(result.stderr.contains("only youth, parent and client-representative count"), "\(result.stderr)")
            if FileManager.default.fileExists(atPath: programctl.db) {
                #expect(try EventStore(path: programctl.db, mode: .readOnly).head().position == 0)
            }
        }
    }

    @Test(
        "each region's demo verifies, its published report reproduces and its bodies are listed",
        arguments: [
            ("overijssel", "Regionaal Expertteam Twente"), ("lejo", "Adviesgroep LEJO"),
            ("haaglanden", "Ouder- en jongerenpanel Haaglanden"),
        ])
    func demo(programme: String, body: String) async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            try await programctl.succeed("demo", "--programme", programme)
            let verified = try await programctl.succeed("audit", "verify")
            #expect(verified.contains("ok"), "\(verified)")
            let reproduced = try await programctl.succeed("audit", "reproduce", "R1")
            #expect(reproduced.hasPrefix("ok  rendered from the log at position"), "\(reproduced)")
            let bodies = try await programctl.succeed("body", "list")
            #expect(bodies.contains(body), "\(bodies)")
        }
    }

    @Test("the demo tells the same story every run")
    func deterministic() async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            for name in ["a", "b"] {
                try await programctl.succeed(raw: [
                    "demo", "--programme", "lejo", "--db", directory.path("\(name).sqlite"),
                ])
            }
            let heads = try ["a", "b"].map {
                try EventStore(path: directory.path("\($0).sqlite"), mode: .readOnly).head()
            }
            #expect(heads[0].position == heads[1].position)
            var reports: [String] = []
            for name in ["a", "b"] {
                reports.append(
                    try await programctl.succeed(raw: ["report", "progress", "--db", directory.path("\(name).sqlite")]))
            }
            // The same but for the chain hash: personal data is sealed under keys of its own each run.
            let withoutHashes = reports.map { $0.replacing(/[0-9a-f]{64}/, with: "…") }
            #expect(withoutHashes[0] == withoutHashes[1])
            #expect(reports[0].contains("LEJO"))
        }
    }
}

/// The package's root directory.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
