import ArgumentParser
import Foundation
import Program
import ProgramStore
import Projections
import Reporting

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Progress reports (voortgangsrapportage): render one from the log, or publish one.",
        subcommands: [ReportProgress.self, ReportPublish.self])
}

/// Where and how a report is taken: by both clocks, in a format (its language is `--lang`).
struct ReportOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "What had happened by the end of this day (Europe/Amsterdam), as the log knows it now.",
            discussion: "Facts recorded later about earlier days are included: the date things happened counts.",
            valueName: "date"), transform: Day.argument)
    var asOf: Day?

    @Option(
        help: ArgumentHelp(
            "What the log had recorded by the end of this day: the log as it stood then.", valueName: "date"),
        transform: Day.argument)
    var recordedBy: Day?

    @Option(help: ArgumentHelp("The log up to and including this position.", valueName: "position"))
    var at: Int64?

    @Option(help: "md, html (one self-contained printable file), json or csv.")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: "Write to this file (default: standard output).")
    var output: String?

    func validate() throws {
        if recordedBy != nil && at != nil { throw ValidationError("Give --recorded-by or --at, not both.") }
    }

    var moment: ProgressReports.Moment {
        let recorded: ProgressReports.Recorded = at.map { .position($0) } ?? recordedBy.map { .endOf($0) } ?? .head
        return ProgressReports.Moment(recorded: recorded, happenedBy: asOf)
    }

    /// Builds and renders the report in `language`, showing progress on a terminal; `nil` when
    /// the log had recorded nothing by then.
    func render(_ store: ProgrammeStore, in language: Language) throws -> (report: ProgressReport, data: Data)? {
        let position = try ProgressReports.position(of: moment.recorded, in: store.log)
        if position == 0 { return nil }
        let progress = Progress("rebuilding", total: position)
        defer { progress.finish() }
        let report = try ProgressReports.build(
            from: store.log, through: position, happenedBy: asOf, language: language, progress: progress.update)
        return (report, format.render(report))
    }

    /// Why there is no report: the log had recorded nothing by the moment asked for.
    var nothingRecorded: String {
        if let recordedBy { return "nothing was recorded by the end of \(recordedBy): there is no report to make" }
        return "the log holds no events yet: there is no report to make"
    }

    func write(_ data: Data) throws {
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            writeOut(data)
        }
    }
}

struct ReportProgress: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Render the progress report from the log: now, as of a date, or at a position.",
        discussion: """
            Two clocks: --as-of DATE shows what had happened by the end of that day, as
            the log knows it now (history recorded late included); --recorded-by DATE or
            --at POSITION shows the log as it stood then. They combine: --as-of
            2024-06-30 --recorded-by 2024-07-15 is what had happened by 30 June as
            recorded by 15 July. The report states both, the log position and chain hash
            it was built from, what changed since the previous published report, and
            what was recorded late about that report's period (corrections). The same
            position and date always give byte-identical output. A log with nothing
            recorded by then gives no report: a note, exit 0.

            Example:  programctl report progress --format html -o voortgang.html
                      programctl report progress --as-of 2024-12-31 --lang en \\
                        --format md
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ReportOptions

    func execute() throws {
        guard let (_, data) = try options.render(try global.store(.readOnly), in: global.reportLanguage) else {
            FileHandle.standardError.write(Data("programctl: \(options.nothingRecorded)\n".utf8))
            return
        }
        try options.write(data)
    }
}

struct ReportPublish: ProgrammeCommand {
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

    func execute() throws {
        let store = try global.store()
        guard let (report, data) = try options.render(store, in: global.reportLanguage) else {
            throw RuleViolation("log", options.nothingRecorded)
        }
        try options.write(data)
        try global.record(
            .publishReport(
                PublishReport(
                    position: report.position, headHash: report.headHash, digest: ProgressReports.digest(data),
                    format: options.format.rawValue, language: global.reportLanguage,
                    date: Instant(Date()).dayInNetherlands,
                    happenedBy: options.asOf, layout: ReportFormat.layout)
            ),
            name: Self.commandPath, in: store)
    }
}
