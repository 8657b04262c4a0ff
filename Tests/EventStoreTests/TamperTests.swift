import EventStore
import Foundation
import TestSupport
import Testing

@Suite("Append-only and tamper-evident")
struct TamperTests {
    @Test("the triggers refuse UPDATE, DELETE and out-of-sequence positions; verify catches a wrong stream version")
    func triggers() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            try store.append(events(3), to: "s", expecting: .any, metadata: metadata)
            #expect(
                RawSQLite.execute("UPDATE events SET payload = x'00' WHERE position = 2", on: path)?
                    .contains("append-only: UPDATE refused") == true)
            #expect(
                RawSQLite.execute("DELETE FROM events WHERE position = 3", on: path)?
                    .contains("append-only: DELETE refused") == true)
            let columns =
                "position, stream, stream_version, event_id, type, schema_version, recorded_at, actor, command, correlation_id, causation_id, payload, leaf_hash, chain_hash"
            let row = { (position: Int, version: Int) in
                "INSERT INTO events (\(columns)) VALUES (\(position), 's', \(version), '\(UUID().uuidString.lowercased())', 'T', 1, '2999-01-01T00:00:00.000000Z', '', '', '', '', x'00', zeroblob(32), zeroblob(32))"
            }
            #expect(RawSQLite.execute(row(5, 4), on: path)?.contains("in sequence") == true)
            #expect(RawSQLite.execute(row(3, 4), on: path) != nil, "an existing position is refused")
            #expect(rowCount(path) == 3)
            #expect(try store.verify().isIntact)
            // The next position with a skipped stream version gets in (the writer never does this):
            // verify names it.
            #expect(RawSQLite.execute(row(4, 7), on: path) == nil)
            #expect(
                try store.verify().failure
                    == VerificationFailure(position: 4, problem: .streamVersionGap(stream: "s", expected: 4, found: 7)))
        }
    }

    @Test("one payload byte changed with raw SQL (triggers dropped): verify names that position")
    func changedPayload() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            for index in 0..<5 {
                try store.append(events(2), to: "s\(index)", expecting: .any, metadata: metadata)
            }
            let original = try store.read(from: 7, limit: 1)[0].payload
            var changed = original
            changed[changed.startIndex + 10] ^= 0x01
            #expect(
                RawSQLite.replacePayload(at: 7, with: changed, on: path) == nil)
            let report = try EventStore(path: path, mode: .readOnly).verify()
            #expect(report.failure == VerificationFailure(position: 7, problem: .leafHashMismatch))
            #expect(report.eventsChecked == 6)
            #expect(report.failure?.description.contains("position 7") == true)
        }
    }

    @Test("a rewritten event with recomputed leaf hash breaks the chain at that position")
    func recomputedLeaf() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            try store.append(events(4), to: "s", expecting: .any, metadata: metadata)
            // Copy event 3's leaf hash into event 2: event 2's own leaf now mismatches.
            #expect(
                RawSQLite.updateEvent(at: 3, set: "chain_hash = zeroblob(32)", on: path) == nil)
            let report = try store.verify()
            #expect(report.failure == VerificationFailure(position: 3, problem: .chainHashMismatch))
        }
    }

    @Test("the last event deleted: detected against a head recorded before")
    func truncatedLog() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            try store.append(events(5), to: "s", expecting: .any, metadata: metadata)
            let recorded = try store.head()
            #expect(
                RawSQLite.deleteEvents(where: "position = 5", on: path) == nil)
            #expect(try store.verify().isIntact, "without a recorded head, a shorter log looks whole")
            let report = try store.verify(against: recorded)
            #expect(
                report.failure
                    == VerificationFailure(position: 5, problem: .missingEvents(recordedHead: 5, lastPosition: 4)))
            #expect(report.failure?.description.contains("events were removed") == true)
        }
    }

    @Test("a recorded head whose hash differs from the log's is named")
    func rewrittenHistory() async throws {
        try await withStore { store, _ in
            try store.append(events(3), to: "s", expecting: .any, metadata: metadata)
            let forged = LogHead(position: 2, chainHash: EventHash(hex: String(repeating: "ab", count: 32))!)
            let report = try store.verify(against: forged)
            #expect(report.failure?.position == 2)
            guard case .headMismatch = report.failure?.problem else {
                Issue.record("expected a head mismatch, got \(String(describing: report.failure))")
                return
            }
        }
    }
}
