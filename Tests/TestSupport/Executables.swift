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

    /// Starts the process; its output goes to pipes.
    public func start(_ arguments: [String], environment: [String: String] = [:]) throws -> RunningProcess {
        let process = Process()
        process.executableURL = url
        process.arguments = leading + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return RunningProcess(process: process, stdout: stdout, stderr: stderr)
    }

    /// Runs the process to its end, feeding it `input` on standard input.
    public func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws
        -> ProcessResult
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
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = stderr.fileHandleForReading.readDataToEndOfFile() }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}

/// A process started by ``Executable/start(_:environment:)``.
public struct RunningProcess: @unchecked Sendable {
    public let process: Process
    public let stdout: Pipe
    public let stderr: Pipe

    /// Reads standard output until a line contains `marker`; `false` at end of output.
    public func waitForLine(containing marker: String) -> Bool {
        var seen = ""
        while true {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { return false }
            seen += String(decoding: chunk, as: UTF8.self)
            if seen.contains(marker) { return true }
        }
    }

    /// Sends SIGKILL and waits for the process to end.
    public func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the end and returns the exit status.
    public func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}
