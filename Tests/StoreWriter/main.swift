import EventStore
import Foundation
import PostgresEventStore

// A writer process for the event store's multi-process tests. PATH is a file, or a PostgreSQL
// URL (postgres://…) for the same test on that backend.
//
//   store-writer append PATH STREAM COUNT BATCH   appends COUNT events in batches of BATCH
//   store-writer crash PATH STREAM COUNT          one transaction of COUNT events; prints
//                                                 "halfway" in the middle and waits to be killed
//
//   store-writer wait URL SECONDS AFTER           prints "waiting <time>", waits up to SECONDS for
//                                                 the head to pass AFTER, prints "woke <time>"
//                                                 (times in seconds since 1970)
//
// With START_AT=<seconds since 1970> in the environment it waits until then, so that several
// writers start at the same moment.

func payload(_ index: Int, stream: String) -> Data {
    Data(#"{"stream":"\#(stream)","index":\#(index),"filler":"\#(String(repeating: "x", count: 200))"}"#.utf8)
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: store-writer append|crash PATH STREAM COUNT [BATCH]\n".utf8))
    exit(64)
}
let (path, stream) = (arguments[2], arguments[3])
let metadata = CommandMetadata(actor: "store-writer", command: arguments[1])

if let start = ProcessInfo.processInfo.environment["START_AT"].flatMap(Double.init) {
    let wait = start - Date().timeIntervalSince1970
    if wait > 0 { usleep(useconds_t(wait * 1_000_000)) }
}

/// Runs the command on either backend.
func run(_ store: some EventLog) throws {
    switch arguments[1] {
    case "append":
        let batch = arguments.count > 5 ? Int(arguments[5]) ?? 1 : 1
        var written = 0
        while written < count {
            let size = min(batch, count - written)
            let events = (0..<size).map { NewEvent(type: "Written", payload: payload(written + $0, stream: stream)) }
            _ = try store.append(events, to: stream, expecting: .any, metadata: metadata)
            written += size
        }
    case "crash":
        try store.write { transaction in
            let half = count / 2
            let first = (0..<half).map { NewEvent(type: "Written", payload: payload($0, stream: stream)) }
            _ = try transaction.append(first, to: stream, expecting: .any, metadata: metadata)
            FileHandle.standardOutput.write(Data("halfway\n".utf8))
            let second = (half..<count).map { NewEvent(type: "Written", payload: payload($0, stream: stream)) }
            _ = try transaction.append(second, to: stream, expecting: .any, metadata: metadata)
            sleep(600)  // killed long before: a loaded machine may take a minute to get there
        }
    default:
        exit(64)
    }
}

/// Waits for an append on a task of this process's own, whose thread pool no test holds up.
func waitForAppend(_ store: PostgresEventStore, after position: Int64, upTo seconds: Double) {
    let woken = DispatchSemaphore(value: 0)
    FileHandle.standardOutput.write(Data("waiting \(Date().timeIntervalSince1970)\n".utf8))
    Task.detached {
        await store.waitForAppend(after: position, upTo: .milliseconds(Int64(seconds * 1000)))
        FileHandle.standardOutput.write(Data("woke \(Date().timeIntervalSince1970)\n".utf8))
        woken.signal()
    }
    woken.wait()
}

do {
    if arguments[1] == "wait" {
        waitForAppend(
            try PostgresEventStore(url: path, mode: .readOnly), after: Int64(count), upTo: Double(stream) ?? 30)
    } else if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
        try run(PostgresEventStore(url: path, mode: .create))
    } else {
        try run(EventStore(path: path, mode: .create))
    }
} catch {
    FileHandle.standardError.write(Data("store-writer: \(error)\n".utf8))
    exit(1)
}
