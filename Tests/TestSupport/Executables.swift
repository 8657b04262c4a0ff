import Foundation

/// The directory that holds the package's built products (`.build/<triple>/debug`).
public let productsDirectory: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !directory.path.hasSuffix(".xctest") && directory.path != "/" {
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("programctl").path)
            || FileManager.default.fileExists(atPath: directory.appendingPathComponent("store-writer").path)
        {
            return directory
        }
        directory.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
}()

/// What a finished process left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// A built product of this package, run as a real process.
///
/// Waiting for a process never blocks one of Swift's cooperative threads: its end is awaited
/// through its termination handler, and its pipes are read on dispatch threads.
public struct Executable: Sendable {
    public let url: URL
    /// Arguments before the caller's (the program that `url` runs, for a wrapper such as setpriv).
    let leading: [String]

    public init(_ name: String) { self.init(url: productsDirectory.appendingPathComponent(name)) }

    /// Any program, by path.
    public init(url: URL) { self.init(url: url, leading: []) }

    init(url: URL, leading: [String]) {
        self.url = url
        self.leading = leading
    }

    /// Starts the process, feeding it `input` on standard input (none by default); its output
    /// goes to pipes.
    public func start(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws
        -> RunningProcess
    {
        let process = Process()
        process.executableURL = url
        process.arguments = leading + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        let running = RunningProcess(process: process, stdout: stdout, stderr: stderr)
        try process.run()
        if let input {
            DispatchQueue.global().async {
                writeRetryingInterrupts(Array(input.utf8), to: stdin.fileHandleForWriting.fileDescriptor)
                try? stdin.fileHandleForWriting.close()
            }
        }
        return running
    }

    /// Runs the process to its end, feeding it `input` on standard input.
    public func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws
        -> ProcessResult
    {
        let running = try start(arguments, input: input, environment: environment)
        // Both pipes are read to their end while the process runs, so a full pipe never blocks it.
        async let output = running.stdout.fileHandleForReading.readAll()
        async let errors = running.stderr.fileHandleForReading.readAll()
        let (stdout, stderr) = await (output, errors)
        return ProcessResult(
            status: await running.wait(), stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A process started by ``Executable/start(_:input:environment:)``.
public final class RunningProcess: @unchecked Sendable {
    public let process: Process
    public let stdout: Pipe
    public let stderr: Pipe

    init(process: Process, stdout: Pipe, stderr: Pipe) {
        self.process = process
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Reads standard output until a line contains `marker`; `false` at end of output.
    public func waitForLine(containing marker: String) async -> Bool {
        await line(containing: marker) != nil
    }

    /// Reads standard output until a whole line contains `marker`, and returns that line; nil at
    /// end of output.
    public func line(containing marker: String) async -> String? {
        var seen = ""
        while true {
            if let line = seen.split(separator: "\n").dropLast(seen.hasSuffix("\n") ? 0 : 1).first(where: {
                $0.contains(marker)
            }) {
                return String(line)
            }
            let chunk = await stdout.fileHandleForReading.nextAvailable()
            if chunk.isEmpty { return nil }
            seen += String(decoding: chunk, as: UTF8.self)
        }
    }

    /// Sends SIGKILL, unless the process has ended, and waits for its end.
    public func kill() async {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        _ = await wait()
    }

    /// Waits for the end, on a dispatch thread, and returns the exit status.
    public func wait() async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                self.process.waitUntilExit()
                continuation.resume(returning: self.process.terminationStatus)
            }
        }
    }
}

extension FileHandle {
    /// Everything up to the end of the file, read on a dispatch thread.
    func readAll() async -> Data {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var data = Data()
                while true {
                    let chunk = readRetryingInterrupts(self.fileDescriptor)
                    if chunk.isEmpty { break }
                    data += chunk
                }
                continuation.resume(returning: data)
            }
        }
    }

    /// What can be read now, waiting on a dispatch thread until something can; empty at the end.
    func nextAvailable() async -> Data {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: readRetryingInterrupts(self.fileDescriptor)) }
        }
    }
}

/// Writes all of `bytes`, going on where a signal interrupted a `write(2)`.
private func writeRetryingInterrupts(_ bytes: [UInt8], to descriptor: Int32) {
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if count >= 0 {
            written += count
        } else if errno != EINTR {
            return
        }
    }
}

/// One `read(2)`, tried again when a signal (a child's SIGCHLD) interrupts it, which
/// Foundation's reads turn into a crash; empty at the end of the file or on an error.
private func readRetryingInterrupts(_ descriptor: Int32) -> Data {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = read(descriptor, &buffer, buffer.count)
        if count >= 0 { return Data(buffer[..<count]) }
        if errno != EINTR { return Data() }
    }
}
