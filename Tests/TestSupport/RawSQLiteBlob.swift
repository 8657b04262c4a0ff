import CSQLite

extension RawSQLite {
    /// The first column of the first row of `sql` as bytes (e.g. a subject's key), read bypassing the
    /// event store; `nil` when there is no row or the value is NULL.
    public static func blob(_ sql: String, on path: String) -> [UInt8]? {
        var db: OpaquePointer?
        defer { sqlite3_close_v2(db) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, sqlite3_step(statement) == SQLITE_ROW,
            let bytes = sqlite3_column_blob(statement, 0)
        else { return nil }
        let count = Int(sqlite3_column_bytes(statement, 0))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}
