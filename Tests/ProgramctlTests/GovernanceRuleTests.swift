import Foundation
import TestSupport
import Testing

// One test per rule: each refusal exits non-zero, names the field and the rule on stderr, and
// leaves the log's head where it was (see GovernanceScenario.expectRefused).

@Suite("programctl refuses: core group membership")
struct GovernanceMembershipRefusalTests {
    @Test("an unknown member cannot be present")
    func unknownMemberPresent() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K9", for: 3),
                mentions: ["present:", "K9 is not a member of the core group"])
        }
    }

    @Test("an unknown member cannot leave")
    func unknownMemberLeaves() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "leave", "K9", "--as", "K1", "--date", "2024-01-01"],
                mentions: ["member:", "K9 is not a member of the core group"])
        }
    }

    @Test("a member who left cannot leave again")
    func memberLeavesTwice() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed([
                "member", "leave", "K5", "--as", "K1", "--date", "2024-01-01", "--reason", "verhuisd",
            ])
            try scenario.expectRefused(
                ["member", "leave", "K5", "--as", "K1", "--date", "2024-02-01"],
                mentions: ["member:", "K5 already left the core group on 2024-01-01"])
        }
    }

    @Test("a member cannot leave on or before the day they joined")
    func memberLeavesBeforeJoining() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "leave", "K5", "--as", "K1", "--date", "2023-01-16"],
                mentions: ["date:", "joined on 2023-01-16", "leaving must come after"])
        }
    }

    @Test("a member who left cannot be present afterwards")
    func presentAfterLeaving() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(["member", "leave", "K5", "--as", "K1", "--date", "2024-01-01"])
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2024-02-05", present: "K1,K2,K5", for: 3),
                mentions: ["present:", "K5 left the core group on 2024-01-01"])
        }
    }

    @Test("a member cannot be present before they joined")
    func presentBeforeJoining() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed([
                "member", "add", "--as", "K1", "--name", "Lotte Smeets", "--constituency", "youth", "--date",
                "2023-06-01",
            ])
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K6", for: 3),
                mentions: ["present:", "K6 joined the core group on 2023-06-01, after 2023-02-06"])
        }
    }

    @Test("a member cannot be named twice among those present")
    func presentTwice() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K1", for: 3),
                mentions: ["present:", "names a member twice"])
        }
    }

    @Test("--as must name a member")
    func actorNotAMember() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "add", "--as", "K9", "--name", "Lotte", "--constituency", "youth", "--date", "2023-06-01"],
                mentions: ["as:", "K9 is not a core group member", "only active members record"])
        }
    }

    @Test("--as must name a member who is still active")
    func actorNoLongerActive() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(["member", "leave", "K5", "--as", "K1", "--date", "2024-01-01"])
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K5", for: 3, as: "K5"),
                mentions: ["as:", "K5 is no longer an active core group member"])
        }
    }

    @Test("--as is required once the core group has members")
    func actorMissing() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "add", "--name", "Lotte", "--constituency", "youth", "--date", "2023-06-01"],
                mentions: ["as:", "say who records this: --as MEMBER"])
            try scenario.expectRefused(
                ["plan", "draft", "--title", "Plan", "--summary", "Kort", "--date", "2023-04-17"],
                mentions: ["as:", "--as MEMBER"])
        }
    }

    @Test("a malformed member id is a usage error")
    func malformedMemberID() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,Sanne", for: 3),
                status: 64, mentions: ["--present"])
            try scenario.expectRefused(
                ["member", "leave", "Sanne", "--as", "K1", "--date", "2024-01-01"], status: 64, mentions: ["<member>"])
        }
    }

    @Test("a municipality member represents a municipality of the region")
    func unknownMunicipalityMember() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                [
                    "member", "add", "--as", "K1", "--name", "Iemand", "--constituency", "municipality", "--represents",
                    "Atlantis", "--date", "2023-02-01",
                ],
                mentions: ["represents:", "'Atlantis' is not a municipality of Zuid-Limburg", "Heerlen"])
        }
    }

    @Test("a youth, parent or client representative member represents no organisation")
    func representsForAYouthMember() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                [
                    "member", "add", "--as", "K1", "--name", "Lotte", "--constituency", "youth", "--represents",
                    "Heerlen", "--date", "2023-02-01",
                ],
                mentions: ["represents:", "a youth member represents no municipality or care provider"])
        }
    }

    @Test("the first member needs no --as, but an --as given must be a member")
    func firstMemberWithUnknownActor() async throws {
        try await GovernanceScenario.withProgramme { scenario in
            try scenario.expectRefused(
                ["member", "add", "--as", "K1", "--name", "Sanne", "--constituency", "youth", "--date", "2023-01-16"],
                mentions: ["as:", "K1 is not a core group member"])
            try scenario.succeed([
                "member", "add", "--name", "Sanne", "--constituency", "youth", "--date", "2023-01-16",
            ])
        }
    }

    @Test("a municipality member needs --represents")
    func municipalityMemberWithoutRepresents() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                [
                    "member", "add", "--as", "K1", "--name", "Iemand", "--constituency", "municipality", "--date",
                    "2023-02-01",
                ],
                mentions: ["represents:", "names the municipality they represent"])
        }
    }

    @Test("Nuth no longer existed after 2018-12-31: it merged into Beekdaelen")
    func mergedMunicipalityMember() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                [
                    "member", "add", "--as", "K1", "--name", "Iemand", "--constituency", "municipality", "--represents",
                    "Nuth", "--date", "2023-02-01",
                ],
                mentions: ["represents:", "Nuth did not exist on 2023-02-01", "until 2018-12-31"])
            try scenario.succeed([
                "member", "add", "--as", "K1", "--name", "Iemand", "--constituency", "municipality", "--represents",
                "Beekdaelen", "--date", "2023-02-01",
            ])
        }
    }

    @Test("an unknown constituency is a usage error")
    func unknownConstituency() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "add", "--as", "K1", "--name", "Iemand", "--constituency", "mayor", "--date", "2023-02-01"],
                status: 64, mentions: ["--constituency"])
        }
    }
}

