import Mustache

/// The Mustache templates that turn report blocks into HTML: shared by the HTML report and the
/// dashboard, so both show a section the same way.
public enum BlockTemplates {
    /// Renders `blocks` (a list of ``context(_:)`` dictionaries).
    public static let blocks = """
        {{#blocks}}{{#heading}}<h{{level}}{{#id}} id="{{id}}"{{/id}}>{{text}}</h{{level}}>
        {{/heading}}{{#paragraph}}<p>{{text}}</p>
        {{/paragraph}}{{#table}}<table>
        <thead><tr>{{#header}}<th scope="col">{{.}}</th>{{/header}}</tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row">{{head}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
        {{/rows}}</tbody>
        </table>
        {{/table}}{{#chart}}<figure>{{{svg}}}</figure>
        {{/chart}}{{/blocks}}
        """

    /// A whole report page: inline CSS, no scripts, nothing fetched.
    static let report = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>{{{style}}}</style>
        </head>
        <body>
        <main>
        {{> blocks}}</main>
        </body>
        </html>

        """

    /// Readable on screen and on paper; dark text on white for contrast.
    public static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;\
        line-height:1.5;margin:0}main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{font-size:1.8rem}\
        h2{font-size:1.35rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2rem}\
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{text-align:left;padding:.3rem .5rem;\
        border-bottom:1px solid #ccc;vertical-align:top}thead th{background:#eef3f8}tbody th{font-weight:normal}\
        figure{margin:.5rem 0}svg.chart{max-width:40rem;height:auto}a{color:#00508c}\
        @media print{main{max-width:none;padding:0}h2{break-after:avoid}table,figure{break-inside:avoid}}
        """

    /// The templates by name: `blocks` and `report`.
    public static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [("blocks", blocks), ("report", report)] {
            // The templates are constants of this file: a parse error is a defect caught by every test.
            library.register(try! MustacheTemplate(string: text), named: name)
        }
        return library
    }()

    /// The context for the `blocks` template.
    public static func context(_ blocks: [ReportDocument.Block]) -> [[String: Any]] {
        blocks.map { block -> [String: Any] in
            switch block {
            case .heading(let level, let text, let id):
                var heading: [String: Any] = ["level": level, "text": text]
                if let id { heading["id"] = id }
                return ["heading": heading]
            case .paragraph(let text):
                return ["paragraph": ["text": text]]
            case .table(let table):
                return [
                    "table": [
                        "header": table.header,
                        "rows": table.rows.map { row -> [String: Any] in
                            ["head": row.first ?? "", "cells": Array(row.dropFirst())]
                        },
                    ]
                ]
            case .chart(let id, let chart):
                return ["chart": ["svg": chart.svg(id: id)]]
            }
        }
    }
}
