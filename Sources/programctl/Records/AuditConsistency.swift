import ArgumentParser
import EventStore
import Foundation

struct AuditConsistency: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "consistency",
        abstract:
            "Prove that the log of one checkpoint is a prefix of another's: an RFC 9162 consistency proof, checkable without the log.",
        discussion: """
            OLD and NEW are checkpoint files (each must match the log: its first SIZE \
            events have the checkpoint's root) or tree sizes. Writes the proof \
            (event-log-consistency v1, docs/event-log-format.md); anyone holding the \
            two checkpoints checks it without the log:
              programctl audit check-consistency OLD NEW PROOF --trust KEY
              python3 docs/verify/verify_log.py --consistency OLD NEW PROOF --trust KEY

            Example:  programctl audit consistency 2025-Q1.checkpoint \\
                        2025-Q2.checkpoint -o Q1-Q2.consistency
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The older checkpoint file, or a tree size.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The newer checkpoint file, or a tree size.", valueName: "new"))
    var new: String

    @Option(name: .shortAndLong, help: "Write the proof to this file (default: standard output).")
    var output: String?

    func execute() throws {
        let store = try global.store(.readOnly)
        let head = try store.log.head().position
        let (oldSize, oldCheckpoint) = try tree(old, argument: "old", head: head)
        let (newSize, newCheckpoint) = try tree(new, argument: "new", head: head)
        guard oldSize <= newSize else {
            throw UsageError("old: \(oldSize) events is more than new (\(newSize)): give the older one first")
        }
        let proof = try store.log.consistencyProof(from: oldSize, to: newSize)
        for (checkpoint, root, argument) in [(oldCheckpoint, proof.oldRoot, old), (newCheckpoint, proof.newRoot, new)] {
            if let checkpoint, checkpoint.root != root {
                throw CheckpointFailure(
                    "the log's first \(checkpoint.size) events are not the ones \(argument) signed: history was rewritten"
                )
            }
        }
        try emit(
            proof.encoded, to: output, output: global.output,
            done: "wrote the consistency proof from \(oldSize) to \(newSize) events (\(hashCount(proof.hashes.count)))")
    }

    /// A tree size, or a checkpoint file and its size; the log must have that many events.
    private func tree(_ text: String, argument: String, head: Int64) throws -> (Int64, CheckpointFile?) {
        var checkpoint: CheckpointFile?
        let size: Int64
        if !text.isEmpty, text.allSatisfy(\.isASCII), let number = Int64(text), number >= 0 {
            size = number
        } else {
            let file = try readCheckpoint(file: text, option: argument)
            (size, checkpoint) = (file.size, file)
        }
        guard size <= head else {
            throw checkpoint == nil
                ? UsageError("\(argument): the log has \(head) events, not \(size)")
                : CheckpointFailure("the log has \(head) events, \(text) \(size): events were removed")
        }
        return (size, checkpoint)
    }
}

struct AuditCheckConsistency: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-consistency",
        abstract:
            "Check that two checkpoints describe one log that only grew, without the log; a fork is refused (74).",
        discussion: """
            Checks each checkpoint's signature with --trust (the log's verifier key), \
            then that the smaller is a prefix of the larger with the consistency proof \
            from `audit consistency`. Two checkpoints of one size need no proof: they \
            must have one root. A fork — one size with two roots, or a proof that does \
            not reconcile the two — exits 74 and says so. With --witness KEY \
            (repeatable) each checkpoint must also carry the cosignatures of --quorum K \
            of those witnesses (default: all); one short of its quorum exits 74.

            Example:  programctl audit check-consistency 2025-Q1.checkpoint \\
                        2025-Q2.checkpoint Q1-Q2.consistency \\
                        --trust client-en-…+1a2b3c4d+AX…
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The older checkpoint file.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The newer checkpoint file.", valueName: "new"))
    var new: String

    @Argument(
        help: ArgumentHelp("The consistency proof (not needed for two checkpoints of one size).", valueName: "proof"))
    var proof: String?

    @Option(
        help: ArgumentHelp("The log's verifier key (repeatable), as for `audit verify --trust`.", valueName: "key"))
    var trust: [String] = []

    @OptionGroup var witnesses: WitnessRequirement

    func execute() throws {
        let keys = try trustedKeys(trust)
        let first = try readCheckpoint(file: old, option: "old")
        let second = try readCheckpoint(file: new, option: "new")
        let consistency = try proof.map {
            try readTransparencyFile($0, option: "proof", as: ConsistencyProof.init(encoded:))
        }
        try first.verify(trusting: keys)
        try second.verify(trusting: keys)
        _ = try witnesses.check(first)
        let cosigned = try witnesses.check(second)
        try ConsistencyProof.check(first, second, proof: consistency)
        let (small, large) = first.size <= second.size ? (first, second) : (second, first)
        global.output.print(
            small.size == large.size
                ? "ok  both checkpoints are of \(large.size) events with one root, signed by \(large.signer)\(cosigned): no fork"
                : "ok  the log of \(large.size) events extends the log of \(small.size), signed by \(large.signer)\(cosigned)"
                    + " (consistency proof of \(hashCount(consistency?.hashes.count ?? 0)))")
    }
}
