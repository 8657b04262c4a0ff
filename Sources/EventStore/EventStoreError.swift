import Foundation

/// Why the store refused or failed. Every case says what happened in its description.
public enum EventStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at the path (and the store was not asked to create one).
    case notFound(path: String)
    /// The file is not an SQLite database at all.
    case notADatabase(path: String)
    /// An SQLite database, but not an event store (another application's file).
    case foreignDatabase(path: String, applicationID: Int64)
    /// An event store written by a newer version of this software.
    case newerSchema(path: String, found: Int64, supported: Int64)
    /// An older event store opened read-only: it must be opened read-write once to migrate.
    case needsMigration(path: String, found: Int64, current: Int64)
    /// A copy without write access that cannot be read as it is (its `-wal` file needs its missing `-shm` file).
    case unreadableCopy(path: String, detail: String)
    /// The store was opened read-only.
    case readOnly(path: String)
    /// The stream's version was not what the writer expected. Nothing was written.
    case wrongExpectedVersion(stream: String, expected: ExpectedVersion, actual: Int64)
    /// An event id in the batch is already stored, but the batch is not a retry of what was stored.
    case duplicateEventID(UUID, storedAt: Int64)
    /// Another writer held the write lock for longer than the busy timeout.
    case busy(path: String, timeoutMilliseconds: Int)
    /// The file is damaged (SQLite reported corruption) or its rows break the log's rules.
    case damaged(path: String, detail: String)
    /// An argument the store cannot accept, e.g. an empty stream name.
    case invalidArgument(String)
    /// Any other SQLite failure (disk full, I/O error, …).
    case sqlite(code: Int32, message: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "no event store at \(path)"
        case .notADatabase(let path):
            "\(path) is not an event store: the file is not an SQLite database"
        case .foreignDatabase(let path, let applicationID):
            "\(path) is not an event store: it is an SQLite database of another application "
                + "(application_id \(applicationID), expected \(Schema.applicationID))"
        case .newerSchema(let path, let found, let supported):
            "\(path) has event store schema version \(found); this program reads up to version \(supported): upgrade the program"
        case .needsMigration(let path, let found, let current):
            "\(path) has event store schema version \(found) and needs migrating to \(current): open it read-write once"
        case .unreadableCopy(let path, let detail):
            "\(path) cannot be read without write access: \(detail)"
        case .readOnly(let path):
            "\(path) is open read-only: nothing can be appended"
        case .wrongExpectedVersion(let stream, let expected, let actual):
            "wrong expected version for stream '\(stream)': expected \(expected), actual version \(actual); nothing was written"
        case .duplicateEventID(let id, let position):
            "event id \(id.lowercasedString) is already stored at position \(position) in another batch; nothing was written"
        case .busy(let path, let timeout):
            "\(path) is busy: another writer held it for more than \(timeout) ms; nothing was written, try again"
        case .damaged(let path, let detail):
            "\(path) is damaged: \(detail)"
        case .invalidArgument(let detail):
            detail
        case .sqlite(let code, let message):
            "SQLite error \(code): \(message)"
        }
    }
}
