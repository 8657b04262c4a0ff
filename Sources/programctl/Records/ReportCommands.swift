import ArgumentParser
import Foundation
import Program
import ProgramStore
import Projections

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Progress reports (voortgangsrapportage): render one from the log, or publish one.",
        subcommands: [ReportProgress.self, ReportPublish.self])
}

/// Where and how a report is taken.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The log as it stood at the end of this day (Europe/Amsterdam).", valueName: "date"))
    var asOf: Day?

    @Option(help: ArgumentHelp("The log up to and including this position.", valueName: "position"))
    var at: Int64?

    @Option(help: "md, html (one self-contained printable file), json or csv.")
    var format: ReportFormat = .markdown

    @Option(help: "nl (Nederlands, the default) or en.")
    var lang: Language = .dutch

    @Option(name: .shortAndLong, help: "Write to this file (default: standard output).")
    var output: String?

    func validate() throws {
        if asOf != nil && at != nil { throw ValidationError("Give --as-of or --at, not both.") }
    }

    var moment: ProgressReports.Moment {
        if let at { return .position(at) }
        if let asOf { return .endOf(asOf) }
        return .head
    }

    /// Builds and renders the report, showing progress on a terminal.
    func render(_ store: ProgrammeStore) throws -> (report: ProgressReport, data: Data) {
        let position = try ProgressReports.position(of: moment, in: store.log)
        if position == 0 {
            // A day before the first event, or an empty log: there is nothing to report on.
            if let asOf { throw RuleViolation("as-of", "no events were recorded by the end of \(asOf)") }
            throw RuleViolation("log", "there are no events to report on yet")
        }
        let progress = Progress("rebuilding", total: position)
        defer { progress.finish() }
        let report = try ProgressReports.build(
            from: store.log, through: position, language: lang, progress: progress.update)
        return (report, format.render(report))
    }

    func write(_ data: Data) throws {
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

struct ReportProgress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Render the progress report from the log: now, as of a date, or at a position.",
        discussion: """
            The report states the log position and chain hash it was built from and what
            changed since the previous published report. The same position always gives
            byte-identical output.

            Example:  programctl report progress --format html -o voortgang.html
                      programctl report progress --as-of 2024-12-31 --lang en \\
                        --format md
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ReportOptions

    func run() throws {
        try perform(global) {
            try options.write(try options.render(try global.store(readOnly: true)).data)
        }
    }
}

struct ReportPublish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Render a report, write it, and record that it was published (position, chain hash, digest).",
        discussion: """
            Anyone can later check a published file against the log with
            `programctl audit reproduce R1 --file FILE`.

            Example:  programctl report publish --as K1 --format html \\
                        -o voortgang-2024.html --as-of 2024-12-31
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ReportOptions

    func validate() throws {
        if options.output == nil { throw ValidationError("Give the file to publish with -o FILE.") }
    }

    func run() throws {
        try perform(global) {
            let store = try global.store()
            let (report, data) = try options.render(store)
            try options.write(data)
            try global.record(
                .publishReport(
                    PublishReport(
                        position: report.position, headHash: report.headHash, digest: ProgressReports.digest(data),
                        format: options.format.rawValue, language: options.lang, date: Instant(Date()).dayInNetherlands)
                ),
                name: "report publish")
        }
    }
}