@Suite("programctl refuses: dates and text")
struct GovernanceDateAndTextRefusalTests {
    @Test("a date before the programme started (2022-01-01)")
    func dateBeforeProgrammeStart() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "add", "--as", "K1", "--name", "Lotte", "--constituency", "youth", "--date", "2021-12-31"],
                mentions: ["date:", "2021-12-31 is before the programme started (2022-01-01)"])
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2021-12-31", present: "K1,K2,K4", for: 3),
                mentions: ["date:", "before the programme started"])
        }
    }

    @Test("a date in the future")
    func dateInTheFuture() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let future = GovernanceScenario.daysFromToday(2)
            try scenario.expectRefused(
                GovernanceScenario.decision(on: future, present: "K1,K2,K4", for: 3),
                mentions: ["date:", "\(future) is in the future", "record facts once they happened"])
            try scenario.expectRefused(
                ["member", "leave", "K5", "--as", "K1", "--date", future], mentions: ["date:", "in the future"])
        }
    }

    @Test("a malformed date is a usage error (64)", arguments: ["2023-02-30", "16-01-2023", "2023-1-16", "gisteren"])
    func malformedDate(date: String) async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "add", "--as", "K1", "--name", "Lotte", "--constituency", "youth", "--date", date],
                status: 64, mentions: ["'\(date)'", "--date"])
        }
    }

    @Test("text that is not UTF-8 is refused")
    func textFileNotUTF8() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let file = scenario.programctl.directory.path("besluit.txt")
            try Data([0x42, 0x65, 0x73, 0x6C, 0x75, 0x69, 0x74, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x0A])
                .write(to: URL(fileURLWithPath: file))
            var command = GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3)
            let text = try #require(command.firstIndex(of: "--text"))
            command.replaceSubrange(text...(text + 1), with: ["--text-file", file])
            try scenario.expectRefused(command, mentions: ["text-file:", "is not valid UTF-8 text"])

            // The same command with a UTF-8 file is recorded.
            try Data("Besluit: de kerngroep werkt bottom-up.\nTweede regel.".utf8).write(to: URL(fileURLWithPath: file))
            try scenario.succeed(command)
        }
    }

    @Test("a missing --text-file is a usage error")
    func textFileMissing() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            var command = GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3)
            let text = try #require(command.firstIndex(of: "--text"))
            command.replaceSubrange(
                text...(text + 1), with: ["--text-file", scenario.programctl.directory.path("nope")])
            try scenario.expectRefused(command, status: 64, mentions: ["--text-file", "cannot read"])
        }
    }

    @Test("a title over 200 characters")
    func titleTooLong() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let title = String(repeating: "Kerngroep ", count: 20) + "X"
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3, title: title),
                mentions: ["title:", "is too long: 201 characters, at most 200"])
        }
    }

    @Test(
        "a one-line title with a line break or control characters",
        arguments: [
            ("Werkwijze\nkerngroep", "must be a single line"), ("Werk\u{7}wijze", "control characters (found U+0007)"),
            ("A\u{1B}[2J", "control characters (found U+001B)"),
        ])
    func titleWithControlCharacters(title: String, rule: String) async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3, title: title),
                mentions: ["title:", rule])
        }
    }

    @Test("an empty name")
    func emptyName() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["member", "add", "--as", "K1", "--name", "  ", "--constituency", "youth", "--date", "2023-06-01"],
                mentions: ["name:", "must not be empty"])
        }
    }
}

