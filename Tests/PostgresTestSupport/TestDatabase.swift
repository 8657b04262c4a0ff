import Foundation
import PostgresEventStore

/// A database of its own on the test server for one test, dropped after it.
public enum TestDatabase {
    /// The test server: `PROGRAMME_TEST_POSTGRES`, a URL of a role that may create databases and
    /// roles. `.ci/run` starts one and sets it; without it the PostgreSQL tests are skipped.
    public static let server = ProcessInfo.processInfo.environment["PROGRAMME_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// Creates a database, calls `body` with its URL, and drops it (its connections too).
    public static func with<T>(_ body: (String) async throws -> T) async throws -> T {
        guard let server else { throw PostgresLogError(message: "no test server") }
        let name = "programme_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresSession.connect(PostgresURL(server))
        defer { admin.close() }
        try admin.execute("CREATE DATABASE \(name)")
        defer { try? admin.execute("DROP DATABASE \(name) WITH (FORCE)") }
        return try await body(url(of: name, on: server))
    }

    /// Runs one statement on the server as the test server's role (to create or drop a login role).
    public static func execute(_ sql: String) throws {
        guard let server else { throw PostgresLogError(message: "no test server") }
        let admin = try PostgresSession.connect(PostgresURL(server))
        defer { admin.close() }
        try admin.execute(sql)
    }

    /// The server's URL with another database.
    public static func url(of database: String, on server: String) -> String {
        var components = URLComponents(string: server)!
        components.path = "/" + database
        return components.string!
    }

    /// The URL of `database` for the role `role` (no password: the test server trusts local connections).
    public static func url(of database: String, as role: String, on server: String) -> String {
        var components = URLComponents(string: url(of: database, on: server))!
        components.user = role
        components.password = nil
        return components.string!
    }
}
