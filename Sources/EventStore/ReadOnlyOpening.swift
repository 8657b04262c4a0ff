import CSQLite
import Foundation

extension EventStore {
    /// How a read-only store was opened.
    public enum ReadAccess: Sendable, Equatable {
        /// Shared with writers, through the `-wal` and `-shm` files beside the store: it sees
        /// what other processes commit.
        case shared
        /// An immutable copy (SQLite's `immutable=1`): no locks, and the file taken never to
        /// change, so it does not see new events. Used only when it cannot be opened shared for
        /// want of its `-wal` or `-shm` file, and the `-wal` file is missing or empty.
        case immutable
    }

    /// Opens `path` for reading only, also where this process may not write (read-only media, a
    /// directory or files without write permission), and checks that it can read it.
    ///
    /// 1. Read-only and shared (`SQLITE_OPEN_READONLY`). SQLite needs the `-shm` file to exist
    ///    and be readable, or to be able to create it; when it cannot write it, it keeps the
    ///    WAL index in its own memory and reads the `-wal` file as it is.
    /// 2. When that fails for want of the `-wal` or `-shm` file (`SQLITE_CANTOPEN`,
    ///    `SQLITE_READONLY_*`) and the `-wal` file is missing or empty, so that the file holds
    ///    every committed event: immutable (`immutable=1`).
    /// 3. Otherwise the `-wal` file may hold events the file lacks, and cannot be read without its
    ///    `-shm` file: ``EventStoreError/unreadableCopy(path:detail:)``.
    static func openReadOnly(_ path: String, options: Options) throws -> (Connection, ReadAccess) {
        let failure: SQLiteError
        do {
            return (try openReader(path, access: .shared, options: options), .shared)
        } catch {
            failure = error
        }
        guard failure.primaryCode == SQLITE_CANTOPEN || failure.isReadOnly else { throw failure }
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int
        guard (wal ?? 0) == 0 else {
            let shm =
                FileManager.default.fileExists(atPath: path + "-shm")
                ? "\(path)-shm cannot be read" : "\(path)-shm is missing and cannot be created here"
            throw EventStoreError.unreadableCopy(
                path: path,
                detail: "\(path)-wal is not empty, so it may hold events that are not yet in the file, and \(shm) "
                    + "(\(failure.message)): copy a readable \(path)-shm beside it as well, or read it where its "
                    + "directory is writable, or make a one-file copy with a backup")
        }
        return (try openReader(path, access: .immutable, options: options), .immutable)
    }

    /// Opens one read-only connection to `path` the way `access` says, and checks that it can read it.
    /// A store's readers all open the way its first one did.
    static func openReader(_ path: String, access: ReadAccess, options: Options) throws(SQLiteError) -> Connection {
        switch access {
        case .shared:
            let connection = try Connection(path: path, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX)
            connection.waitWhenBusy(milliseconds: options.busyTimeoutMilliseconds)
            // SQLite opens lazily: reading the schema opens the -wal and -shm files.
            _ = try connection.pragma("schema_version")
            return connection
        case .immutable:
            let uri = URL(fileURLWithPath: path).absoluteString + "?immutable=1"
            return try Connection(path: uri, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX)
        }
    }
}
