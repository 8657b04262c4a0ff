import ArgumentParser
import EventStore
import Foundation
import Program
import ProgramStore

struct AuditReceipt: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt",
        abstract:
            "A receipt for a person who gave input or registered: a C2SP tlog-proof that the entry is in the log, checkable offline.",
        discussion: """
            The receipt holds the signed checkpoint, the event's position and inclusion \
            proof, and the event as the log hashes it — its personal data sealed, as \
            in an audit export, and nothing of any other event \
            (docs/event-log-format.md, "Receipt"). Give the person the receipt and the \
            log's verifier key; anyone can check it without the log:
              programctl audit check-receipt I3.tlog-proof --trust KEY
              python3 docs/verify/verify_log.py --receipt I3.tlog-proof --trust KEY

            Prove against a checkpoint already handed out (--checkpoint), or sign one of \
            the log now (--key).

            Example:  programctl audit receipt --input I3 \\
                        --checkpoint 2025-Q2.checkpoint -o I3.tlog-proof
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The input's collection (InputCollected), e.g. I3.", valueName: "input"))
    var input: InputID?

    @Option(help: ArgumentHelp("The registration (RegistrationReceived), e.g. A17.", valueName: "registration"))
    var registration: RegistrationID?

    @Option(help: ArgumentHelp("Any event, by its log position.", valueName: "position"))
    var position: Int64?

    @Option(help: "Prove against this checkpoint (C2SP), which the log must extend.")
    var checkpoint: String?

    @Option(help: "Or sign a checkpoint of the log now with this key file (from `audit keygen`).")
    var key: String?

    @Option(name: .shortAndLong, help: "Write the receipt to this file (default: standard output).")
    var output: String?

    func validate() throws {
        guard [input != nil, registration != nil, position != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("give one of --input, --registration and --position")
        }
        guard (checkpoint == nil) != (key == nil) else {
            throw ValidationError("give --checkpoint FILE or --key FILE (one of them)")
        }
    }

    func execute() throws {
        let signing = try key.map { try readTransparencyFile($0, option: "--key", as: NoteSigningKey.init(encoded:)) }
        let store = try global.store(.readOnly)
        let signed: LogCheckpoint
        if let signing {
            signed = try store.log.checkpoint(key: signing)
        } else if let checkpoint, case .note(let note) = try readCheckpoint(file: checkpoint, option: "--checkpoint") {
            signed = note
        } else {
            throw UsageError(
                "--checkpoint: a receipt carries a C2SP checkpoint, not one of the first format (event-log-checkpoint v1):"
                    + " sign one with `audit checkpoint`")
        }
        let head = try store.log.head().position
        guard signed.size <= head else {
            throw CheckpointFailure("the log has \(head) events, the checkpoint \(signed.size): events were removed")
        }
        let position = try self.position ?? entry(in: store.log)
        guard (1...signed.size).contains(position) else {
            throw RuleViolation("position", "\(position) is not in the checkpoint's tree of \(signed.size) events")
        }
        let receipt = try store.log.receipt(position: position, checkpoint: signed)
        try emit(receipt.encoded, to: output, output: global.output, done: "wrote a receipt for event \(position)")
    }

    /// The position of the input's or registration's event.
    private func entry(in log: any EventLog) throws -> Int64 {
        var found: Int64?
        try log.scan { stored in
            guard found == nil,
                stored.type == InputCollected.typeName || stored.type == RegistrationReceived.typeName
            else { return }
            let event = try ProgrammeStore.decode(stored)
            if case .inputCollected(let collected) = event, collected.input == input { found = stored.position }
            if case .registrationReceived(let received) = event, received.registration == registration {
                found = stored.position
            }
        }
        guard let found else {
            throw RuleViolation(
                input != nil ? "input" : "registration",
                "\(input.map(\.description) ?? registration.map(\.description) ?? "") is not in the log")
        }
        return found
    }
}

struct AuditCheckReceipt: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-receipt",
        abstract: "Check a receipt (C2SP tlog-proof from `audit receipt`) offline, with the log's verifier key.",
        discussion: """
            Checks that the checkpoint in it is signed by the trusted key of its log, \
            that the event it carries is at the position it names, and that the \
            inclusion proof leads from the event's leaf hash to the checkpoint's root. \
            With --witness KEY (repeatable) the checkpoint must also carry the \
            cosignatures of --quorum K of those witnesses (default: all). Exits 74 when \
            one does not hold.

            Example:  programctl audit check-receipt I3.tlog-proof \\
                        --trust client-en-…+1a2b3c4d+AX…
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The receipt file.")
    var receipt: String

    @Option(help: ArgumentHelp("The log's verifier key (repeatable).", valueName: "key"))
    var trust: [String] = []

    @OptionGroup var witnesses: WitnessRequirement

    func execute() throws {
        let proof = try readTransparencyFile(receipt, option: "receipt", as: LogReceipt.init(encoded:))
        let event = try proof.verify(trusting: try trustedKeys(trust))
        let cosigned = try witnesses.check(.note(proof.checkpoint))
        global.output.print(
            "ok  event \(event.position) (\(event.type), recorded \(event.recordedAt)) is in the log of"
                + " \(proof.checkpoint.size) events signed by \(CheckpointFile.note(proof.checkpoint).signer)\(cosigned)"
        )
    }
}
