import CSQLite
import Foundation

/// A prepared statement. Bind parameters with 1-based indexes, read columns with 0-based ones.
final class Statement {
    let handle: OpaquePointer
    private unowned let connection: Connection

    init(connection: Connection, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw connection.lastError }
        self.handle = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement for another run and clears its bindings.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Advances: `true` when a row is ready, `false` when done.
    func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.lastError
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws(SQLiteError) {
        _ = try step()
        sqlite3_reset(handle)
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: String) {
        sqlite3_bind_text(handle, index, value, -1, csqlite_transient())
    }

    /// Binds UTF-8 text without copying it: the bytes must stay as they are until the statement
    /// is reset (SQLite reads them when it steps).
    /// Empty text has no bytes, and maybe no address: it is bound from here, not as NULL.
    func bind(_ index: Int32, borrowingText text: UnsafeRawBufferPointer) {
        let start = text.baseAddress ?? UnsafeRawPointer(Self.emptyText.utf8Start)
        sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(text.count), nil)
    }

    /// Binds a blob without copying it: the bytes must stay as they are until the statement is reset.
    func bind(_ index: Int32, borrowingBytes bytes: UnsafeRawBufferPointer) {
        sqlite3_bind_blob64(handle, index, bytes.baseAddress, sqlite3_uint64(bytes.count), nil)
    }

    private static let emptyText: StaticString = ""

    func bind(_ index: Int32, bytes: UnsafeRawBufferPointer) {
        sqlite3_bind_blob64(handle, index, bytes.baseAddress, sqlite3_uint64(bytes.count), csqlite_transient())
    }

    func bind(_ index: Int32, _ value: Data) {
        value.withUnsafeBytes { bind(index, bytes: $0) }
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column's text, taken from `known` when one of them has the same bytes (no new
    /// string for a value that repeats, such as an event type), else added to it.
    func text(_ column: Int32, known: inout [String]) -> String {
        withBytes(column) { bytes in
            for index in known.indices {
                var candidate = known[index]
                let equal = candidate.withUTF8 {
                    $0.count == bytes.count
                        && ($0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0)
                }
                if equal { return candidate }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            known.append(text)
            return text
        }
    }

    /// The column's bytes, valid only inside `body` (no copy).
    func withBytes<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let pointer = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
    }

    func data(_ column: Int32) -> Data {
        withBytes(column) { Data($0) }
    }
}
