import ArgumentParser
import EventStore
import Foundation

struct WitnessKeygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create the witness's Ed25519 cosigning key, and print its verifier key.",
        discussion: """
            The key is named after the witness — best a domain and path of the \
            organisation that runs it, e.g. witness.maastricht.example. Give the \
            printed verifier key (name+keyid+key, signature type 0x04) to the \
            secretary, who asks the witness to cosign (programctl audit checkpoint \
            --witness URL=KEY), and to the auditors, who require its cosignature \
            (--witness KEY).

            Example:  programwitness keygen --name witness.maastricht.example \\
                        -o /etc/programwitness/witness.key
            """)

    @Option(help: "The witness's name (a note key name: no spaces, no '+').")
    var name: String

    @Option(name: .shortAndLong, help: "The key file to create (readable by its owner only; not overwritten).")
    var output: String

    func run() throws {
        guard NoteVerifierKey.isValidName(name) else {
            throw usage("--name: '\(name)' is not a valid key name: no spaces, no '+', not empty")
        }
        guard !FileManager.default.fileExists(atPath: output) else {
            throw usage("-o: \(output) exists; a witness's key is not replaced by accident")
        }
        let key = try NoteSigningKey.generate(name: name, type: .cosignature)
        guard
            FileManager.default.createFile(
                atPath: output, contents: Data(key.encoded.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw usage("-o: cannot create \(output)")
        }
        print("verifier key of \(name): \(key.verifierKey.encoded)")
    }

    private func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("programwitness: \(message)\n".utf8))
        return WitnessStartFailure.usage(message).exitCode
    }
}
