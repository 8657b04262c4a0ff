/// A report as Markdown (charts are left out; their data is in the tables).
struct MarkdownReport {
    let text: String

    init(_ report: ProgressReport) {
        let words = Words(report.language)
        var out = ""
        for block in ReportDocument(report).blocks {
            switch block {
            case .heading(let level, let text, _):
                out += String(repeating: "#", count: level) + " \(text)\n\n"
            case .paragraph(let text):
                out += "\(text)\n\n"
            case .list(let items, let folded):
                out += (folded.map { "\($0):\n\n" } ?? "") + items.map { "- \($0)\n" }.joined() + "\n"
            case .table(let table):
                let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
                out += "| " + table.header.map(escape).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: " --- |", count: table.header.count) + "\n"
                for row in table.rows {
                    out += "| " + row.map { escape($0.text(words)) }.joined(separator: " | ") + " |\n"
                }
                out += "\n"
            case .chart:
                break
            }
        }
        text = out
    }
}