@Suite("programctl refuses: meetings and decisions")
struct GovernanceDecisionRefusalTests {
    @Test("votes that do not add up to those present")
    func votesDoNotAddUp() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 2),
                mentions: ["votes:", "2 votes", "but 3 members present", "every member present votes"])
        }
    }

    @Test("no quorum: fewer than half of the active members present")
    func noQuorum() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K4", for: 2),
                mentions: ["present:", "2 of 5 active members present", "at least half (3)", "quorum"])
        }
    }

    @Test("nothing about us without us: no youth, parent or client representative present")
    func noClientVoice() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed([
                "member", "add", "--as", "K1", "--name", "Paul Smeets", "--constituency", "municipality",
                "--represents", "Maastricht", "--date", "2023-01-16",
            ])
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K4,K5,K6", for: 3, as: "K4"),
                mentions: ["present:", "no youth, parent or client representative present", "niet over ons zonder ons"])
        }
    }

    @Test("an adopted outcome without a majority")
    func adoptedWithoutMajority() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K3,K4", for: 2, against: 2),
                mentions: ["votes:", "an adopted decision needs more votes for than against (2 for, 2 against)"])
        }
    }

    @Test("a rejected outcome with a majority")
    func rejectedWithMajority() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(
                    on: "2023-02-06", present: "K1,K2,K3,K4", for: 3, against: 1, outcome: "rejected"),
                mentions: ["outcome:", "rejected, but 3 voted for and 1 against: the vote adopts it"])
        }
    }

    @Test("a pillar the programme does not have")
    func unknownPillar() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3) + ["--pillar", "4"],
                mentions: ["pillar:", "4 is not a pillar", "1–3"])
        }
    }

    @Test("amending an unknown decision")
    func amendUnknownDecision() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["decision", "amend", "B9", "--as", "K1", "--reason", "Correctie", "--title", "Nieuwe titel"]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K4", for: 3),
                mentions: ["decision:", "B9 is not a recorded decision"])
        }
    }

    @Test("revoking an unknown decision")
    func revokeUnknownDecision() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["decision", "revoke", "B9", "--as", "K1", "--reason", "Vervallen"]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K4", for: 3),
                mentions: ["decision:", "B9 is not a recorded decision"])
        }
    }

    @Test("amending or revoking a revoked decision")
    func changeRevokedDecision() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3))
            try scenario.succeed(
                ["decision", "revoke", "B1", "--as", "K1", "--reason", "Vervallen"]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K4", for: 3))
            try scenario.expectRefused(
                ["decision", "revoke", "B1", "--as", "K1", "--reason", "Nogmaals"]
                    + GovernanceScenario.meeting(on: "2023-04-03", present: "K1,K2,K4", for: 3),
                mentions: ["decision:", "B1 was revoked on 2023-03-06"])
            try scenario.expectRefused(
                ["decision", "amend", "B1", "--as", "K1", "--reason", "Correctie", "--title", "Nieuwe titel"]
                    + GovernanceScenario.meeting(on: "2023-04-03", present: "K1,K2,K4", for: 3),
                mentions: ["decision:", "B1 was revoked on 2023-03-06"])
        }
    }

    @Test("an amendment that changes nothing, or is voted down")
    func emptyOrRejectedAmendment() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.decision(on: "2023-02-06", present: "K1,K2,K4", for: 3))
            try scenario.expectRefused(
                ["decision", "amend", "B1", "--as", "K1", "--reason", "Correctie"]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K4", for: 3),
                mentions: ["amendment:", "changes nothing"])
            try scenario.expectRefused(
                ["decision", "amend", "B1", "--as", "K1", "--reason", "Correctie", "--title", "Nieuwe titel"]
                    + GovernanceScenario.meeting(on: "2023-03-06", present: "K1,K2,K4", for: 1, against: 2),
                mentions: ["votes:", "an amendment needs more votes for than against"])
        }
    }
}

