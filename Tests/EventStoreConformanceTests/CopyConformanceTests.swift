import EventStore
import Foundation
import Testing

@Suite("Both backends: a log copied from one to the other")
struct CopyConformanceTests {
    /// Every pair of the backends this run tests: SQLite to SQLite, and to and from PostgreSQL.
    static let pairs = Backend.available.flatMap { from in Backend.available.map { (from, $0) } }

    @Test("every event as stored, every key and every trace of a destroyed key go along", arguments: pairs)
    func copies(_ from: Backend, _ to: Backend) async throws {
        try await from.withLog { source, _ in
            let kept = SubjectKey.generate()
            try Self.record(in: source, keeping: kept)
            let sealed = try kept.seal(Data("Anna".utf8), subject: "kept")
            try await to.withLog { target, _ in
                let report = try target.copy(from: source)
                #expect(report.head == (try source.head()) && report.subjectKeys == 1 && report.keyTraces == 1)
                #expect(try target.read(from: 1, limit: 100) == source.read(from: 1, limit: 100))
                #expect(try target.verify(against: try source.head(), progress: nil).isIntact)
                #expect(try target.subjectKey("kept")?.open(sealed, subject: "kept") == Data("Anna".utf8))
                #expect(try target.subjectKey("erased") == nil)
                #expect(try target.keptKeyTraces().map(\.subject) == ["erased"])
                #expect(try target.keptKeyTraces()[0].destroyedAt == source.keptKeyTraces()[0].destroyedAt)
                // The copy goes on where the source stopped, on the same chain.
                try target.append(events(1, from: 20), to: "alpha", expecting: .exactly(3), metadata: metadata)
                #expect(try target.verify(against: nil, progress: nil).eventsChecked == 6)
            }
        }
    }

    @Test("into a log that holds events, nothing is copied", arguments: pairs)
    func refusesNonEmpty(_ from: Backend, _ to: Backend) async throws {
        try await from.withLog { source, _ in
            try source.append(events(2), to: "alpha", expecting: .noStream, metadata: metadata)
            try await to.withLog { target, _ in
                try target.append(events(1, from: 5), to: "other", expecting: .noStream, metadata: metadata)
                #expect(throws: EventStoreError.self) { try target.copy(from: source) }
                #expect(try target.head().position == 1)
                #expect(try target.keptSubjectKeys().isEmpty)
            }
        }
    }

    @Test("a source that does not verify is not copied: its first failure, and nothing written", arguments: pairs)
    func refusesTampered(_ from: Backend, _ to: Backend) async throws {
        try await from.withLog { source, tamper in
            try source.append(events(3), to: "alpha", expecting: .noStream, metadata: metadata)
            try tamper.run("UPDATE events SET actor = 'someone else' WHERE position = 2")
            try await to.withLog { target, _ in
                let failure = try #require(throws: VerificationFailure.self) { try target.copy(from: source) }
                #expect(failure.position == 2)
                #expect(try target.head().position == 0)
            }
        }
    }

    /// Five events in two streams, a key kept and a key destroyed.
    private static func record<Log: EventLog>(in log: Log, keeping kept: SubjectKey) throws {
        try log.write { transaction in
            try transaction.storeSubjectKey(kept, for: "kept")
            try transaction.storeSubjectKey(SubjectKey.generate(), for: "erased")
            _ = try transaction.append(events(3), to: "alpha", expecting: .noStream, metadata: metadata)
        }
        try log.append(events(2, from: 10), to: "beta", expecting: .noStream, metadata: metadata)
        try log.write { _ = try $0.destroySubjectKey("erased") }
    }
}
