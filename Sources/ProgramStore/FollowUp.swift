import Program

/// Work that follows a committed write and did not get done. The events are recorded all the
/// same: a follow-up never undoes or repeats them, it says what is still to do.
public enum FollowUp: Sendable {
    /// Subjects were forgotten and their keys destroyed in the log's current state, but the keys'
    /// old bytes remain in the store (SQLite's free pages or write-ahead log until the connections
    /// that still read from before the erasure let go; PostgreSQL's dead rows until the table is
    /// rewritten): `programctl privacy purge` finishes and confirms.
    case purgeDestroyedKeys(erasures: [Erasure], reason: String)
    /// A checkpoint due at `position` (the state's, or the projection's) was not saved: writers and
    /// readers fold a little further from the previous one until a later write saves it. Nothing
    /// needs doing.
    case saveCheckpoint(position: Int64, reason: String)

    /// A subject forgotten at a position of the log.
    public struct Erasure: Sendable {
        public var subject: SubjectID
        public var position: Int64
    }

    /// Whether someone has to act on it (`privacy purge`); otherwise it is a warning only.
    public var needsAction: Bool {
        if case .purgeDestroyedKeys = self { true } else { false }
    }
}
