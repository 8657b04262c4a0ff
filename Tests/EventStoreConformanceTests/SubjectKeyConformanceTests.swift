import EventStore
import Foundation
import Testing

@Suite("Both backends: subject keys and erasure")
struct SubjectKeyConformanceTests {
    @Test(
        "a key stored with events opens its data; destroyed, it is gone and the log still verifies",
        arguments: Backend.available)
    func erasure(_ backend: Backend) async throws {
        try await backend.withLog { log, _ in
            try sealAndDestroy(log)
            #expect(try log.verify(against: nil, progress: nil).isIntact)
        }
    }

    private func sealAndDestroy<Log: EventLog>(_ log: Log) throws {
        let key = SubjectKey.generate()
        let sealed = try key.seal(Data("Anna de Vries".utf8), subject: "member-1")
        let before = try log.write { transaction in
            let before = try transaction.subjectKey("member-1")
            try transaction.storeSubjectKey(key, for: "member-1")
            _ = try transaction.append(
                [NewEvent(type: "MemberJoined", payload: sealed)], to: "member-1", expecting: .noStream,
                metadata: metadata)
            return before
        }
        #expect(before == nil)
        let stored = try #require(try log.subjectKey("member-1"))
        #expect(
            try stored.open(log.read(stream: "member-1", fromVersion: 1)[0].payload, subject: "member-1")
                == Data("Anna de Vries".utf8))
        let destroyed = try log.write { try $0.destroySubjectKey("member-1") }
        #expect(destroyed)
        #expect(try log.subjectKey("member-1") == nil)
        let again = try log.write { try $0.destroySubjectKey("member-1") }
        #expect(!again)
        // The sealed payload stays, unreadable by anyone.
        #expect(try log.read(stream: "member-1", fromVersion: 1)[0].payload == sealed)
    }
}
