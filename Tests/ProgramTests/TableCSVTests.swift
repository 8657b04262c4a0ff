import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import Reporting
import TestSupport
import Testing

/// Reads CSV files back with Python's `csv` module, as another program (or Excel) would: prints,
/// per file, whether it starts with a byte order mark and its records.
private let pythonReader = """
    import csv, json, sys
    out = {}
    for path, delimiter in zip(sys.argv[1::2], sys.argv[2::2]):
        raw = open(path, "rb").read()
        with open(path, encoding="utf-8-sig", newline="") as f:
            out[path] = {"bom": raw.startswith(b"\\xef\\xbb\\xbf"), "crlf": b"\\r\\n" in raw,
                         "rows": list(csv.reader(f, delimiter=delimiter, strict=True))}
    print(json.dumps(out))
    """

@Suite("report tables as CSV")
struct TableCSVTests {
    @Test("every table of the demo report, for machines and for Dutch Excel, reads back to the same figures")
    func everyTableReadsBack() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        try DemoProgramme.record(at: path)
        let projection = try Projector.build(from: EventStore(path: path, mode: .readOnly))
        let tables = ReportDocument(ProgressReport(projection, previous: nil, language: .dutch)).tables
        #expect(tables.count > 10)
        // Some text is not ASCII ("ë", "€", "–"), so the round trip shows that UTF-8 survives.
        #expect(
            tables.contains {
                $0.rows.joined().contains { $0.text(Words(.dutch)).unicodeScalars.contains { !$0.isASCII } }
            })
        var arguments = ["python3", "-c", pythonReader]
        for table in tables {
            for dialect in TableCSV.Dialect.allCases {
                let file = directory.path("\(table.name)-\(dialect.rawValue).csv")
                try TableCSV(table, dialect: dialect, language: .dutch).data.write(to: URL(fileURLWithPath: file))
                arguments += [file, dialect == .machine ? "," : ";"]
            }
        }
        let result = try await Executable(url: URL(fileURLWithPath: "/usr/bin/env")).run(arguments)
        try #require(result.status == 0, "\(result.stderr)")
        let files = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for table in tables {
            for dialect in TableCSV.Dialect.allCases {
                let file = try #require(
                    files[directory.path("\(table.name)-\(dialect.rawValue).csv")] as? [String: Any])
                let rows = try #require(file["rows"] as? [[String]])
                #expect(file["bom"] as? Bool == (dialect == .dutchExcel), "\(table.name) \(dialect)")
                #expect(file["crlf"] as? Bool == true)
                #expect(rows.count == table.rows.count + 1, "\(table.name) \(dialect): \(rows)")
                let header = rows.first ?? []
                for (index, row) in table.rows.enumerated() {
                    let read = rows[index + 1]
                    #expect(read.count == header.count, "\(table.name) \(dialect): \(read) under \(header)")
                    var field = 0
                    for cell in row {
                        let value = read[field]
                        switch cell {
                        case .count(let count):
                            // The value when shown, else nothing; the mark in the column after it.
                            #expect(value == count.value.map(String.init) ?? "", "\(table.name): \(read)")
                            #expect(read[field + 1] == (count.isHidden ? count.description : ""))
                            field += 2
                            continue
                        case .money(let amount):
                            let number = Double(
                                dialect == .dutchExcel ? value.replacingOccurrences(of: ",", with: ".") : value)
                            #expect(
                                number.map { Int64(($0 * 100).rounded()) } == amount.value, "\(table.name): \(value)")
                        case .integer(let number):
                            #expect(value == String(number))
                        case .number(let number):
                            let read = Double(
                                dialect == .dutchExcel ? value.replacingOccurrences(of: ",", with: ".") : value)
                            #expect(read == number.map { ($0 * 100).rounded() / 100 }, "\(table.name): \(value)")
                        case .day(let day):
                            #expect(value == day?.iso ?? "")
                        case .text(let text):
                            #expect(value == text, "UTF-8 and quoting survive: \(table.name)")
                        }
                        field += 1
                    }
                }
            }
        }
    }
}
