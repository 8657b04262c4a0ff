import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import Reporting
import Testing

/// A published report records the layout it was rendered with; a report of another layout is not
/// reproduced as a mismatch (damage) but refused as work for another version.
@Suite("programctl: report layouts")
struct ReportLayoutTests {
    @Test("reproducing a report of an older layout exits 69 naming both layouts, and writes nothing")
    func olderLayoutIsNamedNotCalledDamaged() async throws {
        try await AuditDesk.withDemo { desk in
            let store = try ProgrammeStore(path: desk.db)
            // No `LogHead` kept across an `await` (see StoreHead).
            let (position, headHash) = (try store.log.head().position, try store.log.head().chainHash.hex)
            try store.record(
                .publishReport(
                    PublishReport(
                        position: position, headHash: headHash,
                        digest: String(repeating: "0", count: 64),
                        format: "html", language: .dutch, date: ParticipationProgramme.today, layout: 1)),
                actor: "K1", name: "report publish")
            let before = try desk.head()
            try await desk.expectFailure(
                ["audit", "reproduce", "R3"], status: 69,
                mentions: ["R3 was rendered with report layout 1", "this version renders layouts 2 to 3"])
            #expect(try desk.head() == before)
            // The reports this version published reproduce as before.
            #expect(try await desk.succeed(["audit", "reproduce", "R2"]).contains("ok  rendered from the log"))
        }
    }

    @Test("a ReportPublished payload of schema version 2 reads as rendered with layout 1")
    func versionTwoPayloadsAreLayoutOne() async throws {
        let payload = Data(
            #"{"report":"R1","position":3,"headHash":"\#(String(repeating: "a", count: 64))","digest":"\#(String(repeating: "b", count: 64))","format":"md","language":"nl","date":"2025-01-20","happenedBy":"2024-12-31"}"#
                .utf8)
        let event = try ProgramEvent.decode(type: "ReportPublished", schemaVersion: 2, payload: payload)
        guard case .reportPublished(let published) = event else {
            Issue.record("decoded as \(event)")
            return
        }
        #expect(published.layout == nil)
        #expect(published.renderedLayout == 1)
    }

    @Test("a report published in layout 2 still reproduces: its chart's margin as it was, the current layout's wider")
    func layoutTwoReproduces() async throws {
        try await AuditDesk.withDemo { desk in
            let store = try ProgrammeStore(path: desk.db)
            let position = try store.log.head().position
            let report = try ProgressReports.build(from: store.log, through: position, language: .dutch)
            let (two, three) = (
                ReportFormat.html.render(report, layout: 2), ReportFormat.html.render(report, layout: 3)
            )
            #expect(two != three)
            #expect(String(decoding: two, as: UTF8.self).contains(#"<text x="42" "#))
            try store.record(
                .publishReport(
                    PublishReport(
                        position: position, headHash: try store.log.head().chainHash.hex,
                        digest: ProgressReports.digest(two), format: "html", language: .dutch,
                        date: ParticipationProgramme.today, layout: 2)),
                actor: "K1", name: "report publish")
            #expect(try await desk.succeed(["audit", "reproduce", "R3"]).contains("ok  rendered from the log"))
        }
    }
}
