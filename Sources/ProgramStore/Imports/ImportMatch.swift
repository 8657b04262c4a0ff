import Program

/// A row of an import held against what the log holds already.
enum ImportMatch {
    /// Not in the log: to record.
    case new
    /// In the log as this registration or input: nothing to record.
    case recorded(String)
    /// Cannot be recorded, e.g. a second registration of the same person.
    case refused(RuleViolation)
}
