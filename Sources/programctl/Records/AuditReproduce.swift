import ArgumentParser
import Foundation
import Program
import ProgramStore
import Projections
import Reporting

struct AuditReproduce: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "reproduce",
        abstract: "Render a published report again from the log and confirm its recorded digest.",
        discussion: """
            Exits 0 when the report rendered now has the digest recorded at publication
            (and, with --file, when that file has it too); exits 74 when not; exits 69
            when the report was rendered with a report layout this version does not
            render (it renders the current one and those back to layout 2; the message
            names them): reproduce it with a version that renders that layout.

            Example:  programctl audit reproduce R1 --file voortgang-2024.html
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The published report, e.g. R1.")
    var report: ReportID

    @Option(help: "A published file to check against the recorded digest.")
    var file: String?

    func execute() throws {
        let store = try global.store(.readOnly)
        guard let published = try store.currentState().state.reports[report] else {
            throw RuleViolation("report", "\(report) was not published in this log")
        }
        guard let format = ReportFormat(rawValue: published.format) else {
            throw RuleViolation("report", "\(report) has a format this version cannot render: \(published.format)")
        }
        guard ReportFormat.layouts.contains(published.renderedLayout) else {
            throw OtherLayout(report: report, published: published.renderedLayout)
        }
        let rendered = format.render(
            try ProgressReports.build(
                from: store.log, through: published.position, happenedBy: published.happenedBy,
                language: published.language),
            layout: published.renderedLayout)
        let digest = ProgressReports.digest(rendered)
        let view = published.happenedBy.map { " as of \($0)" } ?? ""
        var checks = [("rendered from the log at position \(published.position)\(view)", digest)]
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw UsageError("cannot read \(file)")
            }
            checks.append(("file \(file)", ProgressReports.digest(data)))
        }
        var failed = false
        for (what, found) in checks {
            let matches = found == published.digest
            failed = failed || !matches
            global.output.print("\(matches ? "ok" : "MISMATCH")  \(what): \(found)")
        }
        global.output.print("recorded digest of \(report): \(published.digest)")
        if failed { throw Reported(status: .damagedStore) }
    }
}

/// A published report of a layout this version does not render: its bytes cannot be reproduced here.
struct OtherLayout: Error, CustomStringConvertible {
    let report: ReportID
    let published: Int

    var description: String {
        let layouts = ReportFormat.layouts
        return "\(report) was rendered with report layout \(published); this version renders layouts "
            + "\(layouts.lowerBound) to \(layouts.upperBound), so its bytes cannot be reproduced here: use a "
            + "version of programctl that renders layout \(published) (docs/auditing.md lists them). The log "
            + "itself verifies with `programctl audit verify`."
    }
}
