import EventStore
import PostgresNIO

/// Why the PostgreSQL backend failed, when it is not one of ``EventStore/EventStoreError``'s rules.
public struct PostgresLogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server's SQLSTATE, when the server answered (`23505` unique violation, `42501` no privilege…).
    public var sqlState: String?
    public var message: String

    public init(sqlState: String? = nil, message: String) {
        self.sqlState = sqlState
        self.message = message
    }

    /// The server's error, or the driver's (the connection failed or closed).
    init(_ error: any Error) {
        if let error = error as? PSQLError, let info = error.serverInfo {
            self.init(sqlState: info[.sqlState], message: info[.message] ?? "\(error.code)")
        } else if let error = error as? PSQLError {
            self.init(message: "PostgreSQL: \(error.code)")
        } else {
            self.init(message: "PostgreSQL: \(error)")
        }
    }

    /// Whether trying again later may succeed: the server could not be reached or went away
    /// (no SQLSTATE: the connection failed; class 08, connection exceptions; 57P01–57P03, the
    /// server shutting down or starting), as in a restart or a fail-over.
    public var isTransient: Bool {
        guard let sqlState else { return true }
        return sqlState.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(sqlState)
    }

    public var description: String {
        if let sqlState { "PostgreSQL error \(sqlState): \(message)" } else { message }
    }
}
