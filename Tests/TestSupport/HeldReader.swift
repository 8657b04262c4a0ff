import Foundation

/// Another process holding a read transaction open on a store, as an sqlite3 shell in the middle
/// of `BEGIN; SELECT …` or a running backup does: until ``close()``, SQLite can neither copy the
/// write-ahead log past the snapshot it reads nor truncate it.
///
/// A process of its own (Python's sqlite3), because SQLite's locks are POSIX locks, which belong
/// to a process: a test that reads the store's files itself would drop a reader's locks in its
/// own process.
public final class HeldReader {
    private let process: RunningProcess

    private static let script = """
        import sqlite3, sys, time
        connection = sqlite3.connect(sys.argv[1], isolation_level=None)
        connection.execute("BEGIN")
        connection.execute("SELECT count(*) FROM events").fetchall()
        print("reading", flush=True)
        while True:
            time.sleep(1)
        """

    /// Starts reading the store at `path` as it is now; returns once the read transaction is open.
    public init(path: String) async throws {
        process = try Executable(url: URL(fileURLWithPath: "/usr/bin/env")).start(["python3", "-c", Self.script, path])
        guard await process.waitForLine(containing: "reading") else {
            throw ReaderFailed(
                stderr: String(decoding: await process.stderr.fileHandleForReading.readAll(), as: UTF8.self))
        }
    }

    /// Ends the reader's process, and with it its read transaction and its locks.
    public func close() async {
        await process.kill()
    }

    /// A reader not closed is killed without waiting.
    deinit { if process.process.isRunning { kill(process.process.processIdentifier, SIGKILL) } }

    /// The reader could not start.
    public struct ReaderFailed: Error {
        public var stderr: String
    }
}
