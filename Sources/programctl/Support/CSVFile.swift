import Foundation
import Program
import ProgramStore
import SwiftCSV

/// A CSV file to import (e.g. a sign-up form's export): its rows as column → value, with their
/// row numbers (the header is row 1). Comma, semicolon and tab separators are recognised.
struct CSVFile {
    /// The data rows: row number and the values by column name.
    let rows: [(number: Int, values: [String: String])]

    /// Reads `path`, which must be UTF-8, have a header row naming at least `required` columns,
    /// and at least one data row. Column names are compared without case; `_` and spaces count as `-`.
    init(path: String, required: [String]) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("cannot read \(path)")
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw RuleViolation("file", "\(path) is not valid UTF-8 text (export the CSV as UTF-8)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, loadColumns: false)
        } catch {
            throw RuleViolation("file", "\(path) is not a readable CSV file: \(error)")
        }
        let header = csv.header.map(Self.normalized)
        if let missing = required.first(where: { !header.contains($0) }) {
            throw RuleViolation(
                "file", "\(path) has no column '\(missing)' (needed: \(required.joined(separator: ", ")))")
        }
        var rows: [(Int, [String: String])] = []
        for (index, row) in csv.rows.enumerated()
        where !row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            // SwiftCSV pads every row with empty cells to the longest row's length: a row has too
            // many values only when one beyond the header's columns is not empty.
            if let last = row.indices.dropFirst(header.count)
                .last(where: { !row[$0].trimmingCharacters(in: .whitespaces).isEmpty })
            {
                throw RuleViolation("row \(index + 2)", "has \(last + 1) values, the header \(header.count) columns")
            }
            var values: [String: String] = [:]
            for (column, value) in zip(header, row) {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { values[column] = trimmed }
            }
            rows.append((index + 2, values))
        }
        if rows.isEmpty { throw RuleViolation("file", "\(path) has no data rows") }
        self.rows = rows
    }

    private static func normalized(_ column: String) -> String {
        column.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
    }

    /// Turns every row into a command with `command` and imports them repeatably
    /// (``ProgrammeStore/importRows(_:actor:name:requestID:)``): rows the log holds already are
    /// skipped, new ones recorded in one transaction — or, when any row is malformed or refused,
    /// none, naming every such row and its column.
    func importRows(
        into global: GlobalOptions, name: String, _ command: (Row) throws(RuleViolation) -> Command
    ) throws {
        let rows = rows.map { number, values in
            ImportRow(number: number, command: Result { () throws(RuleViolation) in try command(Row(values: values)) })
        }
        do {
            let result = try global.store().importRows(
                rows, actor: global.actor, name: name, requestID: global.requestID)
            ImportReport(result: result).print(global.output)
            try global.output.followUps(result.pending, store: global.shownPath)
        } catch let refused as ImportRefused {
            // Who records (--as), the programme and the conference argument are not in any row.
            if let general = refused.result.refused.first(where: {
                ["as", "programme", "conference"].contains($0.violation.field)
            }) {
                throw general.violation
            }
            throw ImportRefusal(result: refused.result)
        }
    }

    /// One row's values, read with the conversions the domain needs.
    struct Row {
        let values: [String: String]

        /// The value of a column, `nil` when empty or absent.
        func optional(_ column: String) -> String? { values[column] }

        /// The value of a required column.
        func required(_ column: String) throws(RuleViolation) -> String {
            guard let value = values[column] else { throw RuleViolation(column, "is empty") }
            return value
        }

        /// A value converted by `parse`, which returns `nil` for a malformed one described by `expected`.
        func parsed<T>(_ column: String, expected: String, _ parse: (String) -> T?) throws(RuleViolation) -> T {
            let text = try required(column)
            guard let value = parse(text) else { throw RuleViolation(column, "'\(text)' is not \(expected)") }
            return value
        }

        /// An optional value converted by `parse`.
        func parsedOptional<T>(_ column: String, expected: String, _ parse: (String) -> T?) throws(RuleViolation) -> T?
        {
            guard values[column] != nil else { return nil }
            return try parsed(column, expected: expected, parse)
        }

        /// One of a closed set of values, given by its code or its Dutch name.
        func choice<T: Choice>(_ column: String) throws(RuleViolation) -> T {
            try parsed(column, expected: "one of \(T.choices)", T.init(argument:))
        }
    }
}
