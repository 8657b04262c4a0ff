import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import Reporting
import TestSupport
import Testing

/// A report says the same, byte for byte, whether it starts from the store's saved projection or
/// from position 1: a checkpoint holds state and events, never the words a report is made of.
@Suite("Reports with and without a checkpoint")
struct ReportCheckpointTests {
    @Test("every report of the demo, in every format and language, is the same with its saved projection and without")
    func sameBytesWithAndWithoutCheckpoint() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("demo.sqlite")
            let head = try DemoProgramme.record(at: path)
            let log = try EventStore(path: path)
            // Saved part-way, so that a report from it catches up too.
            let middle = head * 2 / 3
            try Projector.saveCheckpoint(try Projector.build(from: log, through: middle), to: log)
            let saved = try #require(try Projector.checkpoint(ProgrammeProjection.self, in: log))
            #expect(saved.position == middle)
            #expect(saved.timeline.count > 10)
            let bytes = try #require(try log.savedState(named: ProgrammeProjection.checkpointName)).state
            for entry in saved.timeline {
                for language in Language.allCases {
                    let text = entry.text(language)
                    #expect(bytes.range(of: Data(text.utf8)) == nil, "the checkpoint holds the words \"\(text)\"")
                }
            }

            let fromCheckpoint = try Self.reports(in: log, head: head, middle: middle)
            #expect(RawSQLite.execute("DELETE FROM checkpoints", on: path) == nil)
            #expect(try Projector.checkpoint(ProgrammeProjection.self, in: log) == nil)
            let fromTheLog = try Self.reports(in: log, head: head, middle: middle)
            #expect(fromCheckpoint.count == 3 * 2 * ReportFormat.allCases.count * Language.allCases.count)
            for (report, data) in fromCheckpoint.sorted(by: { $0.key < $1.key }) {
                #expect(fromTheLog[report] == data, "\(report) differs without the checkpoint")
            }
        }
    }

    /// Every report at the head, after the checkpoint and before it, of every fact and as of the
    /// demo's first report day, rendered in every format and language, by what it is.
    private static func reports(in log: EventStore, head: Int64, middle: Int64) throws -> [String: Data] {
        var reports: [String: Data] = [:]
        for position in [head, (head + middle) / 2, middle / 2] {
            for happenedBy in [nil, Day(iso: "2023-12-31")] {
                for language in Language.allCases {
                    let report = try ProgressReports.build(
                        from: log, through: position, happenedBy: happenedBy, language: language)
                    for format in ReportFormat.allCases {
                        let name = "\(position) \(happenedBy?.iso ?? "-") \(language.rawValue) \(format.rawValue)"
                        reports[name] = format.render(report)
                    }
                }
            }
        }
        return reports
    }
}
