/// A report as CSV: every table's rows, each preceded by its section (RFC 4180 quoting).
struct CSVReport {
    let text: String

    init(_ report: ProgressReport) {
        var out = "section,\"position \(report.position)\",\"\(report.headHash)\"\r\n"
        for case .table(let table) in ReportDocument(report).blocks {
            for row in [table.header] + table.rows {
                out += ([table.section] + row).map(Self.field).joined(separator: ",") + "\r\n"
            }
        }
        text = out
    }

    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
