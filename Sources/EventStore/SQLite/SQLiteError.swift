import CSQLite

/// A failed libsqlite3 call: its extended result code and message.
struct SQLiteError: Error, CustomStringConvertible {
    /// The extended result code (`sqlite3_extended_errcode`).
    var code: Int32
    var message: String

    /// The primary result code, e.g. `SQLITE_BUSY` for `SQLITE_BUSY_SNAPSHOT`.
    var primaryCode: Int32 { code & 0xFF }

    var description: String { "SQLite error \(code): \(message)" }

    var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
    var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
    var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB }
    var isCorrupt: Bool { primaryCode == SQLITE_CORRUPT }
    var isReadOnly: Bool { primaryCode == SQLITE_READONLY }
}
