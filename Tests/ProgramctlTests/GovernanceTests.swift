import EventStore
import Foundation
import Program
import TestSupport
import Testing

@Suite("programctl: governance")
struct GovernanceTests {
    @Test("a new user records the programme's start in 2023 and reads it back")
    func programmeStartStory() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.succeed(GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3))
            try await scenario.succeed(GovernanceScenario.planDraft())
            try await scenario.succeed(["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01"])
            for (municipality, outcome, date) in [
                ("Heerlen", "adopted", "2023-06-20"), ("Maastricht", "adopted-with-amendments", "2023-06-27"),
                ("GM0928", "adopted", "2023-07-04"),
            ] {
                try await scenario.succeed([
                    "plan", "decide", "1", "--as", "K4", "--municipality", municipality, "--outcome", outcome,
                    "--date", date,
                ])
            }
            let status = try await scenario.succeed(["plan", "status"])
            #expect(status.contains("adopted by 3 of 16"), "\(status)")
            #expect(status.contains("Kerkrade: adopted 2023-07-04"), "\(status)")
            #expect(status.contains("Vaals: pending"), "\(status)")

            try await scenario.succeed(GovernanceScenario.goalAdd())
            try await scenario.succeed([
                "framework", "goal", "add", "--as", "K3", "--title", "Cliëntenraden versterkt",
                "--indicator", "Aantal actieve cliëntenraden van aanbieders", "--unit", "aantal",
                "--baseline-year", "2023", "--baseline", "4", "--target", "2025=8", "--target", "2028=12",
                "--pillar", "1", "--date", "2023-09-04",
            ])
            try await scenario.succeed([
                "framework", "measure", "D1", "--as", "K1", "--period", "2024", "--value", "22", "--note",
                "Jaarverslag 2024", "--date", "2025-01-20",
            ])

            // 1 definition, 5 members, 1 decision, draft, submission, 3 plan decisions, 2 goals, 1 measurement.
            let head = try scenario.programctl.head()
            #expect(head.position == 15)

            let text = try await scenario.succeed(["log"]).split(separator: "\n")
            #expect(text.count == 15)
            let types = [
                "ProgrammeDefined", "MemberJoined", "MemberJoined", "MemberJoined", "MemberJoined", "MemberJoined",
                "DecisionRecorded", "PlanVersionDrafted", "PlanSubmitted", "PlanDecided", "PlanDecided",
                "PlanDecided", "GoalAdded", "GoalAdded", "MeasurementRecorded",
            ]
            for (line, type) in zip(text, types) { #expect(line.contains("  \(type)  "), "\(line)") }
            #expect(text[6].contains("Kerngroep stelt werkwijze vast"))

            let lines = try await scenario.succeed(["log", "--json"]).split(separator: "\n")
            #expect(lines.count == 15)
            for (index, line) in lines.enumerated() {
                let object = try #require(
                    try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
                #expect(object["position"] as? Int == index + 1)
                #expect(object["type"] as? String == types[index])
                #expect(object["payload"] is [String: Any], "\(line)")
                for hash in ["leafHash", "chainHash"] {
                    let hex = try #require(object[hash] as? String, "\(hash) missing: \(line)")
                    #expect(hex.count == 64 && hex.allSatisfy(\.isHexDigit), "\(hash): \(hex)")
                }
            }
            let last = try #require(try JSONSerialization.jsonObject(with: Data(lines[14].utf8)) as? [String: Any])
            #expect(last["chainHash"] as? String == head.chainHash)

            // Names are personal data: sealed in the payloads, nowhere in the log as plain text.
            for member in GovernanceScenario.coreGroup {
                for part in member.name.split(separator: " ") where part.count > 3 {
                    #expect(!lines.contains { $0.contains(part) }, "\(part) in log --json")
                    #expect(!text.contains { $0.contains(part) }, "\(part) in log")
                }
            }
            let joined = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
            let payload = try #require(joined["payload"] as? [String: Any])
            let name = try #require(payload["name"] as? [String: Any], "\(payload)")
            #expect(Set(name.keys) == ["subject", "sealed"])
            #expect(payload["constituency"] != nil)

            let members = try await scenario.succeed(["member", "list"])
            for member in GovernanceScenario.coreGroup {
                #expect(members.contains(member.id) && members.contains(member.name), "\(members)")
            }
            #expect(members.contains("municipality: GM0917"))
            let onKickOff = try await scenario.succeed(["member", "list", "--on", "2023-06-07"])
            #expect(onKickOff.split(separator: "\n").count == 6)
        }
    }

    @Test("decision list shows the register with amendments and revocations")
    func decisionRegister() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.succeed(GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3))
            try await scenario.succeed(
                [
                    "decision", "amend", "B1", "--as", "K2", "--reason", "Pijler 3 toegevoegd", "--pillar", "1",
                    "--pillar", "3",
                ]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K3", for: 2, abstain: 1))
            try await scenario.succeed(
                ["decision", "revoke", "B1", "--as", "K3", "--reason", "Vervangen door nieuwe werkwijze"]
                    + GovernanceScenario.meeting(on: "2024-01-15", present: "K1,K3,K5", for: 3))
            let register = try await scenario.succeed(["decision", "list"])
            #expect(register.contains("B1  2023-02-06  adopted  Kerngroep stelt werkwijze vast"), "\(register)")
            #expect(register.contains("pillars 1,3"), "\(register)")
            #expect(register.contains("amended 2023-03-06: Pijler 3 toegevoegd"), "\(register)")
            #expect(register.contains("revoked 2024-01-15: Vervangen door nieuwe werkwijze"), "\(register)")
        }
    }

    @Test("a write with --json prints what it recorded as JSON")
    func jsonOutputOfAWrite() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let output = try await scenario.succeed(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3) + ["--json"])
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "not JSON: \(output)")
            #expect(object["alreadyRecorded"] as? Bool == false)
            let recorded = try #require(object["recorded"] as? [[String: Any]])
            #expect(recorded.count == 1)
            #expect(recorded.first?["position"] as? Int == 7)
            #expect(recorded.first?["type"] as? String == "DecisionRecorded")
            #expect(recorded.first?["actor"] as? String == "K1")
            #expect(recorded.first?["stream"] as? String == "decisions")
        }
    }

    @Test("a refusal with --json is a JSON error on stderr")
    func jsonRefusal() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let before = try scenario.programctl.head()
            let result = try await scenario.run(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K4", for: 2) + ["--json"])
            #expect(result.status == 65)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any],
                "not JSON: \(result.stderr)")
            #expect(object["exitCode"] as? Int == 65)
            let error = try #require(object["error"] as? [String: Any])
            #expect(error["kind"] as? String == "rule-violation")
            let message = try #require(error["message"] as? String)
            #expect(message.hasPrefix("present: ") && message.contains("quorum"), "\(message)")
            #expect(try scenario.programctl.head() == before)
        }
    }
}

