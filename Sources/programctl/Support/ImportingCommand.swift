import Program

/// A command that imports a CSV file, repeatably: ``command(_:)`` turns each row into the
/// programme's command, and ``execute()`` records the new rows — all or none — under the
/// command's path (``commandPath``, e.g. `input import`) and reports how the import went.
protocol ImportingCommand: ProgrammeCommand {
    /// The columns the file must have.
    static var requiredColumns: [String] { get }

    /// The CSV file's path.
    var file: String { get }

    /// The programme's command a row stands for.
    func command(_ row: CSVFile.Row) throws(RuleViolation) -> Command
}

extension ImportingCommand {
    func execute() throws {
        try CSVFile(path: file, required: Self.requiredColumns).importRows(into: global, name: Self.commandPath) {
            row throws(RuleViolation) in try command(row)
        }
    }
}
