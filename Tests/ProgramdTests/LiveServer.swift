import EventStore
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// programd run as a real process on a real port, on its own copy of the demo store or on a
/// PostgreSQL database.
final class LiveServer: @unchecked Sendable {
    let directory: TemporaryDirectory
    let process: RunningProcess
    let port: Int
    /// The store programd serves: a file in ``directory``, or a `postgres://` URL.
    let db: String
    /// Everything programd wrote, collected in the background so its pipes never fill up.
    private let output = OutputCollector()

    /// Copies the demo store (or `store`), lets `prepare` change its directory, and starts programd
    /// on it with `--port 0` (as `nobody` when `asNobody`), reading the port it prints.
    convenience init(
        store: String = demoStore, asNobody: Bool = false, prepare: (TemporaryDirectory) throws -> Void = { _ in }
    ) throws {
        let directory = try TemporaryDirectory()
        let db = directory.path("programme.sqlite")
        // An online backup, not a file copy: other tests have the demo store open, and a copied
        // -shm of a live database describes another file's write-ahead log.
        try EventStore(path: store, mode: .readOnly).backup(to: db)
        try prepare(directory)
        try self.init(db: db, directory: directory, asNobody: asNobody)
    }

    /// Starts programd on the PostgreSQL database at `url`.
    convenience init(database url: String) throws {
        try self.init(db: url, directory: TemporaryDirectory(), asNobody: false)
    }

    private init(db: String, directory: TemporaryDirectory, asNobody: Bool) throws {
        self.db = db
        self.directory = directory
        let executable = Executable("programd")
        try #require(
            FileManager.default.isExecutableFile(atPath: executable.url.path),
            "build programd first: \(executable.url.path)")
        process = try (asNobody ? executable.asNobody : executable).start([
            "--db", db, "--port", "0", "--log-level", "warning",
        ])
        guard let port = Self.readPort(process.stdout.fileHandleForReading) else {
            kill(process.process.processIdentifier, SIGKILL)
            throw LiveServerError.didNotStart(
                String(decoding: process.stderr.fileHandleForReading.availableData, as: UTF8.self))
        }
        self.port = port
        output.drain(process.stdout.fileHandleForReading)
        output.drain(process.stderr.fileHandleForReading)
    }

    /// Reads standard output up to the line `programd: serving … at http://127.0.0.1:PORT/`.
    private static func readPort(_ handle: FileHandle) -> Int? {
        var seen = ""
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            seen += String(decoding: chunk, as: UTF8.self)
            if let match = seen.firstMatch(of: /programd: serving .* at http:\/\/127\.0\.0\.1:(\d+)\//) {
                return Int(match.output.1)
            }
        }
    }

    /// `GET path` over a new connection.
    func get(_ path: String) throws -> RawHTTPResponse { try RawHTTPConnection(port: port).get(path) }

    /// Sends SIGTERM and waits up to `timeout` for the exit; the exit status, or `nil` if still running.
    func terminate(within timeout: Duration) async throws -> Int32? {
        kill(process.process.processIdentifier, SIGTERM)
        return try await exit(within: timeout)
    }

    /// Waits up to `timeout` for programd to exit; the exit status, or `nil` if still running.
    func exit(within timeout: Duration) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.process.isRunning && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return process.process.isRunning ? nil : process.process.terminationStatus
    }

    /// Kills programd if it still runs and removes the store.
    func stop() {
        if process.process.isRunning { kill(process.process.processIdentifier, SIGKILL) }
        directory.remove()
    }

    /// What programd wrote to standard output and error so far.
    var log: String { output.text }
}

enum LiveServerError: Error {
    case didNotStart(String)
}

/// Reads pipes to their end on background threads.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    func drain(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { return }
                lock.withLock { collected += String(decoding: chunk, as: UTF8.self) }
            }
        }
    }

    var text: String { lock.withLock { collected } }
}

/// A response read off the wire.
struct RawHTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: String
}

/// A minimal HTTP/1.1 client over a POSIX socket: enough for GET and for reading an event stream.
final class RawHTTPConnection {
    private let socket: Int32

    init(port: Int) throws {
        #if canImport(Glibc)
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(socket) }

    /// Sends `GET path`.
    func send(_ path: String, keepAlive: Bool = false) {
        let request =
            "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (keepAlive ? "" : "Connection: close\r\n") + "\r\n"
        _ = request.utf8CString.withUnsafeBufferPointer { write(socket, $0.baseAddress, $0.count - 1) }
    }

    /// What arrives within `timeout`: some bytes, an empty string at the end of the stream, `nil` on time-out.
    func receive(timeout: Duration) -> String? {
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(
            timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&descriptor, 1, max(milliseconds, 0)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(socket, &buffer, buffer.count)
        return count <= 0 ? "" : String(decoding: buffer[..<count], as: UTF8.self)
    }

    /// Reads until `text` has arrived, or `timeout` has passed; everything read so far.
    func receive(until done: (String) -> Bool, timeout: Duration) -> String {
        let deadline = ContinuousClock.now + timeout
        var received = ""
        while !done(received), ContinuousClock.now < deadline {
            guard let chunk = receive(timeout: deadline - ContinuousClock.now) else { break }
            if chunk.isEmpty { break }
            received += chunk
        }
        return received
    }

    /// `GET path`, read to the end (the server closes the connection).
    func get(_ path: String, timeout: Duration = .seconds(5)) throws -> RawHTTPResponse {
        send(path)
        let raw = receive(until: { _ in false }, timeout: timeout)
        guard let split = raw.range(of: "\r\n\r\n") else { throw POSIXError(.EBADMSG) }
        let lines = raw[..<split.lowerBound].split(separator: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ")[1]) } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = String(raw[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = Self.unchunked(body) }
        return RawHTTPResponse(status: status, headers: headers, body: body)
    }

    private static func unchunked(_ text: String) -> String {
        var rest = Substring(text)
        var body = ""
        while let end = rest.range(of: "\r\n"), let size = Int(rest[..<end.lowerBound], radix: 16), size > 0 {
            let start = end.upperBound
            let utf8 = rest.utf8
            let stop = utf8.index(start, offsetBy: size)
            body += String(rest[start..<stop])
            rest = rest[stop...].dropFirst(2)
        }
        return body
    }
}
