/// What programd serves and where.
struct ServerConfiguration: Sendable {
    /// The store's path (opened read-only).
    var path: String
    var host: String
    var port: Int
    /// How often the log is polled for new events.
    var pollInterval: Duration = .milliseconds(100)
}
