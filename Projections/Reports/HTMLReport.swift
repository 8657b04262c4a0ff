/// A report as one self-contained, printable HTML file: inline CSS and SVG charts, no scripts,
/// nothing fetched.
struct HTMLReport {
    let text: String

    init(_ report: ProgressReport, layout: Int) {
        let document = ReportDocument(report)
        let context: [String: Any] = [
            "lang": report.language.rawValue, "title": document.title, "style": BlockTemplates.style,
            "blocks": BlockTemplates.context(document.blocks, report.language, layout: layout),
        ]
        text = BlockTemplates.library.render(context, withTemplate: "report") ?? ""
    }
}
