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
            "For auditors: verify the log, sign and check checkpoints, prove events and consistency, give receipts, export, tiles, replay, reproduce reports.",
        discussion: "Step by step: docs/auditing.md.",
        subcommands: [
            AuditVerify.self, AuditKeygen.self, AuditCheckpoint.self, AuditConsistency.self,
            AuditCheckConsistency.self, AuditProve.self, AuditCheckProof.self, AuditReceipt.self,
            AuditCheckReceipt.self, AuditExport.self, AuditTiles.self, AuditCheckTiles.self, AuditReplay.self,
            AuditReproduce.self,
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
            when every hash in the file was recomputed. The checkpoint's signature is \
            checked with --trust KEY: the log's verifier key, as handed to you (a \
            checkpoint of the first format, event-log-checkpoint v1, is also checked \
            with its 64-hex-digit public key, or with the key written in it). With \
            --witness KEY (repeatable) the checkpoint must also carry the cosignatures \
            of --quorum K of those witnesses (default: all); one short of its quorum \
            exits 74 and names the witnesses missing.

            Example:  programctl audit verify --db zl.sqlite \\
                        --checkpoint 2025-01.checkpoint --trust client-en-…+1a2b3c4d+AX…
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "A checkpoint file kept from before.")
    var checkpoint: String?

    @Option(help: ArgumentHelp("A key the checkpoint may be signed with (repeatable); see above.", valueName: "key"))
    var trust: [String] = []

    @OptionGroup var witnesses: WitnessRequirement

    func execute() throws {
        let store = try global.store(.readOnly)
        let progress = Progress("verifying", total: try store.log.head().position)
        let report = try store.log.verify(against: nil, progress: progress.update)
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
            let saved = try readCheckpoint(file: checkpoint, option: "--checkpoint")
            try saved.verify(trusting: try trustedKeys(trust))
            let cosigned = try witnesses.check(saved)
            let check = try store.log.verify(extending: saved)
            if let problem = check.problem { throw CheckpointFailure(problem) }
            lines.append(
                "ok  extends the checkpoint of \(saved.size) events signed by \(saved.signer)\(cosigned) (consistency proof of \(hashCount(check.proof.count)))"
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

struct AuditKeygen: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract:
            "Create the Ed25519 key that signs the log's checkpoints (kept by the secretary), and print its verifier key.",
        discussion: """
            The key is named after the log's origin, the first line of every checkpoint \
            it signs: --origin, else the programme's name in lower case with '-' for \
            spaces and accents dropped. An origin is a C2SP note key name — no spaces, \
            no '+' — best a domain and path of the programme's own, e.g. \
            participatie.example.nl/log. Give the printed verifier key \
            (origin+keyid+key) to the auditors, on paper or another channel than the \
            checkpoints.

            Example:  programctl audit keygen -o secretariaat.key \\
                        --origin participatie.example.nl/log
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The log's origin (default: from the programme's name).")
    var origin: String?

    @Option(name: .shortAndLong, help: "The key file to create (readable by its owner only).")
    var output: String

    func execute() throws {
        let name = try origin ?? derivedOrigin(programmeName: programmeName())
        guard NoteVerifierKey.isValidName(name) else {
            throw UsageError(
                "--origin: '\(name)' is not a valid origin: a note key name has no spaces, no '+' and is not empty"
                    + " (e.g. participatie.example.nl/log)")
        }
        let key = try NoteSigningKey.generate(name: name)
        guard
            FileManager.default.createFile(
                atPath: output, contents: Data(key.encoded.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw UsageError("-o: cannot create \(output)")
        }
        global.output.print("verifier key of \(name): \(key.verifierKey.encoded)")
    }

    /// The programme's name, from the store.
    private func programmeName() throws -> String {
        do {
            return try global.store(.readOnly).currentState().state.definition?.name ?? ""
        } catch EventStoreError.notFound {
            throw UsageError(
                "--origin: give the log's origin, or --db the programme's store to take it from its name"
                    + " (there is no store at \(global.shownPath))")
        }
    }
}

struct AuditCheckpoint: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract:
            "Sign a checkpoint of the log as it is now (C2SP tlog-checkpoint): its size and Merkle root, with the secretary's key.",
        discussion: """
            The checkpoint's origin is the key's name (audit keygen --origin). Keep it \
            outside the store (send it to the auditors, archive it). Later, \
            `programctl audit verify --checkpoint FILE` proves the log still extends \
            it, and `audit check-consistency` that two checkpoints agree. With \
            --publish it is also kept in the store (append-only), and programd serves \
            the latest published one as /checkpoint, beside the log's tiles.

            With --witness URL=KEY (repeatable) each witness (`programwitness serve`) \
            is asked to cosign the checkpoint (C2SP tlog-witness): it checks that the \
            log grew from the last checkpoint it cosigned, with a consistency proof \
            from the store. Their cosignatures are added to the checkpoint. When fewer \
            than --quorum K (default: all) cosign — a witness refused, e.g. a fork, or \
            did not answer — nothing is written, each refusal is named, and the exit \
            status is 76.

            Example:  programctl audit checkpoint --key secretariaat.key \\
                        -o 2025-01.checkpoint --publish
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The signing key file (from `audit keygen`).")
    var key: String

    @Option(name: .shortAndLong, help: "Write the checkpoint to this file (default: standard output).")
    var output: String?

    @Flag(help: "Also publish it in the store, where programd serves it as /checkpoint with the log's tiles.")
    var publish = false

    @OptionGroup var witnesses: CosigningWitnesses

    func execute() throws {
        let signing = try readTransparencyFile(key, option: "--key", as: NoteSigningKey.init(encoded:))
        let store = try global.store(publish ? .readWrite : .readOnly)
        let checkpoint = try witnesses.cosign(store.log.checkpoint(key: signing), log: store.log)
        if publish { try store.log.publish(checkpoint) }
        try emit(
            checkpoint.encoded, to: output, output: global.output,
            done:
                "signed \(publish ? "and published " : "")a checkpoint of \(checkpoint.size) events\(CosigningWitnesses.cosigners(of: checkpoint))"
        )
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
              programctl audit check-proof proof.json --checkpoint 2025-01.checkpoint \\
                --trust KEY
              python3 docs/verify/verify_log.py --proof proof.json \\
                --checkpoint 2025-01.checkpoint --trust KEY
            For a person's own input or registration, `audit receipt` gives the same
            proof as a C2SP tlog-proof.

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
            let saved = try readCheckpoint(file: checkpoint, option: "--checkpoint")
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
        writeOut(data + Data("\n".utf8))
    }
}

struct AuditCheckProof: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-proof",
        abstract: "Check an inclusion proof (from `audit prove`) against a checkpoint, without the log.",
        discussion: """
            Example:  programctl audit check-proof proof.json \\
                        --checkpoint 2025-01.checkpoint --trust client-en-…+1a2b3c4d+AX…
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The proof file.")
    var proof: String

    @Option(help: "The checkpoint file the proof should lead to.")
    var checkpoint: String

    @Option(
        help: ArgumentHelp(
            "The log's verifier key (repeatable), as for `audit verify --trust`.", valueName: "key"))
    var trust: [String] = []

    func execute() throws {
        let saved = try readCheckpoint(file: checkpoint, option: "--checkpoint")
        let proven = try JSONDecoder().decode(
            ProvenEvent.self, from: Data(try readText(file: proof, option: "proof").utf8))
        try saved.verify(trusting: try trustedKeys(trust))
        var problems: [String] = []
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
