import EventStore
import Foundation
import PostgresEventStore
import PostgresTestSupport
import Testing

@Suite(
    "PostgreSQL: the writer and reader roles",
    .enabled(if: Backend.postgresURL != nil, "PROGRAMME_TEST_POSTGRES is not set: the PostgreSQL half is skipped"))
struct PostgresRoleTests {
    @Test("programme_writer appends but cannot change or move the head; programme_reader only reads")
    func roles() async throws {
        try await Backend.postgres.withLog { log, tamper in
            let suffix = UUID().uuidString.prefix(8).lowercased()
            let (writer, reader) = ("writer_\(suffix)", "reader_\(suffix)")
            _ = try tamper.runGuarded("CREATE ROLE \(writer) LOGIN IN ROLE programme_writer")
            _ = try tamper.runGuarded("CREATE ROLE \(reader) LOGIN IN ROLE programme_reader")
            defer {
                _ = try? tamper.runGuarded("DROP ROLE \(writer)")
                _ = try? tamper.runGuarded("DROP ROLE \(reader)")
            }
            let database = String(URLComponents(string: tamper.target)!.path.dropFirst())
            let server = try #require(Backend.postgresURL)
            let writerURL = TestDatabase.url(of: database, as: writer, on: server)
            let readerURL = TestDatabase.url(of: database, as: reader, on: server)

            let asWriter = try PostgresEventStore(url: writerURL, clock: Backend.clock)
            try asWriter.append(events(3), to: "alpha", expecting: .noStream, metadata: metadata)
            try asWriter.write { try $0.storeSubjectKey(.generate(), for: "member-1") }
            #expect(try asWriter.write { try $0.destroySubjectKey("member-1") })
            let session = try PostgresSession.connect(PostgresURL(writerURL))
            defer { session.close() }
            for refused in [
                "UPDATE events SET actor = 'mallory'", "DELETE FROM events", "TRUNCATE events",
                "UPDATE head SET position = 1", "DROP TABLE events",
            ] {
                #expect(throws: PostgresLogError.self, "\(refused)") { try session.execute(refused) }
            }

            let asReader = try PostgresEventStore(url: readerURL, mode: .readOnly)
            #expect(try asReader.read(from: 1, limit: 10).count == 3)
            #expect(try asReader.verify(against: nil, progress: nil).isIntact)
            #expect(throws: EventStoreError.readOnly(path: asReader.location)) {
                try asReader.append(events(1, from: 9), to: "alpha", expecting: .any, metadata: metadata)
            }
            let readerSession = try PostgresSession.connect(PostgresURL(readerURL))
            defer { readerSession.close() }
            #expect(throws: PostgresLogError.self) {
                try readerSession.execute("INSERT INTO subject_keys VALUES ('x', decode(repeat('00', 32), 'hex'), '')")
            }
            #expect(try log.head().position == 3)
        }
    }
}
