import EventStore
import Program
import ProgramStore
import Projections

extension Projector {
    /// The projection through `last` (default: the head), from the store's saved projection when
    /// it fits (``build(_:from:through:progress:)``).
    ///
    /// With `happenedBy`, only the facts that happened by the end of that day are applied
    /// (``ProgrammeProjection/happenedBy``); such a view always folds from position 1.
    public static func build(
        from log: some EventLog, through last: Int64? = nil, happenedBy: Day? = nil,
        progress: ((Int64) -> Void)? = nil
    ) throws -> ProgrammeProjection {
        guard let happenedBy else {
            return try build(ProgrammeProjection.self, from: log, through: last, progress: progress)
        }
        var projection = ProgrammeProjection(happenedBy: happenedBy)
        try catchUp(&projection, from: log, through: last, progress: progress)
        return projection
    }
}