@Suite("programctl: idempotent writes")
struct GovernanceIdempotencyTests {
    @Test("the same write retried with the same --request-id records nothing twice")
    func retryIsAlreadyRecorded() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let command =
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3) + [
                    "--request-id", "besluit-2023-02-06",
                ]
            let first = try await scenario.succeed(command)
            #expect(first.hasPrefix("recorded DecisionRecorded at position 7"), "\(first)")
            let head = try scenario.programctl.head()

            let retry = try await scenario.succeed(command)
            #expect(retry.hasPrefix("already recorded"), "\(retry)")
            #expect(retry.contains("position 7"), "\(retry)")
            #expect(try scenario.programctl.head() == head)

            let json = try await scenario.succeed(command + ["--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["alreadyRecorded"] as? Bool == true)
            #expect((object["recorded"] as? [[String: Any]])?.first?["position"] as? Int == 7)
            #expect(try scenario.programctl.head() == head)
            #expect(
                try await scenario.succeed(["decision", "list"]).split(separator: "\n").first?.hasPrefix("B1") == true)
            #expect(!(try await scenario.succeed(["decision", "list"]).contains("B2")))
        }
    }

    @Test("a request id used for one command is refused for another")
    func requestIDReusedForAnotherCommand() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.succeed(GovernanceScenario.planDraft() + ["--request-id", "r-1"])
            try await scenario.expectRefused(
                ["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01", "--request-id", "r-1"],
                mentions: ["request-id:", "'r-1' was already used for `plan draft`"])
        }
    }

    @Test("a request id reused for the same command with other values is refused")
    func requestIDReusedWithOtherValues() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let add = { (name: String) in
                [
                    "member", "add", "--as", "K1", "--name", name, "--constituency", "youth", "--date", "2023-06-01",
                    "--request-id", "r-3",
                ]
            }
            try await scenario.succeed(add("Lotte Smeets"))
            try await scenario.expectRefused(add("Sem Hermans"), mentions: ["request-id:", "'r-3' was already used"])
        }
    }

    @Test("a refused write does not use up its request id")
    func refusedWriteKeepsItsRequestID() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K4", for: 2) + ["--request-id", "r-2"],
                mentions: ["present:", "quorum"])
            let output = try await scenario.succeed(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3) + ["--request-id", "r-2"])
            #expect(output.hasPrefix("recorded DecisionRecorded"), "\(output)")
        }
    }
}

@Suite("programctl: the store")
struct GovernanceStoreTests {
    @Test("init twice is refused")
    func initTwice() async throws {
        try await GovernanceScenario.withProgramme { scenario in
            try await scenario.expectRefused(["init"], mentions: ["programme:", "already set up"])
        }
    }

    @Test("a command on a missing store exits 66 and creates no file")
    func missingStore() async throws {
        try await withTemporaryDirectory { directory in
            let scenario = GovernanceScenario(directory)
            for command in [
                ["member", "list"],
                ["member", "add", "--name", "Sanne", "--constituency", "youth", "--date", "2023-01-16"],
                ["plan", "status"], ["log"],
            ] {
                let result = try await scenario.run(command)
                #expect(result.status == 66, "\(command): \(result.stderr)")
                #expect(result.stderr.contains("no programme store at"), "\(result.stderr)")
                #expect(result.stderr.contains("programctl init"), "\(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: scenario.programctl.db), "\(command) created the store")
                #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
            }
        }
    }

    @Test("a file that is not a programme store is refused with 74 and left as it was")
    func garbageStore() async throws {
        try await withTemporaryDirectory { directory in
            let scenario = GovernanceScenario(directory)
            let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            try garbage.write(to: URL(fileURLWithPath: scenario.programctl.db))
            for command in [
                ["member", "list"],
                ["member", "add", "--name", "Sanne", "--constituency", "youth", "--date", "2023-01-16"],
                ["init"],
            ] {
                let result = try await scenario.run(command)
                #expect(result.status == 74, "\(command): \(result.stderr)")
                #expect(result.stderr.contains("not an event store"), "\(result.stderr)")
                #expect(FileManager.default.contents(atPath: scenario.programctl.db) == garbage)
            }
        }
    }
}
