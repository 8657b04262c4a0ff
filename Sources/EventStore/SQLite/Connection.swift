import CSQLite
import Foundation

/// One libsqlite3 connection and its cache of prepared statements.
///
/// Not thread-safe by itself: ``EventStore`` owns its writer behind a mutex and lends each reader
/// to one thread at a time (``ReaderPool``). That is what makes the `@unchecked Sendable` true.
final class Connection: @unchecked Sendable {
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]
    private var busyWait: BusyWait?
    /// The pages in the write-ahead log from which a commit empties it (``checkpointWAL(fromPages:)``).
    private var checkpointPages: Int32 = 0

    /// Opens `path` with the given `sqlite3_open_v2` flags.
    init(path: String, flags: Int32) throws(SQLiteError) {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_EXRESCODE, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        // Double-quoted identifiers only: a typo never silently becomes a string literal.
        csqlite_db_config_flag(db, SQLITE_DBCONFIG_DQS_DML, 0)
        csqlite_db_config_flag(db, SQLITE_DBCONFIG_DQS_DDL, 0)
        // No writable_schema tricks or direct page writes through this connection.
        csqlite_db_config_flag(db, SQLITE_DBCONFIG_DEFENSIVE, 1)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Waits up to `milliseconds` for another connection's lock, retrying every 0.1–1 ms.
    ///
    /// SQLite's own busy timeout sleeps in growing steps of up to 100 ms, so under steady
    /// contention one writer can hold on to the lock while another sleeps; short, even retries
    /// let waiting writers take turns and keep their latency low.
    func waitWhenBusy(milliseconds: Int) {
        busyWait = BusyWait(timeout: Duration.milliseconds(milliseconds))
        installBusyWait()
    }

    private func installBusyWait() {
        guard let busyWait else { return }
        sqlite3_busy_handler(
            handle,
            { context, attempt in
                guard let context else { return 0 }
                return Unmanaged<BusyWait>.fromOpaque(context).takeUnretainedValue().retry(attempt: attempt) ? 1 : 0
            }, Unmanaged.passUnretained(busyWait).toOpaque())
    }

    /// The last error on this connection.
    var lastError: SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs one or more statements that return no rows we need.
    func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(errorMessage)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: message)
        }
    }

    /// A prepared statement for `sql`, reset and cleared, from the cache when it was prepared before.
    ///
    /// When the cached one is still stepping (a read nested in another on the same connection
    /// runs the same query), it is left alone and a new one, not cached, is prepared.
    func statement(_ sql: String) throws(SQLiteError) -> Statement {
        if let cached = cache[sql] {
            if sqlite3_stmt_busy(cached.handle) != 0 { return try Statement(connection: self, sql: sql) }
            cached.reset()
            return cached
        }
        let statement = try Statement(connection: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// The integer value of a pragma, e.g. `user_version`.
    func pragma(_ name: String) throws(SQLiteError) -> Int64 {
        let statement = try statement("PRAGMA \(name)")
        defer { statement.reset() }
        guard try statement.step() else { return 0 }
        return statement.int64(0)
    }

    /// Keeps the `-wal` and `-shm` files when the last connection closes (`SQLITE_FCNTL_PERSIST_WAL`).
    func keepWAL() {
        var on: Int32 = 1
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &on)
    }

    /// Leaves the write-ahead log as it is when this connection closes, instead of copying it into
    /// the database file (`SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE`); in place of SQLite's automatic
    /// checkpoint, a commit that leaves `pages` or more in it copies it into the file and empties
    /// it (`wal_checkpoint(TRUNCATE)`), without waiting for a connection in the way: when one is,
    /// a later commit tries again.
    ///
    /// Emptied, not only copied: a process that opens the store when no other has it open
    /// rebuilds the log's index from the `-wal` file and counts none of its pages as copied, so a
    /// `-wal` that is only copied would be read and copied again by every such process.
    func checkpointWAL(fromPages pages: Int32) {
        csqlite_db_config_flag(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1)
        checkpointPages = pages
        sqlite3_wal_hook(
            handle,
            { context, _, database, pages in
                guard let context else { return SQLITE_OK }
                let connection = Unmanaged<Connection>.fromOpaque(context).takeUnretainedValue()
                if pages >= connection.checkpointPages { connection.emptyWAL(database) }
                return SQLITE_OK
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// `wal_checkpoint(TRUNCATE)` of `database`, failing at once where another connection is in
    /// the way.
    private func emptyWAL(_ database: UnsafePointer<CChar>?) {
        sqlite3_busy_handler(handle, nil, nil)
        defer { installBusyWait() }
        sqlite3_wal_checkpoint_v2(handle, database, SQLITE_CHECKPOINT_TRUNCATE, nil, nil)
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether a transaction is open on this connection.
    var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}

/// The state of one wait for a lock.
private final class BusyWait {
    let timeout: Duration
    var start = ContinuousClock.now

    init(timeout: Duration) { self.timeout = timeout }

    /// Sleeps a little and says whether to try again.
    func retry(attempt: Int32) -> Bool {
        if attempt == 0 { start = .now }
        guard ContinuousClock.now - start < timeout else { return false }
        usleep(useconds_t(min(1000, 100 * (Int(attempt) + 1))))
        return true
    }
}
