import EventStore
import Program
import ProgramStore

/// A command that records: ``command()`` turns its options into the programme's command, which
/// ``execute()`` records through the rules — under the command's path (``commandPath``, e.g.
/// `decision record`) as the command kept with the events — and reports as every write does.
protocol RecordingCommand: ProgrammeCommand {
    /// How the store is opened: an existing store (the default), or `.create` for `init`.
    static var storeMode: EventStore.Mode { get }

    /// The programme's command to record.
    func command() throws -> Command
}

extension RecordingCommand {
    static var storeMode: EventStore.Mode { .readWrite }

    func execute() throws {
        let command = try command()
        try global.record(command, name: Self.commandPath, in: global.store(Self.storeMode))
    }
}
