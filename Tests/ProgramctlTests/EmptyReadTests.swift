import Foundation
import TestSupport
import Testing

/// Read commands on a store that holds only its programme: nothing to show is an answer, not a
/// refusal — exit 0, a sentence saying so, `[]` with `--json`, and never "nothing was recorded".
@Suite("reads with nothing to show")
struct EmptyReadTests {
    @Test(arguments: [
        (["member", "list"], "no members added yet"),
        (["member", "list", "--on", "2023-06-07"], "no members of the core group on 2023-06-07"),
        (["decision", "list"], "no decisions recorded yet"),
        (["plan", "status"], "no plan versions drafted yet"),
        (["conference", "list"], "no conferences scheduled yet"),
        (["conference", "list", "C1"], "no conference C1 scheduled (yet)"),
        (["input", "list"], "no inputs recorded yet"),
        (["input", "list", "--pillar", "2"], "no inputs recorded under pillar 2 yet"),
        (["subsidy", "status"], "no subsidies awarded yet"),
        (["body", "list"], "no participation bodies established yet"),
        (["body", "list", "O1"], "no body O1 established (yet)"),
        (["advice", "list"], "no advice recorded yet"),
        (["advice", "list", "--body", "O1"], "no advice of O1 recorded yet"),
    ])
    func readOnAFreshStoreSaysThereIsNothingYet(command: [String], text: String) async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            try await programctl.succeed("init")
            let head = try programctl.head()

            let result = try await programctl.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout == text + "\n")
            #expect(result.stderr.isEmpty)
            #expect(!result.stdout.contains("nothing was recorded"))

            let json = try await programctl.run(command + ["--json"])
            #expect(json.status == 0, "\(command) --json: \(json.stderr)")
            #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.isEmpty == true)
            #expect(try programctl.head() == head)
        }
    }

    @Test func logBeyondTheLastPositionSaysWhereTheLogEnds() async throws {
        try await withTemporaryDirectory { directory in
            let programctl = Programctl(directory: directory)
            try await programctl.succeed("init")
            #expect(
                try await programctl.succeed("log", "--from", "5")
                    == "no events from position 5 on (the log ends at position 1)\n")
            #expect(try await programctl.succeed("log", "--from", "5", "--json").isEmpty)
        }
    }
}
