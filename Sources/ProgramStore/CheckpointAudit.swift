import EventStore
import Foundation
import PayloadDecoding
import Program

/// A saved checkpoint held against the log: a fold from position 1 must give exactly the same
/// fold. Readers trust a checkpoint only when it is authenticated
/// (``EventStore/savedStateCheck(named:)``); this proves it, key or no key.
public struct CheckpointAudit: Sendable {
    /// Where the checkpoint stands.
    public var position: Int64
    /// `nil` when it is authenticated with the store's checkpoint key; else why it is not.
    public var unauthenticated: String?
    /// `nil` when it follows from the log, or no reader of this version would use it; else what differs.
    public var difference: String?
    /// Why no reader of this version uses it (another version, or it no longer fits the log), if so.
    public var ignored: String?

    /// Audits the checkpoint of `Fold` in `log` — `what` names the fold in what it says, e.g.
    /// `projection`; `nil` when none is saved.
    public static func audit<Fold: ProgrammeFold>(
        _: Fold.Type, called what: String, in log: some EventLog, progress: ((Int64) -> Void)? = nil
    ) throws -> CheckpointAudit? {
        let (saved, unauthenticated): (SavedState, String?)
        switch try log.savedStateCheck(named: Fold.checkpointName) {
        case .none: return nil
        case .authentic(let state): (saved, unauthenticated) = (state, nil)
        case .unauthenticated(let state, let reason): (saved, unauthenticated) = (state, reason)
        }
        var audit = CheckpointAudit(position: saved.position, unauthenticated: unauthenticated)
        guard saved.version == Fold.version else {
            audit.ignored = "it was saved by another version (\(saved.version)) of the \(what)"
            return audit
        }
        guard saved.position <= (try log.head().position), try log.chainHash(at: saved.position) == saved.chainHash
        else {
            audit.ignored = "its position and chain hash do not fit the log"
            return audit
        }
        guard let stored = try? StateCoding.decode(Fold.self, from: saved.state) else {
            audit.difference = "its bytes cannot be read as a \(what)"
            return audit
        }
        let folded = try Projector.fold(Fold.self, from: log, through: saved.position, progress: progress)
        audit.difference = Self.difference(stored, folded)
        return audit
    }

    /// The parts in which a saved fold differs from the fold of the log, named — the state's by
    /// their names, the log's clocks as `head`; `nil` when equal.
    private static func difference<Fold: ProgrammeFold>(_ saved: Fold, _ folded: Fold) -> String? {
        guard saved != folded else { return nil }
        var parts: [String] = []
        func note(_ part: String) { if !parts.contains(part) { parts.append(part) } }
        for (mine, theirs) in zip(Mirror(reflecting: saved).children, Mirror(reflecting: folded).children)
        where (mine.value as? AnyHashable) != (theirs.value as? AnyHashable) {
            if let state = mine.value as? ProgrammeState, let other = theirs.value as? ProgrammeState {
                for (part, otherPart) in zip(Mirror(reflecting: state).children, Mirror(reflecting: other).children)
                where (part.value as? AnyHashable) != (otherPart.value as? AnyHashable) {
                    note(part.label ?? "state")
                }
            } else {
                note(Self.parts[mine.label ?? ""] ?? mine.label ?? "its bookkeeping")
            }
        }
        return "it differs from a fold of the log in: "
            + (parts.isEmpty ? "its bookkeeping" : parts.joined(separator: ", "))
    }

    /// How the parts of a fold that are not its state are named.
    private static let parts = [
        "position": "head", "headHash": "head", "lastRecordedAt": "head", "applied": "applied events",
        "happenedBy": "applied events",
    ]
}
