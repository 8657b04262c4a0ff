import EventStore
import Foundation
import PostgresNIO
import Synchronization

/// The event log in a PostgreSQL database: the same contract (``EventLog``), the same columns,
/// canonical encoding and hashes as ``EventStore``'s SQLite file, for a programme whose users
/// outgrow one machine. docs/postgresql-format.md describes the schema.
///
/// ```swift
/// let log = try PostgresEventStore(url: "postgres://programme@db.example/programme", mode: .create)
/// try log.append(events, to: "core-group", expecting: .noStream, metadata: metadata)
/// ```
///
/// - Every append is one transaction that first takes the `head` row `FOR UPDATE`: appends run
///   one after another, so positions are gapless and in commit order, whatever the number of
///   writing processes and machines.
/// - Triggers refuse `UPDATE`, `DELETE` and `TRUNCATE` on `events`, and inserts out of sequence;
///   the roles `programme_writer` (insert and select) and `programme_reader` (select) refuse the
///   rest to whoever logs in with them.
///
/// Its calls block, as ``EventStore``'s do: the driver's event loop does the I/O while the calling
/// thread waits. Async callers use ``EventLog/offload(_:)``, never a call on an event loop thread.
/// Connections are opened when needed and kept for the next call.
public final class PostgresEventStore: EventLog {
    /// The database URL without its password.
    public let location: String
    /// Whether the store refuses writes.
    public let isReadOnly: Bool

    let url: PostgresURL
    let clock: @Sendable () -> Date
    /// Connections not in use.
    private let idle = Mutex<[(session: PostgresSession, since: ContinuousClock.Instant)]>([])
    /// The connection that hears appends, for ``waitForAppend(after:upTo:)``.
    let appendListener: PostgresAppendListener

    /// The columns of `events` in table order, the order ``RowBytes/Cells/event`` reads them in.
    static let eventColumns = RawEventRow.columns

    /// Connects to the database `url` names (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`,
    /// or `?host=/socket/directory`), creating the log's tables and roles in it when `mode` is
    /// ``EventStore/Mode/create`` and the database has none.
    ///
    /// - Throws: ``EventStoreError/invalidArgument(_:)`` for a malformed URL,
    ///   ``EventStoreError/damaged(path:detail:)`` when the database holds no event log,
    ///   ``EventStoreError/foreignDatabase(path:applicationID:)``,
    ///   ``EventStoreError/newerSchema(path:found:supported:)``, ``PostgresLogError``.
    public init(
        url text: String, mode: EventStore.Mode = .readWrite, clock: @escaping @Sendable () -> Date = { Date() }
    )
        throws
    {
        url = try PostgresURL(text)
        location = url.redacted
        isReadOnly = mode == .readOnly
        self.clock = clock
        appendListener = PostgresAppendListener(url: url)
        try withSession { session in try prepare(session, mode: mode) }
    }

    deinit {
        appendListener.stop()
        // Not waited for, as the last reference may go on any thread; each connection is kept
        // until it has closed.
        for (session, _) in idle.withLock({ $0 }) {
            session.closeLater()
        }
    }

