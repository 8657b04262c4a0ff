import Program

/// What ``ProgrammeStore/importRows(_:actor:name:requestID:)`` did: every row's outcome.
public struct ImportResult: Sendable {
    /// Each row's number and outcome, in the file's order; empty when a retried request id found
    /// the import already recorded.
    public var rows: [(number: Int, outcome: ImportOutcome)]
    /// The events recorded (or, for a retried request id, recorded by the first attempt).
    public var events: [RecordedEvent]
    /// `true` when a retried request id found its events already recorded: nothing was written.
    public var wasAlreadyRecorded: Bool
    /// What followed the commit and did not get done; the rows are recorded all the same.
    public var pending: [FollowUp] = []

    /// How many rows were recorded.
    public var added: Int { rows.count { if case .added = $0.outcome { true } else { false } } }
    /// How many rows were in the log already, and skipped.
    public var alreadyRecorded: Int {
        rows.count { if case .alreadyRecorded = $0.outcome { true } else { false } }
    }
    /// The rows refused, with the rule (none in a result that was recorded).
    public var refused: [(number: Int, violation: RuleViolation)] {
        rows.compactMap { row in
            if case .refused(let violation) = row.outcome { (row.number, violation) } else { nil }
        }
    }
}
