import Foundation
import TestSupport
import Testing

/// `--db`, `--as`, `--json` and `--request-id` work before the subcommand exactly as after it.
@Suite("global options before the subcommand")
struct GlobalOptionPlacementTests {
    @Test func optionsBeforeTheSubcommandActAsAfterIt() async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            let db = programctl.db
            try await programctl.succeed(raw: ["--db", db, "init"])
            try await programctl.succeed(raw: [
                "--db=\(db)", "member", "add", "--name", "Sanne Vos", "--constituency", "youth", "--date", "2023-01-16",
            ])
            // Between the subcommand names, and in both forms.
            try await programctl.succeed(raw: [
                "--as", "K1", "member", "--db", db, "add", "--name", "Marco Hendriks", "--constituency", "parent",
                "--date", "2023-01-16", "--request-id", "k2",
            ])
            let members = try await programctl.succeed(raw: ["--db", db, "--json", "member", "list"])
            let list = try JSONSerialization.jsonObject(with: Data(members.utf8)) as? [[String: Any]]
            #expect(list?.map { $0["id"] as? String } == ["K1", "K2"])
            #expect(try await programctl.succeed(raw: ["--json", "--db", db, "member", "list"]) == members)
            #expect(try await programctl.succeed("member", "list", "--json") == members)

            // --request-id before the subcommand still makes the retry record nothing.
            let head = try programctl.head()
            let retry = try await programctl.succeed(raw: [
                "--request-id=k2", "--as=K1", "--db", db, "--json", "member", "add", "--name", "Marco Hendriks",
                "--constituency", "parent", "--date", "2023-01-16",
            ])
            #expect(retry.contains(#""alreadyRecorded":true"#))
            #expect(try programctl.head() == head)
        }
    }

    @Test func errorsAndHelpAreUnchanged() async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            let db = programctl.db
            try await programctl.succeed(raw: ["--db", db, "init"])
            // A rule violation names the field, wherever --as stood.
            let refused = try await programctl.executable.run([
                "--db", db, "--as", "K9", "member", "add", "--name", "Marco", "--constituency", "parent", "--date",
                "2023-01-16",
            ])
            #expect(refused.status == 65)
            #expect(refused.stderr.contains("error: as: "), "\(refused.stderr)")
            // An option the command does not have stays a usage error.
            let unknown = try await programctl.executable.run(["--db", db, "--title", "x", "member", "list"])
            #expect(unknown.status == 64)
            // Help says where the options may stand.
            let help = try await programctl.succeed(raw: ["--db", db, "member", "list", "--help"])
            #expect(help.contains("USAGE: programctl member list"))
            #expect(help.contains("before the subcommand"))
            let group = try await programctl.succeed(raw: ["--db", db, "member", "--help"])
            #expect(group.contains("USAGE: programctl member <subcommand>"))
            #expect(try await programctl.succeed(raw: ["--experimental-dump-help"]).contains(#""commandName""#))
        }
    }
}
