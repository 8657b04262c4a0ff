import EventStore
import Foundation
import TestSupport
import Testing

@Suite("Opening files")
struct OpeningTests {
    @Test("a read-only store refuses appends and writes nothing")
    func readOnly() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            try store.append(events(2), to: "s", expecting: .any, metadata: metadata)
            let reader = try EventStore(path: path, mode: .readOnly)
            #expect(throws: EventStoreError.readOnly(path: path)) {
                try reader.append(events(1), to: "s", expecting: .any, metadata: metadata)
            }
            #expect(throws: EventStoreError.readOnly(path: path)) { try reader.purgeFreedPages() }
            #expect(rowCount(path) == 2)
            #expect(try reader.read(from: 1).count == 2)
        }
    }

    @Test("a writer leaves the -shm and its commits in the -wal beside the store, and a reader then opens it shared")
    func keepsWALFiles() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("log.sqlite")
            try EventStore(path: path, mode: .create).append(events(3), to: "s", expecting: .any, metadata: metadata)
            #expect(FileManager.default.fileExists(atPath: path + "-shm"))
            #expect(try Self.size(path + "-wal") > 0, "closing copies nothing into the file")
            let reader = try EventStore(path: path, mode: .readOnly)
            #expect(reader.readAccess == .shared)
            #expect(try reader.head().position == 3)
        }
    }

    @Test(
        "a commit that leaves 1000 pages in the -wal copies it into the file and empties it, once no reader is in the way"
    )
    func emptiesALongWAL() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("log.sqlite")
            // Each event's payload fills most of a page: 1100 of them make more than 1000 pages.
            let long = (0..<1100).map { _ in
                NewEvent(type: "Noted", payload: payload(String(repeating: "x", count: 3000)))
            }
            try EventStore(path: path, mode: .create).append(events(1), to: "s", expecting: .any, metadata: metadata)

            // A reader in another process keeps the -wal as it is, and the commit does not wait for it.
            let reader = try await HeldReader(path: path)
            let started = ContinuousClock.now
            try EventStore(path: path).append(long, to: "s", expecting: .any, metadata: metadata)
            #expect(ContinuousClock.now - started < .seconds(5), "the commit waited for the reader")
            #expect(try Self.size(path + "-wal") > 1000 * 4096)
            await reader.close()

            // The next writer finds the -wal long: its commit empties it, and the log is whole.
            try EventStore(path: path).append(events(1), to: "s", expecting: .any, metadata: metadata)
            #expect(try Self.size(path + "-wal") == 0)
            let store = try EventStore(path: path, mode: .readOnly)
            #expect(try store.head().position == 1102)
            #expect(try store.verify().isIntact)
        }
    }

    private static func size(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }

    @Test("a missing file is not created unless asked")
    func missing() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("nothing.sqlite")
            #expect(throws: EventStoreError.notFound(path: path)) { try EventStore(path: path) }
            #expect(throws: EventStoreError.notFound(path: path)) { try EventStore(path: path, mode: .readOnly) }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("a garbage file is refused with a clear error and left as it was")
    func garbage() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("garbage.sqlite")
            let bytes = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            try bytes.write(to: URL(fileURLWithPath: path))
            for mode in [EventStore.Mode.readOnly, .readWrite, .create] {
                let error = #expect(throws: EventStoreError.self) { try EventStore(path: path, mode: mode) }
                #expect(error == .notADatabase(path: path))
                #expect(error?.description == "\(path) is not an event store: the file is not an SQLite database")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        }
    }

    @Test("another application's SQLite file is refused and left as it was")
    func foreign() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("foreign.sqlite")
            #expect(
                RawSQLite.execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')", on: path) == nil)
            for mode in [EventStore.Mode.readOnly, .readWrite, .create] {
                let error = #expect(throws: EventStoreError.self) { try EventStore(path: path, mode: mode) }
                #expect(error == .foreignDatabase(path: path, applicationID: 0))
                #expect(error?.description.contains("is not an event store") == true)
            }
            #expect(RawSQLite.integer("SELECT count(*) FROM sqlite_schema", on: path) == 1)
        }
    }

    @Test("a store of a newer schema version is refused")
    func newerSchema() async throws {
        try await withStore { _, directory in
            let path = directory.path("log.sqlite")
            #expect(RawSQLite.execute("PRAGMA user_version = 99", on: path) == nil)
            let error = #expect(throws: EventStoreError.self) { try EventStore(path: path) }
            #expect(error == .newerSchema(path: path, found: 99, supported: 4))
            #expect(error?.description.contains("upgrade the program") == true)
        }
    }

    @Test("the file is in WAL mode with the event store's application id")
    func pragmas() async throws {
        try await withStore { _, directory in
            let path = directory.path("log.sqlite")
            #expect(RawSQLite.integer("PRAGMA application_id", on: path) == 0x4556_4C47)
            #expect(RawSQLite.integer("PRAGMA user_version", on: path) == 4)
            #expect(
                RawSQLite.integer("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'", on: path) == 1)
        }
    }

    @Test("a store of version 1 is read as it is, and gains the destroyed_keys table when first opened read-write")
    func migratesVersion1() async throws {
        try await withStore { _, directory in
            let path = directory.path("log.sqlite")
            #expect(
                RawSQLite.execute(
                    "DROP TABLE destroyed_keys; DROP TABLE published_checkpoints; PRAGMA user_version = 1", on: path)
                    == nil)
            // Read-only, it is read as it is: version 2 only adds a table that writers use.
            #expect(try EventStore(path: path, mode: .readOnly).head().position == 0)
            #expect(RawSQLite.integer("PRAGMA user_version", on: path) == 1)
            _ = try EventStore(path: path, mode: .readWrite)
            #expect(RawSQLite.integer("PRAGMA user_version", on: path) == 4)
            let tables = "SELECT count(*) FROM sqlite_schema WHERE name = 'destroyed_keys'"
            #expect(RawSQLite.integer(tables, on: path) == 1)
        }
    }

    @Test(
        "a store of version 2 keeps its saved states, still authenticated, when its checkpoints move to a rowid table")
    func migratesVersion2() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            try store.append(events(3), to: "tally", expecting: .noStream, metadata: metadata)
            let head = try store.head()
            let saved = SavedState(
                name: "tally", version: 7, position: head.position, chainHash: head.chainHash,
                state: Data("state".utf8))
            try store.save(saved)
            let version2 = """
                CREATE TABLE old (name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL,
                    state BLOB NOT NULL, saved_at TEXT NOT NULL) STRICT, WITHOUT ROWID;
                INSERT INTO old SELECT * FROM checkpoints; DROP TABLE checkpoints;
                ALTER TABLE old RENAME TO checkpoints; DROP TABLE published_checkpoints; PRAGMA user_version = 2;
                """
            #expect(RawSQLite.execute(version2, on: path) == nil)
            let withoutRowID = "SELECT count(*) FROM pragma_table_list WHERE name = 'checkpoints' AND wr = 1"
            #expect(RawSQLite.integer(withoutRowID, on: path) == 1)
            #expect(try EventStore(path: path, mode: .readOnly).savedState(named: "tally") == saved)
            #expect(try EventStore(path: path, mode: .readWrite).savedState(named: "tally") == saved)
            #expect(RawSQLite.integer("PRAGMA user_version", on: path) == 4)
            #expect(RawSQLite.integer(withoutRowID, on: path) == 0)
        }
    }
}
