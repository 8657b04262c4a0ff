import ArgumentParser
import EventStore
import Foundation
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
@main
struct ProjectionBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projection-bench",
        abstract: "Measure the projections: a full rebuild from a large log, and a start from a checkpoint.",
        discussion: """
            Side by side with the Python eventsourcing projection (es_projection_events_per_s):
              RUNS=3 EXTRA_CMD='.build/release/projection-bench --dir /tmp/peers-bench' ../shared/peers/run_all.sh
            """)

    @Option(help: "Directory for the benchmark's log (kept between runs).")
    var dir = "/tmp/peers-bench"

    @Option(help: "Events in the log.")
    var events = 1_000_000

    @Flag(help: "Measure the rebuild alone: no report, no checkpoint.")
    var rebuildOnly = false

    func run() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = "\(dir)/swift_programme_\(events).sqlite"
        if (try? EventStore(path: path, mode: .readOnly).head().position) ?? 0 < Int64(events) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let seconds = try measure { try LargeProgramme.record(at: path, events: events) }
            print(
                "# recorded a programme log of \(events) events through the rules in \(String(format: "%.1f", seconds)) s"
            )
        }
        let log = try EventStore(path: path, mode: .readOnly)
        var projection = ProgrammeProjection()
        let rebuild = try measure {
            projection = ProgrammeProjection()
            try Projector.catchUp(&projection, from: log)
        }
        let count = projection.position
        result(
            "swift_projection_events_per_s", Double(count) / rebuild, "events/s",
            "(\(count) events, \(String(format: "%.3f", rebuild)) s)")
        if rebuildOnly { return }
        var views = 0
        let render = try measure {
            let report = ProgressReport(projection, previous: nil, language: .dutch)
            views = ReportFormat.json.render(report).count
        }
        result("swift_report_render_ms", render * 1000, "ms", "(every read model, \(views) bytes of JSON)")

        let writable = try EventStore(path: path)
        let save = try measure { try Projector.saveCheckpoint(projection, to: writable) }
        result("swift_checkpoint_save_ms", save * 1000, "ms", "")
        var started = ProgrammeProjection()
        let start = try measure { started = try Projector.build(from: try EventStore(path: path, mode: .readOnly)) }
        guard started.position == count else {
            throw ValidationError("the checkpoint start reached \(started.position)")
        }
        result("swift_checkpoint_start_ms", start * 1000, "ms", "(open, load the checkpoint, catch up)")
    }

    private func measure(_ body: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func result(_ metric: String, _ value: Double, _ unit: String, _ note: String) {
        print("RESULT \(metric) \(String(format: value < 100 ? "%.1f" : "%.0f", value)) \(unit)  \(note)")
    }
}
