import Program

/// What became of one row of an import.
public enum ImportOutcome: Sendable {
    /// New: recorded as these events.
    case added([RecordedEvent])
    /// Already in the log as the registration or input named (e.g. `R12`, `I5`): skipped.
    case alreadyRecorded(String)
    /// Refused by a rule: the import records nothing.
    case refused(RuleViolation)
}
