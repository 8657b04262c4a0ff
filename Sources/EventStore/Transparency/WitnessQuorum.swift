import Foundation

/// The witnesses a verifier requires of a checkpoint: their cosignature keys, and how many of
/// them (k of n) must have cosigned it.
///
/// A witness cosigns a checkpoint only once it has checked that the log grew from the last one it
/// cosigned (c2sp.org/tlog-witness), so a checkpoint cosigned by a quorum of independent
/// witnesses is one that the log cannot have shown differently to others without one of them
/// noticing.
public struct WitnessQuorum: Sendable, Hashable {
    /// The witnesses' verifier keys (signature type 0x04).
    public let witnesses: [NoteVerifierKey]
    /// How many of them must have cosigned.
    public let quorum: Int

    /// Requires `quorum` (by default all) of `witnesses`; throws ``CheckpointError`` when a key is
    /// not a witness's, two have one name, or the quorum is not between 1 and their number.
    public init(witnesses: [NoteVerifierKey], quorum: Int? = nil) throws {
        if let key = witnesses.first(where: { $0.type != .cosignature }) {
            throw CheckpointError(
                "the key \(key.name)+\(key.keyIDHex) is \(key.type.described), not a witness's cosignature key"
                    + " (signature type 0x04, from `programwitness keygen`)")
        }
        guard Set(witnesses.map(\.name)).count == witnesses.count else {
            throw CheckpointError("each witness is given once: two keys have one name")
        }
        let quorum = quorum ?? witnesses.count
        guard (1...max(1, witnesses.count)).contains(quorum), !witnesses.isEmpty else {
            throw CheckpointError(
                "the quorum is at least 1 and at most the number of witnesses given (\(witnesses.count)), not \(quorum)"
            )
        }
        self.witnesses = witnesses
        self.quorum = quorum
    }

    /// The witnesses with a valid cosignature of the checkpoint, in the order given.
    public func cosigners(of checkpoint: LogCheckpoint) -> [NoteVerifierKey] {
        witnesses.filter { key in checkpoint.signatures.contains { key.isValid($0, of: checkpoint.body) } }
    }

    /// Checks that at least ``quorum`` of the witnesses cosigned the checkpoint; returns those
    /// that did. Throws ``TransparencyFailure`` naming the witnesses that did not (and any whose
    /// cosignature line is there but not valid) when fewer did. The log's own signature is the
    /// caller's to check.
    @discardableResult
    public func check(_ checkpoint: LogCheckpoint) throws -> [NoteVerifierKey] {
        let cosigned = cosigners(of: checkpoint)
        guard cosigned.count < quorum else { return cosigned }
        let missing = witnesses.filter { !cosigned.contains($0) }
        let invalid = missing.filter { key in checkpoint.signatures.contains(where: key.names) }
        throw TransparencyFailure(
            "the checkpoint of \(checkpoint.size) events is cosigned by \(cosigned.count) of the"
                + " \(witnesses.count) witnesses given, \(quorum) required: not by "
                + missing.map(\.name).joined(separator: ", ")
                + (invalid.isEmpty
                    ? ""
                    : " (the cosignature of \(invalid.map(\.name).joined(separator: ", ")) is there but not valid"
                        + " for this checkpoint)"))
    }
}
