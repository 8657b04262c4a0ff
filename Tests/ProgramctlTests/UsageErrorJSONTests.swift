import Foundation
import TestSupport
import Testing

/// With `--json` anywhere on the command line, a usage error that argument-parser finds is the
/// JSON error object every other failure is, with exit code 64; without `--json` it is the text
/// it always was.
@Suite("usage errors honour --json")
struct UsageErrorJSONTests {
    @Test(
        "unknown option, missing value, malformed value, a command's own check: one JSON object, exit 64",
        arguments: [
            (
                ["member", "add", "--name", "Lotte", "--bogus", "--constituency", "youth", "--date", "2023-02-01"],
                "Unknown option '--bogus'"
            ),
            (
                ["member", "add", "--name", "Lotte", "--date", "2023-02-01"],
                "Missing expected argument '--constituency <constituency>'"
            ),
            (
                ["member", "add", "--name", "Lotte", "--constituency", "youth", "--date", "1-2-2023"],
                "The value '1-2-2023' is invalid for '--date <date>': expected a date written YYYY-MM-DD"
            ),
            (
                ["member", "add", "--name", "Lotte", "--constituency", "youth", "--date"],
                "Missing value for '--date <date>'"
            ),
            (
                ValueRefusalTests.award("1.250"),
                "The value '1.250' is invalid for '--amount <amount>': '1.250' is ambiguous (thousands or decimals?)"
            ),
            (
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K3", for: 3).filter {
                    $0 != "--text" && !$0.hasPrefix("De kerngroep")
                },
                "Give the text with --text or --text-file."
            ),
        ])
    func jsonUsageError(arguments: [String], message: String) async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            for json in [arguments + ["--json"], ["--json"] + arguments] {
                let before = try scenario.programctl.head()
                let result = try await scenario.run(json)
                #expect(result.status == 64, "\(json): \(result.stderr)")
                #expect(result.stdout.isEmpty)
                #expect(try scenario.programctl.head() == before)
                #expect(
                    result.stderr.hasSuffix("}\n") && result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)"
                )
                let object = try #require(
                    try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
                #expect(Set(object.keys) == ["error", "exitCode"])
                #expect(object["exitCode"] as? Int == 64)
                let error = try #require(object["error"] as? [String: Any])
                #expect(error["kind"] as? String == "usage")
                #expect((error["message"] as? String)?.hasPrefix(message) == true, "\(error)")
            }
            // Without --json: argument-parser's text, as ever.
            let text = try await scenario.run(arguments)
            #expect(text.status == 64)
            #expect(text.stderr.hasPrefix("Error: \(message)"), "\(text.stderr)")
            #expect(text.stderr.contains("Usage: programctl"))
        }
    }

    @Test("a usage error and a rule violation print the same JSON object")
    func sameShapeAsOtherFailures() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let rule = try await scenario.run(["member", "leave", "K9", "--as", "K1", "--date", "2024-01-01", "--json"])
            let usage = try await scenario.run([
                "member", "leave", "K9", "--as", "K1", "--date", "2024-13-01", "--json",
            ])
            #expect(rule.status == 65)
            #expect(usage.status == 64)
            let shape = { (text: String) throws -> [String] in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let error = try #require(object["error"] as? [String: Any])
                return object.keys.sorted() + error.keys.sorted()
            }
            #expect(try shape(rule.stderr) == shape(usage.stderr))
            // `--` ends the options: a "--json" after it is an argument, not the flag.
            let after = try await scenario.run(["member", "leave", "--bogus", "--", "--json"])
            #expect(after.status == 64)
            #expect(after.stderr.hasPrefix("Error: "))
        }
    }

    @Test("help stays text with --json, exit 0")
    func helpIsNotAnError() async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            let help = try await programctl.succeed(raw: ["member", "add", "--help", "--json"])
            #expect(help.contains("USAGE: programctl member add"))
        }
    }
}
