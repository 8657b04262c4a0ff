import ArgumentParser
import EventStore

/// `--witness KEY` (repeatable) and `--quorum K`: the witnesses whose cosignatures a checkpoint
/// must carry, k of n, for an auditor's check to accept it.
struct WitnessRequirement: ParsableArguments {
    @Option(
        name: .customLong("witness"),
        help: ArgumentHelp(
            "A witness's verifier key (repeatable; from `programwitness keygen`): the checkpoint must carry its cosignature, or --quorum of them.",
            valueName: "key"))
    var witnesses: [String] = []

    @Option(help: ArgumentHelp("How many of the --witness keys must have cosigned (default: all).", valueName: "k"))
    var quorum: Int?

    /// The quorum asked for; nil when no witness is given.
    func required() throws -> WitnessQuorum? {
        guard !witnesses.isEmpty else {
            if quorum != nil { throw UsageError("--quorum: give the witnesses' keys with --witness") }
            return nil
        }
        do {
            return try WitnessQuorum(witnesses: witnesses.map(NoteVerifierKey.init(encoded:)), quorum: quorum)
        } catch let error as CheckpointError {
            throw UsageError("--witness: \(error)")
        }
    }

    /// Checks that the checkpoint carries the cosignatures required; returns how the output says
    /// so ("" when none are required). A short quorum is a ``TransparencyFailure`` (exit 74).
    func check(_ checkpoint: CheckpointFile) throws -> String {
        guard let required = try required() else { return "" }
        guard case .note(let note) = checkpoint else {
            throw TransparencyFailure(
                "a checkpoint of the first format (event-log-checkpoint v1) carries no cosignatures: the witnesses"
                    + " cosign C2SP checkpoints")
        }
        let cosigners = try required.check(note)
        return ", cosigned by \(cosigners.map(\.name).joined(separator: ", "))"
            + " (\(cosigners.count) of \(required.witnesses.count), \(required.quorum) required)"
    }
}
