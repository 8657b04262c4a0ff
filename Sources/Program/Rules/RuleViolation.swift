/// Why a command was refused: the field at fault and the rule it breaks.
///
/// `field` names the command's input (`date`, `present`, …), so an interface can point at it:
/// the CLI prints `--date`, a CSV import prints the column.
public struct RuleViolation: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var rule: String

    public init(_ field: String, _ rule: String) {
        self.field = field
        self.rule = rule
    }

    public var description: String { "\(field): \(rule)" }
}
