import CSQLite
import Foundation
import Synchronization

/// An append-only, hash-chained event log in one SQLite file.
///
/// ```swift
/// let store = try EventStore(path: "programme.sqlite", mode: .create)
/// let result = try store.append(
///     [NewEvent(type: "MemberJoined", payload: json)],
///     to: "core-group", expecting: .noStream,
///     metadata: CommandMetadata(actor: "secretary", command: "member add"))
/// ```
///
/// - Every write is one `BEGIN IMMEDIATE` transaction: a batch is all or nothing, and positions
///   are gapless and in commit order even with several writing processes.
/// - The file runs in WAL mode with `synchronous=FULL`: a committed event survives a crash or
///   power loss, and readers never block the writer.
/// - Triggers refuse `UPDATE`, `DELETE` and out-of-sequence inserts; the hash chain makes any
///   other change detectable by ``verify(against:)``.
///
/// The store knows nothing of what the payloads mean. It is safe to share between threads and
/// tasks: writes go through one connection, owned behind a mutex; reads go through a small pool
/// of read-only connections (``Options/readers``), so that a long read — a verification, a fold
/// of a large log — holds up neither writes nor other reads. Its calls block; ``EventLog/offload(_:)``
/// runs one on a background thread for async callers.
public final class EventStore: Sendable {
    /// How to open the file.
    public enum Mode: Sendable {
        /// Read only: every write fails with ``EventStoreError/readOnly(path:)``.
        case readOnly
        /// Read and write an existing store.
        case readWrite
        /// Read and write, creating the store when the file does not exist or is empty.
        case create
    }

    /// Tuning that rarely needs changing.
    public struct Options: Sendable {
        /// How long a writer waits for another writer's lock before ``EventStoreError/busy(path:timeoutMilliseconds:)``.
        public var busyTimeoutMilliseconds: Int = 10_000
        /// The source of `recorded_at`. The store never records a time earlier than the last event's.
        public var clock: @Sendable () -> Date = { Date() }
        /// The most read-only connections open at once, each opened when first needed: as many
        /// reads run side by side; more wait for one to finish.
        public var readers: Int = 4

        public init() {}
    }

    /// The file's path as given.
    public let path: String
    /// Whether the store refuses writes.
    public let isReadOnly: Bool
    /// How a read-only store was opened (`nil` when it was opened for writing).
    public let readAccess: ReadAccess?

    let options: Options
    /// The connection every write goes through (`nil` when read-only).
    let writer: Mutex<Connection?>
    /// The connections every read goes through.
    let readers: ReaderPool

