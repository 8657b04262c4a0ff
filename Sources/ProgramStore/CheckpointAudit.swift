import EventStore
import Foundation
import PayloadDecoding
import Projections

/// The store's saved projection (its checkpoint) held against the log: a fold from position 1
/// must give exactly the same projection. Readers trust a checkpoint only when it is
/// authenticated (``EventStore/savedStateCheck(named:)``); this proves it, key or no key.
public struct CheckpointAudit: Sendable {
    /// Where the checkpoint stands.
    public var position: Int64
    /// `nil` when it is authenticated with the store's checkpoint key; else why it is not.
    public var unauthenticated: String?
    /// `nil` when it follows from the log, or no reader of this version would use it; else what differs.
    public var difference: String?
    /// Why no reader of this version uses it (another version, or it no longer fits the log), if so.
    public var ignored: String?

    /// Audits the checkpoint of `log`; `nil` when none is saved.
    public static func audit(_ log: EventStore, progress: ((Int64) -> Void)? = nil) throws -> CheckpointAudit? {
        let (saved, unauthenticated): (SavedState, String?)
        switch try log.savedStateCheck(named: Projector.checkpointName) {
        case .none: return nil
        case .authentic(let state): (saved, unauthenticated) = (state, nil)
        case .unauthenticated(let state, let reason): (saved, unauthenticated) = (state, reason)
        }
        var audit = CheckpointAudit(position: saved.position, unauthenticated: unauthenticated)
        guard saved.version == ProgrammeProjection.version else {
            audit.ignored = "it was saved by another version (\(saved.version)) of the projection"
            return audit
        }
        guard saved.position <= (try log.head().position), try log.chainHash(at: saved.position) == saved.chainHash
        else {
            audit.ignored = "its position and chain hash do not fit the log"
            return audit
        }
        guard let stored = try? PayloadDecoder().decode(ProgrammeProjection.self, from: saved.state) else {
            audit.difference = "its bytes cannot be read as a projection"
            return audit
        }
        let folded = try Projector.fold(from: log, through: saved.position, progress: progress)
        audit.difference = Self.difference(stored, folded)
        return audit
    }

    /// The parts in which a saved projection differs from the fold, named; `nil` when equal.
    private static func difference(_ saved: ProgrammeProjection, _ folded: ProgrammeProjection) -> String? {
        guard saved != folded else { return nil }
        var parts: [String] = []
        let stateParts = zip(Mirror(reflecting: saved.state).children, Mirror(reflecting: folded.state).children)
        for (mine, theirs) in stateParts
        where (mine.value as? AnyHashable) != (theirs.value as? AnyHashable) {
            parts.append(mine.label ?? "state")
        }
        if saved.timeline != folded.timeline { parts.append("timeline") }
        if saved.headHash != folded.headHash || saved.lastRecordedAt != folded.lastRecordedAt {
            parts.append("head")
        }
        if saved.applied != folded.applied || saved.happenedBy != folded.happenedBy { parts.append("applied events") }
        return "it differs from a fold of the log in: "
            + (parts.isEmpty ? "its bookkeeping" : parts.joined(separator: ", "))
    }
}
