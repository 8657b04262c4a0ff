import ArgumentParser

/// Lets the global options (``GlobalOptions``) come before the subcommand as well as after it:
/// `programctl --db zl.sqlite --json member list` is read as `programctl member list --db zl.sqlite --json`.
enum GlobalOptionPlacement {
    /// The global options that take a value (`--db X` or `--db=X`).
    static let valued: Set<String> = ["--db", "--as", "--request-id", "--lang"]
    /// The global flags.
    static let flags: Set<String> = ["--json"]

    /// `arguments` with the global options found before or between the subcommand names moved to
    /// right after the full subcommand path, where the command's own options are.
    ///
    /// Only behind a subcommand's name: without one (`--help`, `help`, `--version`, a mistake)
    /// the arguments are left as given for argument-parser to explain. Scanning stops at the
    /// first argument that is neither a subcommand's name nor a global option, so a `--` and
    /// everything after it stay where they are.
    static func placed(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
        var command = root
        var path: [String] = []
        var moved: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if let subcommand = command.configuration.subcommands.first(where: {
                $0._commandName == argument || $0.configuration.aliases.contains(argument)
            }) {
                command = subcommand
                path.append(argument)
                index += 1
                continue
            }
            if flags.contains(argument)
                || valued.contains(String(argument.prefix { $0 != "=" })) && argument.contains("=")
            {
                moved.append(argument)
                index += 1
            } else if valued.contains(argument) && index + 1 < arguments.endIndex {
                moved += arguments[index...index + 1]
                index += 2
            } else {
                break
            }
        }
        guard !moved.isEmpty, !path.isEmpty else { return arguments }
        return path + moved + arguments[index...]
    }
}
