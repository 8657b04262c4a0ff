import EventStore
import Foundation
import PostgresNIO

/// A libpq-style connection URL: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or with
/// `?host=/socket/directory` for a Unix socket. TLS is not used (`sslmode=disable`): the server
/// is on this machine or on a trusted network.
package struct PostgresURL: Sendable {
    package var configuration: PostgresConnection.Configuration
    /// The URL without its password, for messages.
    package var redacted: String

    package init(_ text: String) throws {
        guard let url = URLComponents(string: text), url.scheme == "postgres" || url.scheme == "postgresql" else {
            throw EventStoreError.invalidArgument(
                "\(text): a PostgreSQL URL starts with postgres:// (postgres://user@host:port/database)")
        }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }) { _, last in last }
        let user = url.user ?? query["user"] ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty else {
            throw EventStoreError.invalidArgument("\(text): the URL names no database (…/DATABASE)")
        }
        if let mode = query["sslmode"], mode != "disable" && mode != "prefer" && mode != "allow" {
            throw EventStoreError.invalidArgument("\(text): sslmode=\(mode) is not supported (only disable)")
        }
        let port = url.port ?? Int(query["port"] ?? "") ?? 5432
        if let directory = query["host"], directory.hasPrefix("/") {
            configuration = .init(
                unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: user, password: url.password,
                database: database)
        } else {
            configuration = .init(
                host: url.host ?? query["host"] ?? "localhost", port: port, username: user, password: url.password,
                database: database, tls: .disable)
        }
        var shown = url
        if shown.password != nil { shown.password = "***" }
        redacted = shown.string ?? text
    }
}
