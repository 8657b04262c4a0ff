import ArgumentParser

extension ParsableCommand {
    /// The command as people type it after `programctl`, e.g. `decision record`: found in the
    /// command tree, so that the name kept with what a command records is never typed twice.
    static var commandPath: String {
        Programctl.path(to: Self.self, under: Programctl.self)?.joined(separator: " ") ?? _commandName
    }
}

extension Programctl {
    /// The names from `command` down to `target`, `nil` when `target` is not below it.
    fileprivate static func path(to target: any ParsableCommand.Type, under command: any ParsableCommand.Type)
        -> [String]?
    {
        for subcommand in command.configuration.subcommands {
            if subcommand == target { return [subcommand._commandName] }
            if let rest = path(to: target, under: subcommand) { return [subcommand._commandName] + rest }
        }
        return nil
    }
}
