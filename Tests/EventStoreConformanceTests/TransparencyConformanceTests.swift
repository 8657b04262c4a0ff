import EventStore
import Foundation
import Testing

@Suite("Both backends: the same hashes, roots and proofs")
struct TransparencyConformanceTests {
    @Test("the same events give the same hashes, Merkle roots, proofs and checkpoints on every backend")
    func sameHashes() async throws {
        var results: [[String]] = []
        for backend in Backend.available {
            results.append(
                try await backend.withLog { log, _ in
                    try log.append(events(5), to: "alpha", expecting: .noStream, metadata: metadata)
                    try log.append(events(3, from: 10), to: "beta", expecting: .noStream, metadata: metadata)
                    let key = try NoteSigningKey(name: "programme.test", seed: Data(repeating: 7, count: 32))
                    let checkpoint = try log.checkpoint(key: key)
                    try log.append(events(2, from: 20), to: "alpha", expecting: .any, metadata: metadata)
                    let check = try log.verify(extending: .note(checkpoint))
                    #expect(check.isConsistent)
                    let proof = try log.inclusionProof(position: 4, treeSize: 10)
                    #expect(proof.isValid)
                    let consistency = try log.consistencyProof(from: 8, to: 10)
                    let receipt = try log.receipt(position: 2, checkpoint: checkpoint)
                    return try log.leafHashes(from: 1, through: nil).map(\.hex) + [
                        log.head().description, log.merkleRoot(size: 10).hex, checkpoint.body,
                        proof.path.map(\.hex).joined(), consistency.hashes.map(\.hex).joined(),
                        (receipt.extra ?? Data()).base64EncodedString(),
                    ]
                })
        }
        #expect(Set(results).count == 1)
        #expect(results[0].count == 16)
    }

    @Test(
        "a log copied from SQLite to PostgreSQL keeps every hash and verifies there",
        .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set: no PostgreSQL server to copy to"))
    func copied() async throws {
        let source = try await Backend.sqlite.withLog { log, _ in
            try log.append(events(4), to: "alpha", expecting: .noStream, metadata: metadata)
            try log.append(events(3, from: 10), to: "beta", expecting: .noStream, metadata: metadata)
            return try log.read(from: 1, limit: 100)
        }
        try await Backend.postgres.withLog { log, tamper in
            // Row by row, as stored: the triggers check that each follows the head.
            for event in source {
                let fields = EventFields(event)
                let error = try tamper.runGuarded(
                    """
                    INSERT INTO events VALUES (\(event.position), '\(event.stream)', \(event.streamVersion),
                    '\(fields.eventId)', '\(event.type)', \(event.schemaVersion), '\(fields.recordedAt)',
                    '\(fields.actor)', '\(fields.command)', '\(fields.correlationId)', '\(fields.causationId)',
                    decode('\(fields.payloadBase64)', 'base64'), decode('\(fields.leafHash)', 'hex'),
                    decode('\(fields.chainHash)', 'hex'))
                    """)
                #expect(error == nil)
            }
            #expect(try log.read(from: 1, limit: 100) == source)
            #expect(try log.head() == LogHead(position: 7, chainHash: source[6].chainHash))
            #expect(try log.verify(against: nil, progress: nil).isIntact)
            // The copy takes new appends on the same chain.
            try log.append(events(1, from: 30), to: "alpha", expecting: .exactly(4), metadata: metadata)
            #expect(try log.verify(against: nil, progress: nil).eventsChecked == 8)
        }
    }
}
