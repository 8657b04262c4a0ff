/// A report as one machine-readable CSV (RFC 4180, UTF-8, CRLF): every figure of every table on
/// a line of its own — `table,row,column,value,suppressed` — so that no table's header repeats
/// inside another and a program can filter or pivot it. Values as ``TableCSV/Dialect/machine``
/// writes them; a hidden count has an empty value and its mark ("<5", "x") under `suppressed`.
/// The first lines say which log position, chain hash and day the report was built from.
struct CSVReport {
    let text: String

    init(_ report: ProgressReport) {
        let words = Words(report.language)
        var lines: [[String]] = [
            ["table", "row", "column", "value", "suppressed"],
            ["report", "position", "", String(report.position), ""],
            ["report", "chain hash", "", report.headHash, ""],
            ["report", "as of", "", report.asOf.iso, ""],
        ]
        for table in ReportDocument(report).tables {
            for row in table.rows {
                let head = row.first?.text(words) ?? ""
                for (column, cell) in row.enumerated().dropFirst() where column < table.header.count {
                    lines.append([
                        table.name, head, table.header[column], cell.value(decimalComma: false), cell.suppression ?? "",
                    ])
                }
            }
        }
        text =
            lines.map { $0.map { TableCSV.field($0, separator: ",") }.joined(separator: ",") }.joined(separator: "\r\n")
            + "\r\n"
    }
}
