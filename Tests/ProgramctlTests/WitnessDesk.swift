import Crypto
import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `programwitness serve` process on loopback, as a municipality runs it: its key, its state
/// directory in the test's directory, and the port it took.
struct WitnessDesk {
    static let programwitness = Executable("programwitness")

    let keyFile: String
    let verifierKey: String
    let state: String
    /// The `--log ORIGIN=KEY` it witnesses.
    let log: String
    let port: Int
    let process: RunningProcess

    /// The witness's URL (its submission prefix).
    var url: String { "http://127.0.0.1:\(port)" }

    /// `programwitness keygen` for witness.<town>.example, then `serve` on any free port.
    static func create(_ town: String, desk: AuditDesk, origin: String, logKey: String) async throws -> WitnessDesk {
        let keyFile = desk.path("\(town).witness.key")
        let made = try await programwitness.run(["keygen", "--name", "witness.\(town).example", "-o", keyFile])
        #expect(made.status == 0, "\(made.stderr)")
        let verifierKey = try #require(made.stdout.split(separator: " ").last).trimmingCharacters(in: .newlines)
        return try await start(
            keyFile: keyFile, verifierKey: verifierKey, state: desk.path("\(town).state"), log: "\(origin)=\(logKey)",
            port: 0)
    }

    /// Starts the witness and reads the port it serves at from its first line.
    private static func start(keyFile: String, verifierKey: String, state: String, log: String, port: Int)
        async throws -> WitnessDesk
    {
        let arguments = ["serve", "--key", keyFile, "--state", state, "--log", log, "--port", "\(port)"]
        let process = try programwitness.start(arguments)
        let line = try #require(await process.line(containing: "serving at http://"), "programwitness did not start")
        let bound = try #require(line.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: ["/"])) })
        return WitnessDesk(
            keyFile: keyFile, verifierKey: verifierKey, state: state, log: log, port: bound, process: process)
    }

    /// The arguments of `serve` for this witness, on `port`.
    func serveArguments(port: Int) -> [String] {
        ["serve", "--key", keyFile, "--state", state, "--log", log, "--port", "\(port)"]
    }

    /// The witness killed (SIGKILL, no goodbye) and started again on its port with its state.
    func restarted() async throws -> WitnessDesk {
        await kill()
        return try await Self.start(keyFile: keyFile, verifierKey: verifierKey, state: state, log: log, port: port)
    }

    /// Kills the process and waits for its end.
    func kill() async { await process.kill() }

    /// Kills the process without waiting (for a `defer`).
    func stop() {
        if process.process.isRunning { Foundation.kill(process.process.processIdentifier, SIGKILL) }
    }

    /// What the witness answered.
    struct Answer {
        var status: Int
        var body: String
        var contentType: String?
    }

    /// POSTs an add-checkpoint body.
    func post(_ body: String) async throws -> Answer {
        var request = URLRequest(url: URL(string: url + "/add-checkpoint")!)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        return try await send(request)
    }

    /// GETs a path.
    func get(_ path: String) async throws -> Answer {
        try await send(URLRequest(url: URL(string: url + "/" + path)!))
    }

    private func send(_ request: URLRequest) async throws -> Answer {
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Answer(
            status: http.statusCode, body: String(decoding: data, as: UTF8.self),
            contentType: http.value(forHTTPHeaderField: "Content-Type"))
    }

    /// SHA-256 of a log's origin in lowercase hex: its name in the witness's state and paths.
    static func originHash(_ origin: String) -> String {
        SHA256.hash(data: Data(origin.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
