import EventStore
import Foundation
import PostgresEventStore
import PostgresTestSupport
import TestSupport
import Testing

/// A backend of the event log, as the conformance suite opens it: a new, empty log for each test
/// (an SQLite file in a temporary directory, or a database of its own on the test server).
enum Backend: String, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    /// The server the PostgreSQL half runs against (`PROGRAMME_TEST_POSTGRES`).
    static let postgresURL = TestDatabase.server

    /// The backends this run tests: PostgreSQL only where a server was named.
    static let available: [Backend] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    var testDescription: String { rawValue }

    /// The fixed clock of every log the suite opens: equal events hash equally on both backends.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_700_000_000) }

    /// Runs `body` on a new, empty log; `tamper` runs SQL on it as its owner, triggers bypassed.
    func withLog<T>(_ body: (any EventLog, Tamperer) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            return try await withTemporaryDirectory { directory in
                let path = directory.path("log.sqlite")
                var options = EventStore.Options()
                options.clock = Self.clock
                let log = try EventStore(path: path, mode: .create, options: options)
                return try await body(log, Tamperer(target: path, backend: .sqlite))
            }
        case .postgres:
            return try await TestDatabase.with { url in
                let log = try PostgresEventStore(url: url, mode: .create, clock: Self.clock)
                return try await body(log, Tamperer(target: url, backend: .postgres))
            }
        }
    }

    /// Opens the log at `target` again, as another process would.
    func reopen(_ target: String, mode: EventStore.Mode = .readWrite) throws -> any EventLog {
        switch self {
        case .sqlite: try EventStore(path: target, mode: mode)
        case .postgres: try PostgresEventStore(url: target, mode: mode)
        }
    }
}

/// Changes a log behind its store's back, as someone with the database's own rights could.
struct Tamperer: Sendable {
    /// The file's path or the database's URL.
    let target: String
    let backend: Backend

    /// Runs one statement with the append-only triggers out of the way; returns the error, if any.
    @discardableResult
    func run(_ sql: String) throws -> String? {
        switch backend {
        case .sqlite:
            return RawSQLite.execute(
                """
                DROP TRIGGER IF EXISTS events_refuse_update; DROP TRIGGER IF EXISTS events_refuse_delete;
                \(sql);
                """, on: target)
        case .postgres:
            let session = try PostgresSession.connect(PostgresURL(target))
            defer { session.close() }
            try session.execute("SET session_replication_role = replica")
            do {
                try session.execute(sql)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }

    /// Runs one statement as the owner, triggers in force; returns the error, if any.
    func runGuarded(_ sql: String) throws -> String? {
        switch backend {
        case .sqlite:
            return RawSQLite.execute(sql, on: target)
        case .postgres:
            let session = try PostgresSession.connect(PostgresURL(target))
            defer { session.close() }
            do {
                try session.execute(sql)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }
}
