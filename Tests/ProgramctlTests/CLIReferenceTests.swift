import Foundation
import TestSupport
import Testing

@Suite("docs/cli.md")
struct CLIReferenceTests {
    @Test("the command reference is generated from the commands' current help")
    func referenceIsCurrent() async throws {
        let dump = try await Executable("programctl").run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs")
        let generator = try await Executable(url: URL(fileURLWithPath: "/usr/bin/env")).run(
            ["python3", docs.appendingPathComponent("tools/cli_reference.py").path], input: dump.stdout,
            environment: ["PROGRAMWITNESS": Executable("programwitness").url.path])
        #expect(generator.status == 0, "\(generator.stderr)")
        let committed = try String(contentsOf: docs.appendingPathComponent("cli.md"), encoding: .utf8)
        #expect(
            generator.stdout == committed,
            "docs/cli.md is stale: run .build/debug/programctl --experimental-dump-help | python3 docs/tools/cli_reference.py > docs/cli.md"
        )
    }
}
