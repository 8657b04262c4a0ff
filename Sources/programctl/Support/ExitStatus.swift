import ArgumentParser

/// The exit codes of programctl (from sysexits.h, as argument-parser uses for usage errors).
enum ExitStatus: Int32, CaseIterable {
    /// 0: done.
    case success = 0
    /// 3: recorded, but work that follows the commit is still pending (e.g. `privacy purge`).
    case followUpPending = 3
    /// 64: the command line is wrong (unknown option, missing value, bad format).
    case usage = 64
    /// 65: a rule of the programme refused the input; nothing was recorded.
    case ruleViolation = 65
    /// 66: there is no programme store at the path (or PostgreSQL server or log at the URL).
    case noStore = 66
    /// 69: not now (the database server is out of reach) or not with this version (a report of
    /// another layout).
    case unavailable = 69
    /// 70: a defect in programctl itself.
    case internalError = 70
    /// 74: the store is damaged, foreign, of a newer version, unreadable as it is, or fails verification.
    case damagedStore = 74
    /// 75: another writer got in the way (busy, or a concurrency conflict); try again.
    case conflict = 75
    /// 76: fewer witnesses cosigned a checkpoint than the quorum asks (`audit checkpoint --witness`).
    case witnessShortfall = 76

    var code: ExitCode { ExitCode(rawValue) }

    /// The table for help texts.
    static let table = """
        Exit codes:
          0   success
          3   recorded, but follow-up work is pending: the events are in the log
              (do not record them again); the warning says what is left, e.g.
              run `programctl privacy purge` once no reader holds the store
          64  usage error: unknown option, missing or malformed value
          65  rule violation: the programme's rules refused the input;
              nothing was recorded
          66  no programme store at the path (run `programctl init`), no log in
              the database at the URL, or the server refused the role
          69  not now or not with this version: the PostgreSQL server cannot be
              reached (try again), or e.g. reproducing a report published with
              another report layout (the message names the layout)
          70  internal error in programctl
          74  damaged or foreign store, newer schema, a copy unreadable as it is,
              or failed verification
          75  conflict: another writer held the store or changed it first; try again
          76  witnesses: fewer cosigned the checkpoint than --quorum asks (each
              refusal is named, e.g. a fork); nothing was written
        """
}
