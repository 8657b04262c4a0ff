import ArgumentParser

/// A command on the programme's store. It takes the options every command takes, does its work
/// in ``execute()``, and leaves reporting a failure to ``run()``: one clear message on standard
/// error (a JSON object with `--json`) and the failure's exit code (``ExitStatus``).
protocol ProgrammeCommand: ParsableCommand {
    /// The options every command takes.
    var global: GlobalOptions { get }

    /// Does the command's work; a failure it throws is reported by ``run()``.
    func execute() throws
}

extension ProgrammeCommand {
    func run() throws {
        do {
            try execute()
        } catch let reported as Reported {
            throw reported.status.code
        } catch {
            throw Failure(error, store: global.shownPath).report(json: global.json)
        }
    }
}
