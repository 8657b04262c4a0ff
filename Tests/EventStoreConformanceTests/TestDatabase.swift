import Foundation
import PostgresEventStore

/// A database of its own on the test server for one test, dropped after it.
enum TestDatabase {
    /// Creates a database, calls `body` with its URL, and drops it (its connections too).
    static func with<T>(_ body: (String) async throws -> T) async throws -> T {
        guard let server = Backend.postgresURL else { throw PostgresLogError(message: "no test server") }
        let name = "programme_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresSession.connect(PostgresURL(server))
        defer { admin.close() }
        try admin.execute("CREATE DATABASE \(name)")
        defer { try? admin.execute("DROP DATABASE \(name) WITH (FORCE)") }
        return try await body(url(of: name, on: server))
    }

    /// The server's URL with another database.
    static func url(of database: String, on server: String) -> String {
        var components = URLComponents(string: server)!
        components.path = "/" + database
        return components.string!
    }

    /// The URL of `database` for the role `role` (no password: the test server trusts local connections).
    static func url(of database: String, as role: String, on server: String) -> String {
        var components = URLComponents(string: url(of: database, on: server))!
        components.user = role
        components.password = nil
        return components.string!
    }
}
