import ArgumentParser
import EventStore
import Foundation
import PostgresEventStore
import Program
import ProgramStore
import Projections
import Reporting

/// Rebuilds every projection from a large programme log, and starts from a checkpoint, printing
/// `RESULT <metric> <value> <unit>` lines like ../shared/peers.
///
/// The log is recorded once through the programme's own rules (ProgrammeStore.record) and kept
/// for later runs: conferences with thousands of registrations, check-ins and cancellations,
/// inputs under the three pillars with follow-up and feedback, goals with measurements,
/// subsidies with expenditures.
///
/// With `--postgres URL` the same rebuild also runs on a PostgreSQL copy of that log, copied in
/// once (``EventLog/copy(from:withKeys:progress:)``) and kept like the file.
@main
struct ProjectionBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projection-bench",
        abstract: "Measure the projections: a full rebuild from a large log, and a start from a checkpoint.",
        discussion: """
            Side by side with the Python eventsourcing projection (es_projection_events_per_s):
              RUNS=3 EXTRA_CMD='.build/release/projection-bench --dir /tmp/peers-bench' ../shared/peers/run_all.sh

            With --postgres URL the rebuild also runs on that PostgreSQL
            database (postgres_* results, and the ratio to SQLite): an empty
            database gets a copy of the log, once; one that holds it (perhaps
            with events appended since) is used as it is.
            """,
        subcommands: [AppendLatency.self])

    @Option(help: "Directory for the benchmark's log (kept between runs).")
    var dir = "/tmp/peers-bench"

    @Option(help: "Events in the log.")
    var events = 1_000_000

    @Flag(help: "Measure the rebuild alone: no report, no checkpoint.")
    var rebuildOnly = false

    @Option(help: ArgumentHelp("Also rebuild from this PostgreSQL database (see above).", valueName: "url"))
    var postgres: String?

    func run() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = "\(dir)/swift_programme_\(events).sqlite"
        if (try? EventStore(path: path, mode: .readOnly).head().position) ?? 0 < Int64(events) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let seconds = try Self.measure { try LargeProgramme.record(at: path, events: events) }
            print(
                "# recorded a programme log of \(events) events through the rules in \(String(format: "%.1f", seconds)) s"
            )
        }
        let log = try EventStore(path: path, mode: .readOnly)
        var projection = ProgrammeProjection()
        let rebuild = try Self.measure {
            projection = ProgrammeProjection()
            try Projector.catchUp(&projection, from: log)
        }
        let count = projection.position
        Self.result(
            "swift_projection_events_per_s", Double(count) / rebuild, "events/s",
            "(\(count) events, \(String(format: "%.3f", rebuild)) s)")
        if let postgres {
            let rate = try rebuildOnPostgres(postgres, copyOf: log)
            print("# PostgreSQL / SQLite rebuild events/s: \(String(format: "%.2f", rate / (Double(count) / rebuild)))")
        }
        if rebuildOnly { return }
        var views = 0
        let render = try Self.measure {
            let report = ProgressReport(projection, previous: nil, language: .dutch)
            views = ReportFormat.json.render(report).count
        }
        Self.result("swift_report_render_ms", render * 1000, "ms", "(every read model, \(views) bytes of JSON)")

        let writable = try EventStore(path: path)
        let save = try Self.measure { try Projector.saveCheckpoint(projection, to: writable) }
        Self.result("swift_checkpoint_save_ms", save * 1000, "ms", "")
        var started = ProgrammeProjection()
        let start = try Self.measure {
            started = try Projector.build(from: try EventStore(path: path, mode: .readOnly))
        }
        guard started.position == count else {
            throw ValidationError("the checkpoint start reached \(started.position)")
        }
        Self.result("swift_checkpoint_start_ms", start * 1000, "ms", "(open, load the checkpoint, catch up)")
    }

    /// The rebuild from the database at `url`, which holds `source`'s log or gets a copy of it
    /// first; its events/s.
    private func rebuildOnPostgres(_ url: String, copyOf source: EventStore) throws -> Double {
        let database = try PostgresEventStore(url: url, mode: .create)
        let head = try source.head()
        let held = try database.head().position
        if held == 0 {
            let seconds = try Self.measure { try database.copy(from: source) }
            print("# copied the log into \(database.location) in \(String(format: "%.1f", seconds)) s")
        } else if try held < head.position || database.chainHash(at: head.position) != head.chainHash {
            throw ValidationError(
                "\(database.location) holds another log than \(source.location): drop it, or name an empty database")
        }
        var projection = ProgrammeProjection()
        let rebuild = try Self.measure { try Projector.catchUp(&projection, from: database) }
        let count = projection.position
        Self.result(
            "postgres_projection_events_per_s", Double(count) / rebuild, "events/s",
            "(\(count) events, \(String(format: "%.3f", rebuild)) s)")
        return Double(count) / rebuild
    }

    static func measure(_ body: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static func result(_ metric: String, _ value: Double, _ unit: String, _ note: String) {
        print("RESULT \(metric) \(String(format: value < 100 ? "%.1f" : "%.0f", value)) \(unit)  \(note)")
    }
}