    /// Checks the database's identity and schema, creating or migrating it when allowed.
    private func prepare(_ session: PostgresSession, mode: EventStore.Mode) throws {
        if mode != .readOnly, try version(session).map({ $0 < PostgresSchema.currentVersion }) ?? (mode == .create) {
            // One creator or migrator at a time; the others find the tables made.
            try session.execute("BEGIN")
            do {
                try session.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.applicationID))")
                if mode == .create, try !hasTable(session, "events") { try session.execute(PostgresSchema.version1) }
                for (from, migration) in PostgresSchema.migrations where try version(session) == from {
                    try migrate(session, migration)
                }
                try session.execute("COMMIT")
            } catch {
                try? session.execute("ROLLBACK")
                throw error
            }
        }
        guard try hasTable(session, "log_meta") else {
            if try hasTable(session, "events") {
                throw EventStoreError.foreignDatabase(path: location, applicationID: 0)
            }
            throw EventStoreError.damaged(path: location, detail: "the database holds no event log")
        }
        let rows = try session.query("SELECT application_id, schema_version FROM log_meta").rows
        guard let row = rows.first else {
            throw EventStoreError.damaged(path: location, detail: "log_meta is empty")
        }
        let (applicationID, version) = try row.decode((Int64, Int64).self)
        if applicationID != PostgresSchema.applicationID {
            throw EventStoreError.foreignDatabase(path: location, applicationID: applicationID)
        }
        if version > PostgresSchema.currentVersion {
            throw EventStoreError.newerSchema(path: location, found: version, supported: PostgresSchema.currentVersion)
        }
    }

    /// Runs a migration when the role may (the tables' owner); a writer that may not goes on with
    /// the older version, whose readers and writers keep working.
    private func migrate(_ session: PostgresSession, _ migration: String) throws {
        try session.execute("SAVEPOINT migration")
        do {
            try session.execute(migration)
            try session.execute("RELEASE SAVEPOINT migration")
        } catch let error as PostgresLogError where error.sqlState == "42501" {
            try session.execute("ROLLBACK TO SAVEPOINT migration")
        }
    }

    /// The schema version of the log in the database, `nil` when it holds none.
    private func version(_ session: PostgresSession) throws -> Int64? {
        guard try hasTable(session, "log_meta") else { return nil }
        return try session.query("SELECT schema_version FROM log_meta").rows.first?.decode(Int64.self)
    }

    func hasTable(_ session: PostgresSession, _ name: String) throws -> Bool {
        let rows = try session.query("SELECT to_regclass(\(name)) IS NOT NULL").rows
        return try rows.first?.decode(Bool.self) ?? false
    }

    // MARK: Writing

    /// Runs `body` in one transaction that holds the `head` row's lock: no other append runs until
    /// it commits, when `body` returns, or rolls back, writing nothing, when `body` throws.
    public func write<T>(_ body: (inout PostgresWriteTransaction) throws -> T) throws -> T {
        guard !isReadOnly else { throw EventStoreError.readOnly(path: location) }
        return try withSession { session in
            let begun = session.send("BEGIN")
            do {
                let rows = try session.query("SELECT position, chain_hash, recorded_at FROM head FOR UPDATE").rows
                try session.check(begun)
                guard let row = rows.first else {
                    throw EventStoreError.damaged(path: location, detail: "the head row is missing")
                }
                let (position, hash, recordedAt) = try row.decode((Int64, ByteBuffer, String).self)
                let head = LogHead(
                    position: position, chainHash: hash.withUnsafeReadableBytes { EventHash(raw: $0) } ?? .zero)
                var transaction = PostgresWriteTransaction(
                    session: session, clock: clock, head: head, lastRecordedAt: recordedAt)
                let result = try body(&transaction)
                try session.execute("COMMIT")
                return result
            } catch {
                try? session.execute("ROLLBACK")
                throw error
            }
        }
    }

    // MARK: Reading

    /// The last position and its chain hash.
    public func head() throws -> LogHead {
        try withSession { try Self.head(in: $0) }
    }

    /// Up to `limit` events from `position` on (a page), in order.
    public func read(from position: Int64, limit: Int = 1000) throws -> [StoredEvent] {
        try withSession { try Self.events(from: position, limit: limit, in: $0) }
    }

    /// The events of one stream, from `version` on.
    public func read(stream: String, fromVersion version: Int64 = 1) throws -> [StoredEvent] {
        try withSession { try Self.events(inStream: stream, fromVersion: version, in: $0) }
    }

    /// The version of a stream's last event, 0 when it has none.
    public func version(of stream: String) throws -> Int64 {
        try withSession { try Self.version(of: stream, in: $0) }
    }

    /// The leaf hashes of positions `first` through `last` (default: the head), in order.
    public func leafHashes(from first: Int64 = 1, through last: Int64? = nil) throws -> [EventHash] {
        try withSession { session in
            try session.query(
                "SELECT leaf_hash FROM events WHERE position BETWEEN \(first) AND \(last ?? .max) ORDER BY position"
            ).rows
                .map { row in RowBytes(row).withCells { EventHash(raw: $0[0]) ?? .zero } }
        }
    }

    /// The chain hash at `position`, if the log has that position.
    public func chainHash(at position: Int64) throws -> EventHash? {
        try withSession { session in
            try session.query("SELECT chain_hash FROM events WHERE position = \(position)").rows.first
                .flatMap { row in RowBytes(row).withCells { EventHash(raw: $0[0]) } }
        }
    }

    /// Walks the whole log in one snapshot, a page at a time, with the checks and hashes of
    /// ``EventStore/verify(against:progress:)`` (the same code).
    public func verify(
        against recordedHead: LogHead? = nil, progress: ((Int64) -> Void)? = nil
    ) throws -> VerificationReport {
        try withSession { session in
            try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { try? session.execute("COMMIT") }
            var verifier = LogVerifier(recordedHead: recordedHead, progress: progress)
            var next: Int64 = 1
            while true {
                let rows = try session.query(
                    "SELECT \(unescaped: Self.eventColumns) FROM events WHERE position >= \(next) ORDER BY position LIMIT 2000"
                ).rows
                for row in rows {
                    let failure = RowBytes(row).withCells { cells in
                        next = cells.int64(0) + 1
                        return verifier.check(cells.event)
                    }
                    if let failure { return verifier.report(failure) }
                }
                if rows.count < 2000 { return verifier.finish() }
            }
        }
    }

    /// The subject's key, or `nil` when it has none (never had, or was destroyed).
    public func subjectKey(_ subject: String) throws -> SubjectKey? {
        try withSession { try Self.subjectKey(subject, in: $0) }
    }

    // MARK: Queries shared with the write transaction

    static func head(in session: PostgresSession) throws -> LogHead {
        // Polled by followers: a server gone away is noticed within seconds.
        guard let row = try session.query("SELECT position, chain_hash FROM head", timeout: .seconds(5)).rows.first
        else { return .empty }
        return RowBytes(row).withCells { LogHead(position: $0.int64(0), chainHash: EventHash(raw: $0[1]) ?? .zero) }
    }

    static func events(from position: Int64, limit: Int, in session: PostgresSession) throws -> [StoredEvent] {
        try session.query(
            """
            SELECT \(unescaped: eventColumns) FROM events WHERE position >= \(max(1, position))
            ORDER BY position LIMIT \(Int64(max(0, limit)))
            """
        ).rows.map { row in RowBytes(row).withCells { StoredEvent(row: $0.event) } }
    }

    static func events(inStream stream: String, fromVersion version: Int64, in session: PostgresSession) throws
        -> [StoredEvent]
    {
        try session.query(
            """
            SELECT \(unescaped: eventColumns) FROM events WHERE stream = \(stream) AND stream_version >= \(version)
            ORDER BY stream_version
            """
        ).rows.map { row in RowBytes(row).withCells { StoredEvent(row: $0.event) } }
    }

    static func version(of stream: String, in session: PostgresSession) throws -> Int64 {
        let rows = try session.query("SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream = \(stream)")
            .rows
        return try rows.first?.decode(Int64.self) ?? 0
    }

    static func subjectKey(_ subject: String, in session: PostgresSession) throws -> SubjectKey? {
        try session.query("SELECT key FROM subject_keys WHERE subject = \(subject)").rows.first
            .flatMap { row in RowBytes(row).withCells { SubjectKey(raw: $0[0]) } }
    }

    /// A new connection; a read-only store's refuses writes.
    private func connect() throws -> PostgresSession {
        let session = try PostgresSession.connect(url)
        do {
            if isReadOnly { try session.execute("SET default_transaction_read_only = on") }
        } catch {
            session.closeLater()
            throw error
        }
        return session
    }

    /// Runs `body` on an idle connection, or a new one; a connection that broke is not kept.
    /// Connections the server closed while they sat idle (a restart, a fail-over) are dropped: one
    /// idle for more than a second answers a `SELECT 1` within two first, or is given up.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        var reused: PostgresSession?
        while reused == nil, let (pooled, since) = idle.withLock({ $0.popLast() }) {
            if pooled.isClosed || (ContinuousClock.now - since > .seconds(1) && !pooled.answers(within: .seconds(2))) {
                pooled.closeLater()
            } else {
                reused = pooled
            }
        }
        let session = try reused ?? connect()
        defer {
            if session.isClosed {
                session.close()
            } else {
                idle.withLock { $0.append((session, ContinuousClock.now)) }
            }
        }
        do {
            return try body(session)
        } catch let error as PostgresLogError where error.isTransient {
            // The server went away: the other idle connections went with it, noticed or not.
            for stale in idle.withLock({ idle in
                defer { idle.removeAll() }
                return idle
            }) {
                stale.session.closeLater()
            }
            throw error
        }
    }
}
