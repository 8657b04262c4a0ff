import EventStore
import Foundation
import PostgresEventStore

/// Where a programme's log lives, as `--db` and `$PROGRAM_DB` give it: a PostgreSQL database for a
/// `postgres://` (or `postgresql://`) URL, else an SQLite file at that path.
public struct LogLocation: Sendable, Hashable {
    /// The text as given.
    public var text: String

    public init(_ text: String) { self.text = text }

    /// The text to show in messages and logs: a URL's password replaced by `***`.
    public var shown: String {
        guard isDatabaseURL else { return text }
        return (try? PostgresURL(text).redacted) ?? "a postgres:// URL that cannot be read"
    }

    /// Whether it names a PostgreSQL database.
    public var isDatabaseURL: Bool { text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") }

    /// Opens the log there; `.create` makes it when there is none.
    public func open(mode: EventStore.Mode, clock: @escaping @Sendable () -> Date = { Date() }) throws -> any EventLog {
        if isDatabaseURL { return try PostgresEventStore(url: text, mode: mode, clock: clock) }
        var options = EventStore.Options()
        options.clock = clock
        return try EventStore(path: text, mode: mode, options: options)
    }
}
