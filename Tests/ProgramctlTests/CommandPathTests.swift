import ArgumentParser
import Testing

@testable import programctl

/// The name kept with what a command records is its path in the command tree: the names the log
/// already holds must stay the names those commands record under.
@Suite struct CommandPathTests {
    /// Every command below programctl, depth first.
    private static func commands(under command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        command.configuration.subcommands.flatMap { [$0] + commands(under: $0) }
    }

    @Test func everyCommandThatRecordsDoesSoUnderItsPath() {
        let recording = Self.commands(under: programctl.Programctl.self).filter {
            ($0 as? any RecordingCommand.Type) != nil || ($0 as? any ImportingCommand.Type) != nil
        }
        #expect(
            Set(recording.map { $0.commandPath }) == [
                "init", "member add", "member leave", "decision record", "decision amend", "decision revoke",
                "plan draft", "plan submit", "plan decide", "framework goal add", "framework goal adjust",
                "framework measure", "conference schedule", "conference register", "conference cancel",
                "conference check-in", "conference import", "input add", "input respond", "input feedback",
                "input import", "subsidy award", "subsidy receive", "subsidy spend", "subsidy report",
                "subsidy settle", "privacy forget", "body add", "body join", "body leave", "advice request",
                "advice give", "advice respond", "advice carry-out", "advice react",
            ])
        #expect(recording.count == 35)
        #expect(PrivacyExport.commandPath == "privacy export")
        #expect(ReportPublish.commandPath == "report publish")
    }
}
