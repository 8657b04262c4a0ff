/// A report as one self-contained, printable HTML file: inline CSS and SVG charts, no scripts,
/// nothing fetched.
struct HTMLReport {
    let text: String

    init(_ report: ProgressReport) {
        let document = ReportDocument(report)
        var body = ""
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, let id):
                body += "<h\(level)\(id.map { " id=\"\($0)\"" } ?? "")>\(HTML.escape(text))</h\(level)>\n"
            case .paragraph(let text):
                body += "<p>\(HTML.escape(text))</p>\n"
            case .table(let table):
                body +=
                    "<table>\n<thead><tr>" + table.header.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined()
                    + "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    body +=
                        "<tr>"
                        + row.enumerated().map { index, cell in
                            index == 0 ? "<th scope=\"row\">\(HTML.escape(cell))</th>" : "<td>\(HTML.escape(cell))</td>"
                        }.joined() + "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            case .chart(let id, let chart):
                body += "<figure>\(chart.svg(id: id))</figure>\n"
            }
        }
        text = """
            <!DOCTYPE html>
            <html lang="\(report.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(document.title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// Readable on screen and on paper; dark text on white for contrast.
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;\
        line-height:1.5;margin:0}main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{font-size:1.8rem}\
        h2{font-size:1.35rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2rem}\
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{text-align:left;padding:.3rem .5rem;\
        border-bottom:1px solid #ccc;vertical-align:top}thead th{background:#eef3f8}figure{margin:.5rem 0}\
        svg.chart{max-width:40rem;height:auto}@media print{main{max-width:none;padding:0}h2{break-after:avoid}\
        table,figure{break-inside:avoid}}
        """
}
