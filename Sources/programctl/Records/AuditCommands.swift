import ArgumentParser
import EventStore
import Foundation
import Program
import ProgramStore
import Projections

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract:
            "For auditors: verify the log, sign and check checkpoints, prove events, export, replay, reproduce reports.",
        discussion: "Step by step: docs/auditing.md.",
        subcommands: [
            AuditVerify.self, AuditKeygen.self, AuditCheckpoint.self, AuditProve.self, AuditCheckProof.self,
            AuditExport.self, AuditReplay.self, AuditReproduce.self,
        ])
}

struct AuditVerify: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            "Verify the log: hashes, gapless positions and stream versions, every event readable; optionally that it extends a checkpoint.",
        discussion: """
            Also re-decides every event through the programme's rules (each must be what \
            the rules record from the events before it) and compares the saved state and \
            projection (checkpoints) with a fold of the log. Names the first failure and \
            exits 74 on any. It cannot tell who appended an event that follows the rules: \
            for that, keep signed checkpoints (audit checkpoint). With --checkpoint FILE it also \
            proves, with an RFC 6962 consistency proof, that the log today extends the one \
            the checkpoint signed — so a truncated or rewritten history is caught even \
            when every hash in the file was recomputed. Give --trust KEY (the signer's
            public key, as handed to you) to also require that key.

            Example:  programctl audit verify --db zl.sqlite \\
                        --checkpoint 2025-01.checkpoint --trust 8c1d…
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "A checkpoint file kept from before.")
    var checkpoint: String?

    @Option(help: ArgumentHelp("The public key (64 hex digits) the checkpoint must be signed with.", valueName: "key"))
    var trust: String?

    func execute() throws {
        let store = try global.store(.readOnly)
        let progress = Progress("verifying", total: try store.log.head().position)
        let report = try store.log.verify(progress: progress.update)
        progress.finish()
        if let failure = report.failure { throw failure }
        try store.log.scan { stored in _ = try ProgrammeStore.decode(stored) }
        let rules = Progress("re-deciding", total: report.head.position)
        let breach = try RuleAudit.check(store.log, progress: rules.update)
        rules.finish()
        if let breach { throw breach }
        var lines = [
            "ok  \(report.eventsChecked) events: gapless positions and stream versions, every hash, every event readable",
            "    head \(report.head.position) \(report.head.chainHash.hex)",
            "    merkle root \(try store.log.merkleRoot(size: report.head.position).hex)",
            "ok  every event follows the programme's rules: each is what the rules decide from the events before it",
        ]
        let checkpoints: [(fold: any ProgrammeFold.Type, called: String)] = [
            (RecordedState.self, "programme state"), (ProgrammeProjection.self, "projection"),
        ]
        for (fold, called) in checkpoints {
            guard let saved = try CheckpointAudit.audit(fold, called: called, in: store.log) else { continue }
            let trust =
                saved.unauthenticated.map { "not authenticated — \($0) — so no reader trusts it" }
                ?? "authenticated"
            if let difference = saved.difference {
                throw SavedProjectionFailure(
                    "the saved \(called) at position \(saved.position) does not follow from the log: \(difference) (\(trust))"
                )
            }
            lines.append(
                saved.ignored.map { "ok  the saved \(called) at position \(saved.position) is not used: \($0)" }
                    ?? "ok  the saved \(called) at position \(saved.position) equals a fold of the log (\(trust))")
        }
        if let checkpoint {
            let saved = try LogCheckpoint(text: try readText(file: checkpoint, option: "--checkpoint"))
            if let trust, trust.lowercased() != saved.publicKey.map({ String(format: "%02x", $0) }).joined() {
                throw CheckpointFailure("the checkpoint is signed with another key than the one you trust")
            }
            let check = try store.log.verify(extending: saved)
            if let problem = check.problem { throw CheckpointFailure(problem) }
            lines.append(
                "ok  extends the checkpoint of \(saved.size) events signed by \(saved.signer) (consistency proof of \(check.proof.count) hashes)"
            )
        }
        for line in lines { global.output.print(line) }
    }
}

/// A checkpoint the log does not live up to.
struct CheckpointFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A saved state or projection that does not follow from the log.
struct SavedProjectionFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

struct AuditKeygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create the Ed25519 key that signs checkpoints (kept by the secretary), and print its public key.",
        discussion: """
            Give the printed public key to the auditors, on paper or another channel than
            the checkpoints.

            Example:  programctl audit keygen --signer secretariaat -o secretariaat.key
            """)

    @Option(help: "Who signs, e.g. secretariaat.")
    var signer: String

    @Option(name: .shortAndLong, help: "The key file to create (readable by its owner only).")
    var output: String

    func run() throws {
        let key = SigningKey.generate(signer: signer)
        guard
            FileManager.default.createFile(
                atPath: output, contents: Data(key.text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            FileHandle.standardError.write(Data("error: cannot create \(output)\n".utf8))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        print("public key of \(signer): \(key.publicKeyHex)")
    }
}

struct AuditCheckpoint: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Sign a checkpoint of the log as it is now: its size and Merkle root, with the secretary's key.",
        discussion: """
            Keep the checkpoint outside the store (send it to the auditors, archive it).
            Later, `programctl audit verify --checkpoint FILE` proves the log still
            extends it.

            Example:  programctl audit checkpoint --key secretariaat.key \\
                        -o 2025-01.checkpoint
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The signing key file (from `audit keygen`).")
    var key: String

    @Option(name: .shortAndLong, help: "Write the checkpoint to this file (default: standard output).")
    var output: String?

    func execute() throws {
        let signing = try SigningKey(text: try readText(file: key, option: "--key"))
        let store = try global.store(.readOnly)
        let origin = try store.currentState().state.definition?.name ?? "event log"
        let text = try store.log.checkpoint(origin: origin, key: signing).text
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            global.output.print("signed a checkpoint of \(try store.log.head().position) events: \(output)")
        } else {
            global.output.print(text, terminator: "")
        }
    }
}

