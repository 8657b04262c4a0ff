import Foundation
import Program

/// The formats a progress report renders to.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    /// The report layout this program renders, in every format: raised whenever the bytes a
    /// report renders to change (wording, markup, figures shown). A published report records its
    /// layout, and only a program that renders that layout can reproduce its bytes.
    ///
    /// - 1: every report published before layouts were recorded.
    /// - 2: captioned tables, Dutch dates and number grouping, "x" for a count hidden beside a
    ///   small one, one figure per line in CSV.
    /// - 3: a chart's left margin as wide as its longest figure (layout 2 cut "40.000" short).
    public static let layout = 3

    /// The layouts this program renders, and so reproduces: the current one and those before it
    /// back to the first recorded one.
    public static let layouts = 2...layout

    case markdown = "md"
    case html
    case json
    case csv

    /// The bytes of `report` in this format and `layout` (one of ``layouts``); in JSON, counts of
    /// people written as `counts` says.
    public func render(
        _ report: ProgressReport, counts: PersonCount.Encoding = .figure, layout: Int = Self.layout
    ) -> Data {
        switch self {
        case .markdown: Data(MarkdownReport(report).text.utf8)
        case .html: Data(HTMLReport(report, layout: layout).text.utf8)
        case .csv: Data(CSVReport(report).text.utf8)
        case .json: Self.json(report, counts: counts)
        }
    }

    public var mediaType: String {
        switch self {
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8"
        }
    }

    private static func json(_ report: ProgressReport, counts: PersonCount.Encoding) -> Data {
        let encoder = JSONEncoder()
        encoder.userInfo[PersonCount.encodingKey] = counts
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(report)) ?? Data()) + Data("\n".utf8)
    }
}
