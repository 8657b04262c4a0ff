import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import Reporting
import TestSupport
import Testing

/// A saved state or projection (the store's checkpoints) is trusted only when it follows from the
/// log: authenticated with a key kept outside the store file, and compared with a fold by `audit verify`.
@Suite struct CheckpointTrustTests {
    /// S1 (€ 10.000,00 awarded, € 9.000,00 spent), and the state and the projection saved as checkpoints.
    private static func withSavedProjection(_ body: (ParticipationProgramme, String) async throws -> Void) async throws
    {
        try await withTemporaryDirectory { directory in
            let programme = try await ParticipationProgramme.started(in: directory)
            try await programme.addCoreGroup()
            try await programme.awardSubsidy(amount: "10.000,00")
            try await programme.record([
                "subsidy", "spend", "S1", "--amount", "9.000,00", "--pillar", "1", "--activity", "Training", "--date",
                "2023-10-01",
            ])
            let db = programme.programctl.db
            let store = try ProgrammeStore(path: db)
            try Projector.saveCheckpoint(try Projector.build(RecordedState.self, from: store.log), to: store.log)
            try Projector.saveCheckpoint(try Projector.build(from: store.log), to: store.log)
            try await body(programme, db)
        }
    }

    /// Saves the state and the projection with S1's award raised to € 100.000,00.
    private static func saveForgedProjection(_ db: String) throws {
        let store = try ProgrammeStore(path: db)
        var state = try Projector.build(RecordedState.self, from: store.log)
        state.state.subsidies["S1"]?.amount = Cents(10_000_000)
        try Projector.saveCheckpoint(state, to: store.log)
        var projection = try Projector.build(from: store.log)
        projection.state.subsidies["S1"]?.amount = Cents(10_000_000)
        try Projector.saveCheckpoint(projection, to: store.log)
    }

    @Test func aForgedProjectionIsNeitherUsedNorPassed() async throws {
        try await Self.withSavedProjection { programme, db in
            try CheckpointForgery.withoutTheKey(store: db) { try Self.saveForgedProjection(db) }
            // Figures and rules come from the log, not from the forged projection.
            let status = try await programme.succeed(["subsidy", "status"])
            #expect(status.contains("awarded €10,000.00"), "\(status)")
            try await programme.expectRefused(
                [
                    "subsidy", "spend", "S1", "--amount", "2.000,00", "--pillar", "1", "--activity", "Training",
                    "--date", "2023-10-02",
                ], field: "amount", rule: "would exceed the € 10.000,00 awarded")
            let report = try #require(
                try await programme.json(["report", "progress", "--format", "json"]) as? [String: Any])
            let totals = (report["funds"] as? [String: Any])?["totals"] as? [String: Any]
            #expect(totals?["awarded"] as? Int == 1_000_000)
            // audit verify names it.
            let verify = try await programme.run(["audit", "verify"])
            #expect(verify.status == 74, "\(verify)")
            #expect(verify.stderr.contains("does not follow from the log"), "\(verify.stderr)")
            #expect(verify.stderr.contains("subsidies"), "\(verify.stderr)")
            #expect(verify.stderr.contains("its authentication code is wrong"), "\(verify.stderr)")
        }
    }

    @Test func aProjectionForgedWithTheKeyIsStillCaughtByAuditVerify() async throws {
        try await Self.withSavedProjection { programme, db in
            try Self.saveForgedProjection(db)
            let verify = try await programme.run(["audit", "verify"])
            #expect(verify.status == 74, "\(verify)")
            #expect(
                verify.stderr.contains("does not follow from the log: it differs from a fold of the log in: subsidies"))
            #expect(verify.stderr.contains("(authenticated)"), "\(verify.stderr)")
        }
    }

    @Test func aGenuineProjectionEqualsAFold() async throws {
        try await Self.withSavedProjection { programme, db in
            let verify = try await programme.succeed(["audit", "verify"])
            #expect(verify.contains("equals a fold of the log (authenticated)"), "\(verify)")
            // Without the key (an auditor's copy), it is not trusted, and still compared.
            try FileManager.default.removeItem(atPath: db + "-checkpoint-key")
            let copy = try await programme.succeed(["audit", "verify"])
            #expect(
                copy.contains("equals a fold of the log (not authenticated — there is no checkpoint key"), "\(copy)")
        }
    }
}
