import EventStore
import Foundation
import Testing

@Suite("Both backends: verification and tampering")
struct IntegrityConformanceTests {
    @Test("an intact log verifies; a recorded head must still be there", arguments: Backend.available)
    func verifies(_ backend: Backend) async throws {
        try await backend.withLog { log, _ in
            try log.append(events(5), to: "alpha", expecting: .noStream, metadata: metadata)
            try log.append(events(4, from: 10), to: "beta", expecting: .noStream, metadata: metadata)
            var progress: [Int64] = []
            let report = try log.verify(against: nil) { progress.append($0) }
            #expect(report.isIntact)
            #expect(report.eventsChecked == 9)
            #expect(report.head == (try log.head()))
            #expect(progress.last == 9)
            let later = LogHead(position: 12, chainHash: .zero)
            #expect(
                try log.verify(against: later, progress: nil).failure?.problem
                    == .missingEvents(recordedHead: 12, lastPosition: 9))
        }
    }

    @Test("the triggers refuse UPDATE and DELETE even to the database's owner", arguments: Backend.available)
    func appendOnly(_ backend: Backend) async throws {
        try await backend.withLog { log, tamper in
            try log.append(events(2), to: "alpha", expecting: .noStream, metadata: metadata)
            let update = try tamper.runGuarded("UPDATE events SET actor = 'mallory' WHERE position = 1")
            #expect(update?.contains("append-only") == true)
            let delete = try tamper.runGuarded("DELETE FROM events WHERE position = 2")
            #expect(delete?.contains("append-only") == true)
            let gap = try tamper.runGuarded(
                """
                INSERT INTO events SELECT position + 5, stream, stream_version + 5, event_id || 'x', type,
                schema_version, recorded_at, actor, command, correlation_id, causation_id, payload, leaf_hash,
                chain_hash FROM events WHERE position = 2
                """)
            #expect(gap?.contains("in sequence") == true)
            #expect(try log.verify(against: nil, progress: nil).isIntact)
        }
    }

    @Test("a changed field, a changed hash, a removed event: each found at its position", arguments: Backend.available)
    func tampering(_ backend: Backend) async throws {
        try await backend.withLog { log, tamper in
            try log.append(events(6), to: "alpha", expecting: .noStream, metadata: metadata)
            let head = try log.head()
            #expect(try tamper.run("UPDATE events SET actor = 'mallory' WHERE position = 4") == nil)
            #expect(
                try log.verify(against: nil, progress: nil).failure
                    == VerificationFailure(position: 4, problem: .leafHashMismatch))
            #expect(try tamper.run("UPDATE events SET actor = 'secretary' WHERE position = 4") == nil)
            #expect(try log.verify(against: head, progress: nil).isIntact)
            #expect(try tamper.run("UPDATE events SET chain_hash = leaf_hash WHERE position = 2") == nil)
            #expect(
                try log.verify(against: nil, progress: nil).failure
                    == VerificationFailure(position: 2, problem: .chainHashMismatch))
            #expect(try tamper.run("DELETE FROM events WHERE position >= 2") == nil)
            #expect(
                try log.verify(against: head, progress: nil).failure?.problem
                    == .missingEvents(recordedHead: 6, lastPosition: 1))
        }
    }
}
