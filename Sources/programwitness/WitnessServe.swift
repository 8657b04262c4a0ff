import ArgumentParser
import EventStore
import Foundation
import Hummingbird
import Logging

struct WitnessServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the witness: POST /add-checkpoint (C2SP tlog-witness), GET /<origin hash>/checkpoint.",
        discussion: """
            For each --log ORIGIN=KEY (the log's origin and its verifier key, as the \
            secretary gives it) it accepts checkpoints signed by that key, checks the \
            consistency proof from the last checkpoint it cosigned (kept in --state, \
            one file per log, written durably before it answers) and returns its \
            cosignature (cosignature/v1). Answers 409 with the size it knows when the \
            request's old size is another, 422 for a proof that does not hold or a \
            fork, 403 for a signature it does not trust, 404 for a log it does not \
            witness, 400 for a request without its format. Logs each request on \
            standard error; prints the address it serves at on standard output.

            Example:  programwitness serve --key /etc/programwitness/witness.key \\
                        --state /var/lib/programwitness \\
                        --log participatie.example.nl/log=participatie.example.nl/log+1a2b3c4d+AX… \\
                        --host 0.0.0.0 --port 7380
            """)

    @Option(help: "The witness's key file (from `programwitness keygen`).")
    var key: String

    @Option(help: "The state directory: the last checkpoint cosigned per log (created if need be).")
    var state: String

    @Option(
        name: .customLong("log"),
        help: ArgumentHelp(
            "A log to witness (repeatable): its origin and verifier key, ORIGIN=KEY.", valueName: "origin=key"))
    var logs: [String] = []

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 7380

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func run() async throws {
        var logger = Logger(label: "programwitness")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let witness: Witness
        do {
            let signing = try readKey()
            let logs = try witnessedLogs()
            witness = try Witness(
                key: signing, logs: logs, state: WitnessState(directory: URL(fileURLWithPath: state)), logger: logger)
            logger.info(
                "witness ready",
                metadata: ["name": "\(signing.name)", "logs": "\(logs.keys.sorted().joined(separator: ", "))"])
        } catch let failure as WitnessStartFailure {
            FileHandle.standardError.write(Data("programwitness: \(failure)\n".utf8))
            throw failure.exitCode
        }
        let name = witness.key.name
        let application = Application(
            router: witnessRouter(witness),
            configuration: .init(address: .hostname(host, port: port), serverName: "programwitness"),
            onServerRunning: { [host, port] channel in
                let address = channel.localAddress
                FileHandle.standardOutput.write(
                    Data(
                        "programwitness: \(name) serving at http://\(address?.ipAddress ?? host):\(address?.port ?? port)/\n"
                            .utf8))
            },
            logger: logger)
        try await application.runService()
    }

    private func readKey() throws -> NoteSigningKey {
        guard let data = FileManager.default.contents(atPath: key) else {
            throw WitnessStartFailure.usage("--key: cannot read \(key)")
        }
        let signing: NoteSigningKey
        do {
            signing = try NoteSigningKey(encoded: String(decoding: data, as: UTF8.self))
        } catch {
            throw WitnessStartFailure.usage("--key \(key): \(error)")
        }
        guard signing.type == .cosignature else {
            throw WitnessStartFailure.usage(
                "--key \(key): the key of \(signing.name) is \(signing.type.described), not a witness's: create one"
                    + " with `programwitness keygen`")
        }
        return signing
    }

    /// The --log options: origin → the log's verifier keys.
    private func witnessedLogs() throws -> [String: [NoteVerifierKey]] {
        guard !logs.isEmpty else {
            throw WitnessStartFailure.usage("--log: give at least one log to witness, ORIGIN=KEY")
        }
        var witnessed: [String: [NoteVerifierKey]] = [:]
        for argument in logs {
            let parts = argument.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else {
                throw WitnessStartFailure.usage("--log: '\(argument)' is not ORIGIN=KEY")
            }
            let key: NoteVerifierKey
            do {
                key = try NoteVerifierKey(encoded: String(parts[1]))
            } catch {
                throw WitnessStartFailure.usage("--log \(parts[0]): \(error)")
            }
            guard key.type == .ed25519 else {
                throw WitnessStartFailure.usage(
                    "--log \(parts[0]): the key \(key.name) is \(key.type.described), not a log's key (0x01)")
            }
            witnessed[String(parts[0]), default: []].append(key)
        }
        return witnessed
    }
}