struct AuditProve: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "prove",
        abstract:
            "Prove that one event (e.g. a decision) is in the log: an inclusion proof, checkable against a checkpoint.",
        discussion: """
            Prints JSON: the event's stored fields (its payload in base64, exactly as
            hashed), its leaf hash, and the audit path to the root of the checkpoint's
            tree (or of the log now). Anyone holding the checkpoint can check it without
            the log:
              programctl audit check-proof proof.json --checkpoint 2025-01.checkpoint
              python3 docs/verify/verify_log.py --proof proof.json \\
                --checkpoint 2025-01.checkpoint

            Example:  programctl audit prove 42 \\
                        --checkpoint 2025-01.checkpoint > proof.json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The event's log position.")
    var position: Int64

    @Option(help: "Prove against this checkpoint's tree (default: the log now).")
    var checkpoint: String?

    func execute() throws {
        let store = try global.store(.readOnly)
        var size = try store.log.head().position
        if let checkpoint {
            let saved = try LogCheckpoint(text: try readText(file: checkpoint, option: "--checkpoint"))
            let check = try store.log.verify(extending: saved)
            if let problem = check.problem { throw CheckpointFailure(problem) }
            size = saved.size
        }
        guard (1...max(1, size)).contains(position), size > 0 else {
            throw RuleViolation("position", "\(position) is not in the tree of \(size) events")
        }
        let proof = try store.log.inclusionProof(position: position, treeSize: size)
        guard let event = try store.log.read(from: position, limit: 1).first else {
            throw RuleViolation("position", "\(position) is not in the log")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ProvenEvent(event: EventFields(event), proof: proof))
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

struct AuditCheckProof: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-proof",
        abstract: "Check an inclusion proof (from `audit prove`) against a checkpoint, without the log.",
        discussion: """
            Example:  programctl audit check-proof proof.json \\
                        --checkpoint 2025-01.checkpoint
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The proof file.")
    var proof: String

    @Option(help: "The checkpoint file the proof should lead to.")
    var checkpoint: String

    func execute() throws {
        let saved = try LogCheckpoint(text: try readText(file: checkpoint, option: "--checkpoint"))
        let proven = try JSONDecoder().decode(
            ProvenEvent.self, from: Data(try readText(file: proof, option: "proof").utf8))
        var problems: [String] = []
        if !saved.hasValidSignature { problems.append("the checkpoint's signature is not valid") }
        if proven.proof.root != saved.root || proven.proof.treeSize != saved.size {
            problems.append("the proof is for another tree than the checkpoint's")
        }
        if proven.event.recomputedLeafHash != proven.proof.leafHash {
            problems.append("the event's fields do not hash to the proven leaf")
        }
        if !proven.proof.isValid { problems.append("the audit path does not lead to the root") }
        if let problem = problems.first { throw CheckpointFailure(problem) }
        global.output.print(
            "ok  event \(proven.event.position) (\(proven.event.type)) is in the log of \(saved.size) events signed by \(saved.signer)"
        )
    }
}

/// An event with its inclusion proof, as `audit prove` prints it.
struct ProvenEvent: Codable {
    var event: EventFields
    var proof: InclusionProof
}
