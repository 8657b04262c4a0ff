import ArgumentParser
import CMalloc
import Foundation
import Hummingbird
import Logging
import ProgramStore
import Reporting

@main
struct Programd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programd",
        abstract: "Serve the programme's read models over HTTP: a JSON API and a Dutch dashboard, live and read-only.",
        discussion: """
            Opens the store read-only, follows the log and shows new events within
            a second. Nothing it serves holds personal data. Stops gracefully on
            SIGTERM or SIGINT.

            Needs no write permission on the store or its directory.
            A new event it cannot serve stops it: one line on standard error, exit 74.

            Try it:   programd --demo            (a demo programme, in a temporary file)
                      programd --demo overijssel (also lejo, haaglanden: docs/examples)
            Serve:    programd --db programme.sqlite --host 127.0.0.1 --port 8080
                      programd --db postgres://programme_reader@db.example/zl  (replicas: one per machine)
            """)

    @Option(
        help: ArgumentHelp(
            "The programme's store: an SQLite file or a postgres:// URL. Default: $PROGRAM_DB, else ./programme.sqlite.",
            valueName: "path|url"))
    var db: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Flag(help: "Serve the embedded demo programme (recorded into a temporary store) instead of --db.")
    var demo = false

    @Argument(help: ArgumentHelp("With --demo: whose story to serve (zuid-limburg if none).", valueName: "programme"))
    var story: DemoStory?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func validate() throws {
        if let story, !demo {
            throw ValidationError("'\(story.rawValue)' names a demo programme: serve it with --demo \(story.rawValue)")
        }
    }

    func run() async throws {
        // Loading a large projection and replacing its columns' chunks as the log grows frees
        // many blocks of 64 KiB and more: each is then given back to the system, not kept.
        cmalloc_map_allocations_from(64 << 10)
        var logger = Logger(label: "programd")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let path: String
        var demoDirectory: URL?
        // The demo's temporary store goes when programd does.
        defer { demoDirectory.map { try? FileManager.default.removeItem(at: $0) } }
        if demo {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "programd-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            demoDirectory = directory
            path = directory.appendingPathComponent("demo.sqlite").path
            let events = try DemoProgramme.record(at: path, story: story ?? .zuidLimburg)
            logger.info("recorded the demo programme", metadata: ["path": "\(path)", "events": "\(events)"])
        } else {
            path =
                db ?? ProcessInfo.processInfo.environment["PROGRAM_DB"].flatMap { $0.isEmpty ? nil : $0 }
                ?? "programme.sqlite"
        }
        let configuration = ServerConfiguration(path: path, host: host, port: port)
        try await serve(configuration, logger: logger)
    }

    /// Builds and runs the application; a store that cannot be opened, or a new event it cannot
    /// serve, is one clear line and exit 74.
    private func serve(_ configuration: ServerConfiguration, logger: Logger) async throws {
        let server = try await explainingFailure {
            try await buildApplication(configuration, logger: logger) { address in
                FileHandle.standardOutput.write(
                    Data("programd: serving \(LogLocation(configuration.path).shown) at http://\(address)/\n".utf8))
            }
        }
        do {
            try await server.run()
        } catch let stopped as FollowStopped {
            FileHandle.standardError.write(Data("programd: \(stopped)\n".utf8))
            throw ExitCode(74)
        }
    }

    private func explainingFailure<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            FileHandle.standardError.write(Data("programd: \(error)\n".utf8))
            throw ExitCode(74)
        }
    }
}

extension DemoStory: ExpressibleByArgument {}
