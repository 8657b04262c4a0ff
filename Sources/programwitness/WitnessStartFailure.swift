import ArgumentParser

/// Why `programwitness serve` does not start, and its exit status.
enum WitnessStartFailure: Error, CustomStringConvertible {
    /// 64: an option's value is wrong (a key file, a --log, the port).
    case usage(String)
    /// 73: the state directory cannot be created or written, or another witness holds it.
    case state(String)
    /// 74: a file in the state directory is not what the witness wrote.
    case damaged(String)

    var description: String {
        switch self {
        case .usage(let message), .state(let message), .damaged(let message): message
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .usage: ExitCode(64)
        case .state: ExitCode(73)
        case .damaged: ExitCode(74)
        }
    }

    /// The table for help texts.
    static let table = """
        Exit codes:
          0   stopped (SIGINT or SIGTERM)
          64  usage error: unknown option, a key file or --log that is not one
          73  the state directory cannot be created or written, or another
              programwitness process holds it
          74  a file in the state directory is damaged: restore it from a backup
        """
}
