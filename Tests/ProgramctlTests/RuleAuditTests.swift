import EventStore
import Foundation
import Program
import TestSupport
import Testing

/// `audit verify` proves the log obeys the programme's rules: an event appended past them, with
/// every hash correct, is named by its position and the rule it breaks (exit 74).
@Suite struct RuleAuditTests {
    /// Appends `event` straight to the store, past the rules: the hash chain stays whole.
    private static func appendPastTheRules(_ event: ProgramEvent, to programme: ParticipationProgramme) throws -> Int64
    {
        let store = try EventStore(path: programme.programctl.db)
        let payload = event.payload
        let appended = try store.append(
            [
                NewEvent(
                    type: type(of: payload).typeName, schemaVersion: type(of: payload).schemaVersion,
                    payload: try JSONEncoder.eventPayloads().encode(payload))
            ], to: event.stream, expecting: .any, metadata: CommandMetadata(actor: "K1", command: "direct"))
        return appended.positions.lowerBound
    }

    /// `audit verify` fails on the event at `position`, naming the rule; the hash chain alone is whole.
    private static func expectBreach(
        _ programme: ParticipationProgramme, at position: Int64, type: String, rule: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let result = try await programme.run(["audit", "verify"])
        #expect(result.status == 74, "\(result)", sourceLocation: sourceLocation)
        #expect(
            result.stderr.contains("the event at position \(position) (\(type)) breaks the programme's rules"),
            "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(rule), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try EventStore(path: programme.programctl.db, mode: .readOnly).verify().isIntact)
    }

    private static func withProgramme(_ body: (ParticipationProgramme) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.addCoreGroup()
            try await body(programme)
        }
    }

    @Test func aLogRecordedThroughTheRulesFollowsThem() async throws {
        try await AuditDesk.withDemo { desk in
            let output = try await desk.succeed(["audit", "verify"])
            #expect(output.contains("ok  every event follows the programme's rules"), "\(output)")
        }
    }

    @Test func spendingBeyondTheAwardAppendedDirectlyIsNamed() async throws {
        try await Self.withProgramme { programme in
            try await programme.awardSubsidy(amount: "10.000,00")
            try await programme.record([
                "subsidy", "spend", "S1", "--amount", "9.000,00", "--pillar", "1", "--activity", "Training", "--date",
                "2023-10-01",
            ])
            let position = try Self.appendPastTheRules(
                .expenditureBooked(
                    ExpenditureBooked(
                        subsidy: "S1", expenditure: "U2", amount: Cents(200_000), pillar: 1, activity: "Training",
                        description: nil, date: Day(iso: "2023-10-02")!)), to: programme)
            try await Self.expectBreach(
                programme, at: position, type: "ExpenditureBooked", rule: "amount: spending € 2.000,00 would exceed")
        }
    }

    @Test func aDecisionWithoutQuorumAppendedDirectlyIsNamed() async throws {
        try await Self.withProgramme { programme in
            let position = try Self.appendPastTheRules(
                .decisionRecorded(
                    DecisionRecorded(
                        decision: "B1", title: "Werkwijze", text: "Bottom-up.",
                        meeting: Meeting(
                            date: Day(iso: "2023-02-06")!, present: ["K1"],
                            votes: Votes(inFavour: 1, against: 0, abstaining: 0)),
                        outcome: .adopted, pillars: [1], participationLevel: .coproduce, informedBy: [])), to: programme
            )
            try await Self.expectBreach(programme, at: position, type: "DecisionRecorded", rule: "no quorum")
        }
    }

    @Test func inputTakenUpIntoAnEarlierDecisionAppendedDirectlyIsNamed() async throws {
        try await Self.withProgramme { programme in
            try await programme.record([
                "decision", "record", "--title", "Werkwijze", "--text", "Bottom-up.", "--date", "2023-02-06",
                "--present", "K1,K2,K3", "--for", "3", "--outcome", "adopted", "--pillar", "1", "--level", "4",
            ])
            try await programme.addInput()
            let position = try Self.appendPastTheRules(
                .inputTakenUp(
                    InputTakenUp(input: "I1", into: .decision("B1"), date: Day(iso: "2023-09-10")!, note: nil)),
                to: programme)
            try await Self.expectBreach(
                programme, at: position, type: "InputTakenUp", rule: "before I1 was collected (2023-06-07)")
        }
    }

    @Test func aPromotionOnItsOwnIsNamed() async throws {
        try await Self.withProgramme { programme in
            try await programme.scheduleConference(capacity: 1)
            try await programme.register(name: "Eerste")
            try await programme.register(name: "Tweede")
            let position = try Self.appendPastTheRules(
                .registrationPromoted(
                    RegistrationPromoted(conference: "C1", registration: "A2", date: Day(iso: "2023-05-03")!)),
                to: programme)
            try await Self.expectBreach(
                programme, at: position, type: "RegistrationPromoted", rule: "no command records it on its own")
        }
    }
}
