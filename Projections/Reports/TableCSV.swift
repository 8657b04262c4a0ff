import Foundation
import Program

/// One report table as a CSV file (RFC 4180, CRLF line ends, UTF-8), in one of two dialects:
///
/// - ``Dialect/machine``: `,` between fields, numbers with a decimal point, amounts in euros with
///   two decimals, days in ISO 8601; for programs.
/// - ``Dialect/dutchExcel``: a byte order mark, `;` between fields and a decimal comma, so that
///   Excel set to Dutch opens it in columns, with "Cliënt" intact and amounts as numbers.
///
/// Figures are numbers only. A column of counts of people is followed by a column saying which
/// are hidden ("<5", or "x" for one hidden beside a small one), the hidden value itself left empty.
public struct TableCSV: Sendable {
    public enum Dialect: String, Sendable, CaseIterable {
        case machine
        case dutchExcel = "excel-nl"

        var separator: String { self == .machine ? "," : ";" }
        var decimalComma: Bool { self == .dutchExcel }
    }

    /// The file's bytes.
    public let data: Data

    public init(_ table: ReportDocument.Table, dialect: Dialect, language: Language) {
        let words = Words(language)
        let counted = Set(
            table.header.indices.filter { column in
                table.rows.contains { column < $0.count && $0[column].isCount }
            })
        var header: [String] = []
        for (column, name) in table.header.enumerated() {
            header.append(name)
            if counted.contains(column) { header.append("\(name) (\(words.suppressed))") }
        }
        var lines = [header]
        for row in table.rows {
            var fields: [String] = []
            for (column, cell) in row.enumerated() {
                fields.append(cell.value(decimalComma: dialect.decimalComma))
                if counted.contains(column) { fields.append(cell.suppression ?? "") }
            }
            lines.append(fields)
        }
        let text =
            lines.map { $0.map { Self.field($0, separator: dialect.separator) }.joined(separator: dialect.separator) }
            .joined(separator: "\r\n") + "\r\n"
        data = (dialect == .dutchExcel ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
    }

    /// A field, quoted when it holds the separator, a quote or a line break (RFC 4180).
    static func field(_ value: String, separator: String) -> String {
        guard value.contains(where: { String($0) == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension ReportDocument.Table {
    /// The table's name in addresses and file names: its section in lower case, words joined by
    /// hyphens ("funds per pillar" → `funds-per-pillar`, "framework D1" → `framework-d1`).
    public var name: String {
        section.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }
}

extension ReportDocument {
    /// Every table of the report, in order.
    public var tables: [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}
