import Program

/// One row of a file to import: its number in the file (the header is row 1) and the command it
/// asks for, or why it could not be read.
public struct ImportRow: Sendable {
    public var number: Int
    public var command: Result<Command, RuleViolation>

    public init(number: Int, command: Result<Command, RuleViolation>) {
        self.number = number
        self.command = command
    }
}
