import EventStore
import Foundation
import TestSupport
import Testing

/// programctl run as a real process against a store in a temporary directory.
struct Programctl {
    let directory: TemporaryDirectory
    let executable = Executable("programctl")

    init(directory: TemporaryDirectory) { self.directory = directory }

    /// The store's path.
    var db: String { directory.path("programme.sqlite") }

    /// The locale of every run unless a test gives another: none, so that text output is
    /// English whatever the locale the tests run in.
    static let environment = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]

    /// Runs `programctl ARGUMENTS --db <store>`.
    @discardableResult
    func run(_ arguments: String..., input: String? = nil) async throws -> ProcessResult {
        try await run(arguments, input: input)
    }

    /// Runs `programctl ARGUMENTS --db <store>`, with `environment` over ``environment``.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws
        -> ProcessResult
    {
        try await run(raw: arguments + ["--db", db], input: input, environment: environment)
    }

    /// Runs `programctl ARGUMENTS` as given (no `--db` added), with `environment` over
    /// ``environment``.
    func run(raw arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws
        -> ProcessResult
    {
        try await executable.run(arguments, input: input, environment: Self.environment.merging(environment) { $1 })
    }

    /// Runs a command that must succeed, returning its output.
    @discardableResult
    func succeed(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await succeed(arguments, sourceLocation: sourceLocation)
    }

    /// Runs `programctl ARGUMENTS --db <store>`, which must succeed; returns its standard output.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await succeed(raw: arguments + ["--db", db], sourceLocation: sourceLocation)
    }

    /// Runs `programctl ARGUMENTS` as given (no `--db` added), which must succeed; returns its
    /// standard output.
    @discardableResult
    func succeed(raw arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> String
    {
        let result = try await run(raw: arguments)
        #expect(
            result.status == 0, "programctl \(arguments.joined(separator: " ")): \(result.stderr)",
            sourceLocation: sourceLocation)
        return result.stdout
    }

    /// The log's head, read directly from the store.
    func head() throws -> StoreHead { StoreHead(try EventStore(path: db, mode: .readOnly).head()) }
}