@Suite("programctl refuses: the plan of approach")
struct GovernancePlanRefusalTests {
    @Test("submitting a version that was never drafted")
    func submitUnknownVersion() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                ["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01"],
                mentions: ["version:", "there is no plan version 1 (none drafted yet)"])
            try scenario.succeed(GovernanceScenario.planDraft())
            try scenario.expectRefused(
                ["plan", "submit", "2", "--as", "K1", "--date", "2023-05-01"],
                mentions: ["version:", "there is no plan version 2 (versions: 1)"])
        }
    }

    @Test("submitting a version twice")
    func submitTwice() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.planDraft())
            try scenario.succeed(["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01"])
            try scenario.expectRefused(
                ["plan", "submit", "1", "--as", "K1", "--date", "2023-05-08"],
                mentions: ["version:", "version 1 was already submitted on 2023-05-01"])
        }
    }

    @Test("a municipality's decision on a version that was not submitted")
    func decideUnsubmittedVersion() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.planDraft())
            try scenario.expectRefused(
                [
                    "plan", "decide", "1", "--as", "K4", "--municipality", "Heerlen", "--outcome", "adopted", "--date",
                    "2023-06-20",
                ],
                mentions: ["version:", "version 1 was not submitted to the municipalities"])
        }
    }

    @Test("a decision of a municipality outside the region, or one that no longer existed")
    func decideByUnknownMunicipality() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.planDraft())
            try scenario.succeed(["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01"])
            let decide = { (municipality: String) in
                [
                    "plan", "decide", "1", "--as", "K4", "--municipality", municipality, "--outcome", "adopted",
                    "--date", "2023-06-20",
                ]
            }
            try scenario.expectRefused(
                decide("X"), mentions: ["municipality:", "'X' is not a municipality of Zuid-Limburg"])
            try scenario.expectRefused(
                decide("Nuth"), mentions: ["municipality:", "Nuth did not exist on 2023-06-20", "until 2018-12-31"])
            try scenario.expectRefused(
                [
                    "plan", "decide", "1", "--as", "K4", "--municipality", "Heerlen", "--outcome", "accepted",
                    "--date", "2023-06-20",
                ], status: 64, mentions: ["--outcome"])
        }
    }

    @Test("a municipality's decision dated before the submission")
    func decideBeforeSubmission() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.planDraft())
            try scenario.succeed(["plan", "submit", "1", "--as", "K1", "--date", "2023-05-01"])
            try scenario.expectRefused(
                [
                    "plan", "decide", "1", "--as", "K4", "--municipality", "Heerlen", "--outcome", "adopted", "--date",
                    "2023-04-30",
                ],
                mentions: ["date:", "version 1 was submitted on 2023-05-01: decisions come after"])
        }
    }
}

@Suite("programctl refuses: the policy framework")
struct GovernanceFrameworkRefusalTests {
    @Test("target years outside 2024–2028", arguments: ["2023=15", "2029=70"])
    func targetOutsideFramework(target: String) async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let year = String(target.prefix(4))
            try scenario.expectRefused(
                GovernanceScenario.goalAdd(targets: ["2024=20", target]),
                mentions: ["target:", "\(year) is outside the framework period 2024–2028"])
        }
    }

    @Test("a target year given twice, or a malformed target")
    func targetTwiceOrMalformed() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                GovernanceScenario.goalAdd(targets: ["2028=60", "2028=70"]),
                mentions: ["target:", "2028 is given twice"])
            try scenario.expectRefused(
                GovernanceScenario.goalAdd(targets: ["2028:60"]), status: 64, mentions: ["--target"])
        }
    }

    @Test("a measurement period outside 2024–2028", arguments: ["2023", "2029-Q1"])
    func measurementOutsideFramework(period: String) async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.goalAdd())
            try scenario.expectRefused(
                [
                    "framework", "measure", "D1", "--as", "K1", "--period", period, "--value", "22", "--date",
                    "2025-01-20",
                ],
                mentions: ["period:", "\(period) is outside the framework period 2024–2028"])
        }
    }

    @Test("a measurement dated before its period began")
    func measurementBeforePeriod() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.goalAdd())
            try scenario.expectRefused(
                [
                    "framework", "measure", "D1", "--as", "K1", "--period", "2024-H2", "--value", "22", "--date",
                    "2024-03-01",
                ],
                mentions: ["date:", "2024-03-01 is before the period 2024-H2 began (2024-07-01)"])
        }
    }

    @Test("a measurement of an unknown goal")
    func measurementOfUnknownGoal() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.expectRefused(
                [
                    "framework", "measure", "D3", "--as", "K1", "--period", "2024", "--value", "22", "--date",
                    "2025-01-20",
                ],
                mentions: ["goal:", "D3 is not a goal of the framework"])
        }
    }

    @Test("a goal adjustment without a reason")
    func adjustmentWithoutReason() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try scenario.succeed(GovernanceScenario.goalAdd())
            try scenario.expectRefused(
                [
                    "framework", "goal", "adjust", "D1", "--as", "K1", "--reason", " ", "--target", "2028=70", "--date",
                    "2025-02-03",
                ],
                mentions: ["reason:", "must not be empty"])
            try scenario.expectRefused(
                ["framework", "goal", "adjust", "D1", "--as", "K1", "--target", "2028=70", "--date", "2025-02-03"],
                status: 64, mentions: ["--reason"])
            try scenario.succeed([
                "framework", "goal", "adjust", "D1", "--as", "K1", "--reason", "Ambitie verhoogd na evaluatie",
                "--target", "2028=70", "--date", "2025-02-03",
            ])
        }
    }
}
