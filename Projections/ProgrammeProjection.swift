import Foundation
import Program

/// The fold behind every read model: the programme's state, the log position it reached, and
/// the timeline of notable events.
///
/// It reads the log by two clocks. ``position`` is how far the log was read — what had been
/// *recorded*; ``happenedBy``, when set, leaves out the facts that happened after that day —
/// what had *happened* (``ProgramEvent/occurredOn``). Facts recorded late about an earlier day
/// are therefore in every view of that day read far enough.
///
/// `apply` is pure bookkeeping over events; the read models (``FrameworkView``, ``PillarsView``, …)
/// are computed from it, and their words when they are read: it holds state, never text. Saved
/// as the store's `programme-projection` checkpoint, which programd starts from; its ``version``
/// names its shape: a checkpoint saved by another version is discarded and the projection rebuilt.
public struct ProgrammeProjection: ProgrammeFold, Hashable {
    public static let checkpointName = "programme-projection"
    /// 1000 × the state's version, plus the projection's own — bumped whenever this `apply` or the
    /// stored shape changes (4: the timeline keeps events, not sentences).
    public static let version = ProgrammeState.version * 1000 + 4

    public var state = ProgrammeState()
    /// The last position read (0: none): the recorded clock.
    public var position: Int64 = 0
    /// The chain hash at ``position``, hex.
    public var headHash = String(repeating: "0", count: 64)
    /// When the event at ``position`` was recorded.
    public var lastRecordedAt = Instant(secondsSince1970: 0)
    /// The business clock: only facts that happened by the end of this day are applied; `nil`
    /// applies every event read.
    public private(set) var happenedBy: Day?
    /// How many events were applied: those read less those that happened after ``happenedBy``.
    public var applied: Int64 = 0
    /// Notable events, oldest first.
    public var timeline: [TimelineEntry] = []

    /// An empty projection of every fact.
    public init() {}

    /// An empty projection that keeps only the facts of `happenedBy` and before (every fact when `nil`).
    public init(happenedBy: Day?) { self.happenedBy = happenedBy }

    /// The day the projection speaks of: ``happenedBy`` when set, else the day (in the
    /// Netherlands) its last event was recorded. Reports built from the same position and day
    /// therefore say the same things, whenever they are built.
    public var asOfDay: Day { happenedBy ?? lastRecordedAt.dayInNetherlands }

    /// Reads the event stored at `position`, applying it unless it happened after ``happenedBy``.
    /// The caller sets ``headHash`` once it has applied a batch (hex formatting per event would
    /// cost more than the fold).
    public mutating func apply(_ event: ProgramEvent, position: Int64, recordedAt: Instant) {
        self.position = position
        lastRecordedAt = recordedAt
        if let happenedBy, let day = event.occurredOn, day > happenedBy { return }
        state.apply(event, at: position)
        applied += 1
        if let entry = TimelineEntry(event, position: position) { timeline.append(entry) }
    }
}
