/// A fold of the programme's log that a store catches up and saves as a checkpoint: the write
/// path's state, and the projection every read model is computed from.
///
/// What it saves is state — facts and counts as the events gave them — never text made for
/// people: rendering happens when read, so a checkpoint cannot make a report differ from a fold
/// of the log.
public protocol ProgrammeFold: Sendable, Codable, Equatable {
    /// The name its checkpoint is saved under.
    static var checkpointName: String { get }
    /// Names what ``apply(_:position:recordedAt:)`` keeps and how it is stored: a checkpoint
    /// saved by another version is ignored and the log folded again. It includes
    /// ``ProgrammeState/version`` when the fold holds a state.
    static var version: Int { get }
    /// An empty fold: nothing read.
    init()
    /// The last position read (0: none).
    var position: Int64 { get }
    /// The chain hash at ``position``, hex; set by whoever reads the log, once per batch.
    var headHash: String { get set }
    /// Reads the event stored at `position`, recorded at `recordedAt`.
    mutating func apply(_ event: ProgramEvent, position: Int64, recordedAt: Instant)
}
