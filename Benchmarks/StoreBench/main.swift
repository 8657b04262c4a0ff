import ArgumentParser
import EventStore
import Foundation
import PostgresEventStore

/// The event store on the workload of ../shared/peers (sqlite_limit.c and the Python
/// eventsourcing peer): 1,000 streams of 100 events of ~300 bytes, each stream's events
/// contiguous. Prints `RESULT <metric> <value> <unit>` lines.
@main
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-bench",
        abstract: "Measure the event store: batched and single durable appends, scan, scan with verify.",
        discussion: """
            Run side by side with the peers, so that all see the same disk:
              RUNS=5 EXTRA_CMD='.build/release/store-bench --dir /tmp/peers-bench' ../shared/peers/run_all.sh

            With --postgres URL the same appends, a paged read and verify also run on a PostgreSQL
            server (postgres_* results), in two databases it creates and drops; the URL names a
            role that may create databases, e.g. postgres://postgres@127.0.0.1:5432/postgres.
            """)

    @Option(help: "Directory for the benchmark's database files (removed afterwards).")
    var dir = "/tmp/peers-bench"

    @Option(help: "Events in the batched-append log.")
    var events = 100_000

    @Option(help: "Events per transaction in the batched append.")
    var batch = 1_000

    @Option(help: "Transactions of one event each in the single-append run.")
    var single = 2_000

    @Option(help: ArgumentHelp("Also measure a PostgreSQL server (see above).", valueName: "url"))
    var postgres: String?

    func run() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let batchPath = "\(dir)/swift_batch.sqlite"
        let singlePath = "\(dir)/swift_single.sqlite"
        defer { [batchPath, singlePath].forEach(Self.remove) }
        print("# event store bench: N=\(events) batch=\(batch) single=\(single)")

        Self.remove(batchPath)
        let perStream = max(1, events / 1000)
        let appendTime = try Self.measure {
            try appendInBatches(into: EventStore(path: batchPath, mode: .create), perStream: perStream)
        }
        Self.result(
            "swift_batch_append_events_per_s", Double(events) / appendTime, "events/s",
            "(\(events) events, \(Self.seconds(appendTime)))")

        Self.remove(singlePath)
        let singlePerStream = max(1, single / 20)
        let singleTime = try Self.measure {
            try appendOneByOne(into: EventStore(path: singlePath, mode: .create), perStream: singlePerStream)
        }
        Self.result(
            "swift_single_append_events_per_s", Double(single) / singleTime, "events/s",
            "(\(single) txns, \(Self.seconds(singleTime)), \(String(format: "%.3f", singleTime * 1000 / Double(single))) ms/txn)"
        )

        var rows = 0
        var sink = 0
        let scanTime = try Self.measure {
            let store = try EventStore(path: batchPath, mode: .readOnly)
            try store.scan { event in
                rows += 1
                sink &+= event.payload.count &+ event.stream.utf8.count &+ Int(event.streamVersion)
            }
        }
        guard rows == events else { throw ValidationError("scan read \(rows) rows, expected \(events)") }
        Self.result(
            "swift_scan_rows_per_s", Double(rows) / scanTime, "rows/s",
            "(\(rows) rows, \(Self.seconds(scanTime)), sink \(sink))")

        try Self.measureVerify(
            EventStore(path: batchPath, mode: .readOnly), events: events, metric: "swift_scan_verify_rows_per_s")
        if let postgres {
            try measurePostgres(server: postgres, perStream: perStream, singlePerStream: singlePerStream)
        }
    }

    /// `events` events in transactions of `batch`, each stream's `perStream` events contiguous.
    func appendInBatches(into log: some EventLog, perStream: Int) throws {
        var index = 0
        while index < events {
            let end = min(index + batch, events)
            try log.write { transaction in
                var start = index
                while start < end {
                    let stream = start / perStream
                    let streamEnd = min(end, (stream + 1) * perStream)
                    let batch = (start..<streamEnd).map { NewEvent(type: Self.type($0), payload: Self.payload($0)) }
                    let version = Int64(start - stream * perStream)
                    _ = try transaction.append(
                        batch, to: Self.stream(stream), expecting: version == 0 ? .noStream : .exactly(version),
                        metadata: Self.metadata)
                    start = streamEnd
                }
            }
            index = end
        }
    }

    /// `single` transactions of one event each, in streams of `perStream`.
    func appendOneByOne(into log: some EventLog, perStream: Int) throws {
        for index in 0..<single {
            let version = Int64(index % perStream)
            try log.append(
                [NewEvent(type: Self.type(index), payload: Self.payload(index))],
                to: Self.stream(index / perStream), expecting: version == 0 ? .noStream : .exactly(version),
                metadata: Self.metadata)
        }
    }

    /// The appends, a paged read and verify on a PostgreSQL server, in databases made for them.
    func measurePostgres(server: String, perStream: Int, singlePerStream: Int) throws {
        let admin = try PostgresSession.connect(PostgresURL(server))
        defer { admin.close() }
        func database(_ name: String) throws -> String {
            try admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            try admin.execute("CREATE DATABASE \(name)")
            var components = URLComponents(string: server)!
            components.path = "/" + name
            return components.string!
        }
        let batchURL = try database("store_bench_batch")
        let singleURL = try database("store_bench_single")
        defer {
            try? admin.execute("DROP DATABASE IF EXISTS store_bench_batch WITH (FORCE)")
            try? admin.execute("DROP DATABASE IF EXISTS store_bench_single WITH (FORCE)")
        }
        let appendTime = try Self.measure {
            try appendInBatches(into: PostgresEventStore(url: batchURL, mode: .create), perStream: perStream)
        }
        Self.result(
            "postgres_batch_append_events_per_s", Double(events) / appendTime, "events/s",
            "(\(events) events, \(Self.seconds(appendTime)))")
        let singleTime = try Self.measure {
            try appendOneByOne(into: PostgresEventStore(url: singleURL, mode: .create), perStream: singlePerStream)
        }
        Self.result(
            "postgres_single_append_events_per_s", Double(single) / singleTime, "events/s",
            "(\(single) txns, \(Self.seconds(singleTime)), \(String(format: "%.3f", singleTime * 1000 / Double(single))) ms/txn)"
        )
        var rows = 0
        let readTime = try Self.measure {
            let log = try PostgresEventStore(url: batchURL, mode: .readOnly)
            var next: Int64 = 1
            while true {
                let page = try log.read(from: next, limit: 2000)
                rows += page.count
                guard let last = page.last, page.count == 2000 else { break }
                next = last.position + 1
            }
        }
        guard rows == events else { throw ValidationError("the paged read gave \(rows) rows, expected \(events)") }
        Self.result(
            "postgres_read_rows_per_s", Double(rows) / readTime, "rows/s", "(\(rows) rows, \(Self.seconds(readTime)))")
        try Self.measureVerify(
            PostgresEventStore(url: batchURL, mode: .readOnly), events: events,
            metric: "postgres_scan_verify_rows_per_s")
    }

    /// Times a full verification of `log`, which must hold `events` intact events.
    static func measureVerify(_ log: some EventLog, events: Int, metric: String) throws {
        var report: VerificationReport?
        let verifyTime = try measure { report = try log.verify(against: nil, progress: nil) }
        guard let report, report.isIntact, report.eventsChecked == events else {
            throw ValidationError("verify failed on \(log.location): \(String(describing: report?.failure))")
        }
        result(metric, Double(events) / verifyTime, "rows/s", "(\(events) rows, \(seconds(verifyTime)))")
    }

    static let metadata = CommandMetadata(actor: "bench", command: "store-bench", correlationID: "store-bench")
    static let types = ["IssueOpened", "IssueCommented", "IssueLabelled", "IssueAssigned", "IssueClosed"]
    static let body = String(
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
            + "tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim "
            + "veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea "
            + "commodo consequat. Duis aute irure dolor in reprehenderit in voluptate.").prefix(222))

    static func type(_ index: Int) -> String { types[index % 5] }

    static func stream(_ number: Int) -> String {
        "issue-" + String(repeating: "0", count: max(0, 4 - String(number % 1000).count)) + String(number % 1000)
    }

    /// The same ~300-byte JSON as `make_payload` in sqlite_limit.c, written byte by byte as snprintf does.
    static func payload(_ index: Int) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(320)
        bytes += #"{"issue":"TRK-"#.utf8
        append(index / 100, to: &bytes)
        bytes += #"","actor":"user-"#.utf8
        append(index % 37, to: &bytes)
        bytes += #"","points":"#.utf8
        append(index % 13, to: &bytes)
        bytes += #","labels":["bug","p"#.utf8
        append(index % 4, to: &bytes)
        bytes += #""],"body":""#.utf8
        bytes += bodyBytes
        bytes += #""}"#.utf8
        return Data(bytes)
    }

    static let bodyBytes = Array(body.utf8)

    static func append(_ number: Int, to bytes: inout [UInt8]) {
        if number >= 10 { append(number / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    static func measure(_ body: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }

    static func result(_ metric: String, _ value: Double, _ unit: String, _ note: String) {
        print("RESULT \(metric) \(String(format: "%.0f", value)) \(unit)  \(note)")
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