    /// Opens (or, with ``Mode/create``, creates) the event store at `path`.
    ///
    /// Read-only, it needs no write permission: see ``ReadAccess`` for how it opens a store on
    /// read-only media.
    ///
    /// - Throws: ``EventStoreError/notFound(path:)``, ``EventStoreError/notADatabase(path:)``,
    ///   ``EventStoreError/foreignDatabase(path:applicationID:)``, ``EventStoreError/newerSchema(path:found:supported:)``,
    ///   ``EventStoreError/unreadableCopy(path:detail:)``.
    public init(path: String, mode: Mode = .readWrite, options: Options = Options()) throws {
        self.path = path
        self.isReadOnly = mode == .readOnly
        self.options = options
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && mode != .create { throw EventStoreError.notFound(path: path) }
        do {
            switch mode {
            case .readOnly:
                // The first reader checks the file; the others open it the same way.
                let (first, access) = try Self.openReadOnly(path, options: options)
                try Self.prepare(first, path: path, mode: mode)
                readAccess = access
                writer = Mutex(nil)
                readers = ReaderPool(limit: options.readers, first: first) {
                    let connection = try Self.openReader(path, access: access, options: options)
                    try connection.execute("PRAGMA query_only = ON")
                    return connection
                }
            case .readWrite, .create:
                let create = mode == .create ? SQLITE_OPEN_CREATE : 0
                let connection = try Connection(
                    path: path, flags: SQLITE_OPEN_READWRITE | create | SQLITE_OPEN_NOMUTEX)
                connection.waitWhenBusy(milliseconds: options.busyTimeoutMilliseconds)
                try Self.prepare(connection, path: path, mode: mode)
                readAccess = nil
                writer = Mutex(connection)
                readers = ReaderPool(limit: options.readers) {
                    try Self.openReader(path, access: .shared, options: options)
                }
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    deinit {
        // Readers close first, so that the writer closes last and, as the last connection,
        // empties the -wal file.
        readers.closeIdle()
    }

    /// Checks the file's identity and schema, creating or migrating it when allowed, and sets the pragmas.
    private static func prepare(_ connection: Connection, path: String, mode: Mode) throws {
        let applicationID = try connection.pragma("application_id")
        let version = try connection.pragma("user_version")
        let tables = try connection.pragma("schema_version")
        let isEmpty = applicationID == 0 && version == 0 && tables == 0
        if isEmpty && mode != .create {
            throw EventStoreError.damaged(path: path, detail: "the file holds no event store (it is empty)")
        }
        if !isEmpty && applicationID != Schema.applicationID {
            throw EventStoreError.foreignDatabase(path: path, applicationID: applicationID)
        }
        if version > Schema.currentVersion {
            throw EventStoreError.newerSchema(path: path, found: version, supported: Schema.currentVersion)
        }
        if mode == .readOnly {
            if version < Schema.oldestReadableVersion {
                throw EventStoreError.needsMigration(path: path, found: version, current: Schema.currentVersion)
            }
            try connection.execute("PRAGMA query_only = ON")
            return
        }
        try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON")
        // The -wal and -shm files stay beside the file when the last connection closes, so that a
        // reader without write permission on the directory (programd) can open it shared.
        connection.keepWAL()
        // A commit is durable once its pages are synced in the -wal (synchronous=FULL). Copying
        // them into the file at every close cost a one-command process (programctl) two syncs more,
        // and the next one a third for a new -wal header: the -wal is copied and emptied once it
        // holds 1000 pages (about 4 MiB, what SQLite's automatic checkpoint waits for) instead.
        connection.checkpointWAL(fromPages: 1000)
        // A -wal started over instead (a reader was in the way when it was to be emptied) is
        // trimmed to 64 MiB.
        try connection.execute("PRAGMA journal_size_limit = 67108864")
        if version < Schema.currentVersion {
            try migrate(connection, path: path)
        }
    }

    /// Creates the schema in an empty file, or brings an older one up to date, in one transaction.
    private static func migrate(_ connection: Connection, path: String) throws {
        try connection.execute("BEGIN IMMEDIATE")
        do {
            // Another process may have created or migrated the file while this one waited for the lock.
            let version = try connection.pragma("user_version")
            if version == 0 {
                try connection.execute(Schema.version1)
                try connection.execute("PRAGMA application_id = \(Schema.applicationID)")
            }
            for step in Schema.migrations.dropFirst(max(0, Int(version) - 1)) {
                try connection.execute(step)
            }
            try connection.execute("PRAGMA user_version = \(Schema.currentVersion)")
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    // MARK: Writing

    /// Runs `body` in one write transaction (`BEGIN IMMEDIATE`): it sees the log as it is with the
    /// writer lock held, so what it decides cannot be overtaken by another writer. It commits when
    /// `body` returns and rolls back, writing nothing, when `body` throws.
    public func write<T>(_ body: (inout WriteTransaction) throws -> T) throws -> T {
        try writing { connection in
            try connection.execute("BEGIN IMMEDIATE")
            do {
                var transaction = WriteTransaction(connection: connection, clock: options.clock)
                let result = try body(&transaction)
                try connection.execute("COMMIT")
                return result
            } catch {
                if connection.inTransaction { try? connection.execute("ROLLBACK") }
                throw error
            }
        }
    }

    // MARK: Reading

    /// The last position and its chain hash.
    public func head() throws -> LogHead {
        try reading { try $0.headRow().head }
    }

    /// Up to `limit` events from `position` on (a page), in order.
    public func read(from position: Int64, limit: Int = 1000) throws -> [StoredEvent] {
        try reading { try $0.events(from: max(1, position), limit: max(0, limit)) }
    }

    /// The events of one stream, from `version` on.
    public func read(stream: String, fromVersion version: Int64 = 1) throws -> [StoredEvent] {
        try reading { try $0.events(inStream: stream, fromVersion: version) }
    }

    /// The version of a stream's last event, 0 when it has none.
    public func version(of stream: String) throws -> Int64 {
        try reading { try $0.streamVersion(stream) }
    }
    /// The last position recorded at or before `date` (0 when none was).
    ///
    /// `recorded_at` never decreases along the log (the writer ensures it, verification checks it),
    /// so this is a binary search.
    public func position(recordedAtOrBefore date: Date) throws -> Int64 {
        let bound = Timestamp.format(date)
        return try reading { connection in
            try connection.readTransaction {
                var low: Int64 = 0
                var high = try connection.headRow().head.position
                let statement = try connection.statement("SELECT recorded_at FROM events WHERE position = ?")
                defer { statement.reset() }
                while low < high {
                    let middle = low + (high - low + 1) / 2
                    statement.reset()
                    statement.bind(1, middle)
                    _ = try statement.step()
                    if statement.text(0) <= bound { low = middle } else { high = middle - 1 }
                }
                return low
            }
        }
    }

    /// Runs read-only work on a reader (this thread's, when it holds one), translating SQLite errors.
    func reading<T>(_ body: (Connection) throws -> T) throws -> T {
        do {
            return try readers.withConnection(body)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: options.busyTimeoutMilliseconds)
        }
    }

    /// Runs work on the writer connection, translating SQLite errors; a read-only store refuses.
    func writing<T>(_ body: (Connection) throws -> T) throws -> T {
        try writer.withLock { connection in
            guard let connection else { throw EventStoreError.readOnly(path: path) }
            do {
                return try body(connection)
            } catch {
                throw Self.translate(error, path: path, busyTimeout: options.busyTimeoutMilliseconds)
            }
        }
    }

    /// Maps SQLite errors to ``EventStoreError``; passes others through.
    static func translate(_ error: any Error, path: String, busyTimeout: Int = 0) -> any Error {
        guard let error = error as? SQLiteError else { return error }
        if error.isNotADatabase { return EventStoreError.notADatabase(path: path) }
        if error.isCorrupt { return EventStoreError.damaged(path: path, detail: error.message) }
        if error.isBusy { return EventStoreError.busy(path: path, timeoutMilliseconds: busyTimeout) }
        if error.isReadOnly { return EventStoreError.readOnly(path: path) }
        return EventStoreError.sqlite(code: error.code, message: error.message)
    }
}

extension EventStore: EventLog {
    /// The file's path.
    public var location: String { path }
}
