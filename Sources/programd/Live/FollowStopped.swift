import EventStore
import ProgramStore

/// Why programd stopped following the log: a new event it cannot serve. Its description is the
/// one line programd prints before it exits: the position, what failed and what to do.
enum FollowStopped: Error, CustomStringConvertible {
    /// A new event breaks the hash chain or the log's other rules.
    case failsVerification(VerificationFailure)
    /// A new event this version cannot read (an unknown type, a payload it cannot decode).
    case unreadable(UnreadableEvent)
    /// The store could not be read.
    case storeFailed(any Error)

    var description: String {
        switch self {
        case .failsVerification(let failure):
            "stopped following the log: it fails verification at \(failure); the file was changed outside "
                + "programctl: check it with `programctl audit verify` and restore it from a backup before "
                + "starting programd again"
        case .unreadable(let unreadable):
            "stopped following the log: \(unreadable); start a programd that knows this event, or, "
                + "if the event should not be there, check the log with `programctl audit verify`"
        case .storeFailed(let error):
            "stopped following the log: \(error); check the store, then start programd again"
        }
    }
}
