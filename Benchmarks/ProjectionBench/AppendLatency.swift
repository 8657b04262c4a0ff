import ArgumentParser
import Foundation
import Program
import ProgramStore

/// One writer process of a programme: folds the log once, as a long-running writer would, then
/// records inputs one command at a time through the rules and times each, commit included.
/// Several of these, started together, measure appends under concurrent writers.
struct AppendLatency: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Time single commands recorded into a programme log, one transaction each.",
        discussion: """
            Prints the fold before the first command, and the median and 99th
            percentile of the commands (RESULT lines); --latencies also writes
            each command's milliseconds, one a line, to pool them over several
            processes. Benchmarks/scripts/pg-scale.sh runs 1, 4 and 8 at once.
            """)

    @Argument(help: "The programme's log: an SQLite file or a postgres:// URL (it gets the inputs).")
    var db: String

    @Option(help: "Commands to record.")
    var count = 200

    @Option(help: ArgumentHelp("Write each command's milliseconds to this file.", valueName: "file"))
    var latencies: String?

    @Option(help: ArgumentHelp("Start the commands at this time (seconds since 1970).", valueName: "seconds"))
    var startAt: Double?

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let store = try ProgrammeStore(path: db)
        var position: Int64 = 0
        let fold = try ProjectionBench.measure { position = try store.currentState().position }
        ProjectionBench.result(
            "append_fold_s", fold, "s", "(\(position) events folded before the first command)")
        if let startAt {
            let wait = startAt - Date().timeIntervalSince1970
            if wait > 0 {
                Thread.sleep(forTimeInterval: wait)
            } else {
                print("# started late, \(String(format: "%.2f", -wait)) s after --start-at: the fold took longer")
            }
        }
        let today = Instant(Date()).dayInNetherlands
        var milliseconds: [Double] = []
        for index in 0..<count {
            let command = Command.addInput(
                AddInput(
                    pillar: index % 3 + 1, source: .youth, channel: .online, municipality: "Heerlen",
                    themes: ["schaal"], date: today, summary: "Inbreng \(index) van een gelijktijdige schrijver.",
                    participationLevel: .advise, quote: nil))
            milliseconds.append(
                try ProjectionBench.measure { try store.record(command, actor: "K1", name: "input add") } * 1000)
        }
        if let latencies {
            try milliseconds.map { String(format: "%.3f\n", $0) }.joined()
                .write(toFile: latencies, atomically: true, encoding: .utf8)
        }
        let sorted = milliseconds.sorted()
        func percentile(_ fraction: Double) -> Double {
            sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
        }
        ProjectionBench.result("append_latency_p50_ms", percentile(0.5), "ms", "(\(count) commands)")
        ProjectionBench.result("append_latency_p99_ms", percentile(0.99), "ms", "")
    }
}
