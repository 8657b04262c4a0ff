import Mustache
import Program

/// The Mustache templates that turn report blocks into HTML: shared by the HTML report and the
/// dashboard, so both show a section the same way.
public enum BlockTemplates {
    /// Renders `blocks` (a list of ``context(_:)`` dictionaries).
    public static let blocks = """
        {{#blocks}}{{#heading}}<h{{level}}{{#id}} id="{{id}}"{{/id}}>{{text}}</h{{level}}>
        {{/heading}}{{#paragraph}}<p>{{text}}</p>
        {{/paragraph}}{{#list}}{{#folded}}<details><summary>{{folded}}</summary>{{/folded}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{#folded}}</details>{{/folded}}
        {{/list}}{{#table}}<div class="scroll" role="region" aria-labelledby="{{id}}" tabindex="0"><table>
        <caption id="{{id}}">{{caption}}</caption>
        <thead><tr>{{#header}}<th scope="col"{{#numeric}} class="num"{{/numeric}}>{{text}}</th>{{/header}}</tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row">{{head}}</th>{{#cells}}<td{{#numeric}} class="num"{{/numeric}}>{{text}}</td>{{/cells}}</tr>
        {{/rows}}</tbody>
        </table></div>
        {{/table}}{{#chart}}<figure class="scroll" role="region" aria-labelledby="{{id}}-title" tabindex="0">{{{svg}}}</figure>
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

    /// Readable on screen and on paper, from a 320 px phone up; dark text on white for contrast.
    /// Wide tables and charts scroll inside their own labelled region, never the page; printed on
    /// A4 with page numbers, a heading kept with what follows it.
    public static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;\
        line-height:1.5;margin:0;overflow-wrap:break-word}main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem}\
        h1{font-size:1.8rem;line-height:1.2}\
        h2{font-size:1.35rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2rem}\
        .scroll{overflow-x:auto;max-width:100%;margin:.5rem 0 1rem}.scroll:focus{outline:2px solid #00508c}\
        table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.3rem 0}\
        th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}\
        thead th{background:#eef3f8}tbody th{font-weight:normal}.num{text-align:right;\
        font-variant-numeric:tabular-nums}td.num{white-space:nowrap}figure{margin:.5rem 0}svg.chart{display:block;min-width:30rem;\
        max-width:40rem;height:auto}a{color:#00508c}\
        @page{size:A4;margin:18mm 15mm 20mm;@bottom-right{content:counter(page) " / " counter(pages)}}\
        @media print{main{max-width:none;padding:0}.scroll{overflow:visible}svg.chart{min-width:0}\
        h1,h2,h3,caption{break-after:avoid}table,figure,tr{break-inside:avoid}}
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

    /// The context for the `blocks` template. Tables are numbered in order (`tabel-1`, …) so
    /// that each region is labelled by its own caption.
    public static func context(
        _ blocks: [ReportDocument.Block], _ language: Language, layout: Int = ReportFormat.layout
    ) -> [[String: Any]] {
        let words = Words(language)
        var tables = 0
        return blocks.map { block -> [String: Any] in
            switch block {
            case .heading(let level, let text, let id):
                var heading: [String: Any] = ["level": level, "text": text]
                if let id { heading["id"] = id }
                return ["heading": heading]
            case .paragraph(let text):
                return ["paragraph": ["text": text]]
            case .list(let items, let folded):
                var list: [String: Any] = ["items": items]
                if let folded { list["folded"] = folded }
                return ["list": list]
            case .table(let table):
                tables += 1
                return [
                    "table": [
                        "id": "tabel-\(tables)", "caption": table.caption,
                        "header": table.header.enumerated().map { column, text -> [String: Any] in
                            ["text": text, "numeric": table.isFigureColumn(column)]
                        },
                        "rows": table.rows.map { row -> [String: Any] in
                            [
                                "head": row.first?.text(words) ?? "",
                                "cells": row.dropFirst().map { cell -> [String: Any] in
                                    ["text": cell.text(words), "numeric": cell.isFigure]
                                },
                            ]
                        },
                    ]
                ]
            case .chart(let id, let chart):
                return ["chart": ["id": id, "svg": chart.svg(id: id, layout: layout)]]
            }
        }
    }
}
