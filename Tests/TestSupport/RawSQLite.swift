import CSQLite

/// Raw SQL on a file, bypassing the event store: what a tamperer or a foreign application does.
public enum RawSQLite {
    /// Runs `sql`; returns SQLite's error message, or `nil` on success.
    @discardableResult
    public static func execute(_ sql: String, on path: String) -> String? {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            defer { sqlite3_close_v2(db) }
            return String(cString: sqlite3_errmsg(db))
        }
        defer { sqlite3_close_v2(db) }
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(db, sql, nil, nil, &message) == SQLITE_OK else {
            defer { sqlite3_free(message) }
            return message.map { String(cString: $0) } ?? "error"
        }
        return nil
    }

    /// The first column of the first row of `sql` as an integer.
    public static func integer(_ sql: String, on path: String) -> Int64? {
        var db: OpaquePointer?
        defer { sqlite3_close_v2(db) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, sqlite3_step(statement) == SQLITE_ROW
        else { return nil }
        return sqlite3_column_int64(statement, 0)
    }
}
