import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import TestSupport
import Testing

@Suite("Projection checkpoints")
struct CheckpointTests {
    @Test("a growing store saves its projection as a checkpoint, and a reader starts from it with the same state")
    func savedAndUsed() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("programme.sqlite")
            let store = try ProgrammeStore(path: path, mode: .create)
            let day = Day(year: 2023, month: 3, day: 1)!
            try store.record(.defineProgramme(.zuidLimburg), actor: nil, name: "init")
            try store.record(
                .addMember(AddMember(name: "Sanne", constituency: .youth, represents: nil, date: day)), actor: nil,
                name: "member add")
            #expect(try store.log.savedState(named: Projector.checkpointName) == nil)
            let input = Command.addInput(
                AddInput(
                    pillar: 1, source: .youth, channel: .online, municipality: nil, themes: [], date: day,
                    summary: "Meer inspraak", participationLevel: .consult, quote: nil))
            for _ in 0..<10 {
                try store.record(batch: Array(repeating: input, count: 1000), actor: "K1", name: "input add")
            }
            let saved = try #require(try store.log.savedState(named: Projector.checkpointName))
            #expect(saved.position == 10_002)
            #expect(saved.version == ProgrammeProjection.version)

            let fromCheckpoint = try #require(try Projector.checkpoint(in: EventStore(path: path, mode: .readOnly)))
            var fromScratch = ProgrammeProjection()
            try Projector.catchUp(&fromScratch, from: EventStore(path: path, mode: .readOnly), through: saved.position)
            #expect(fromCheckpoint == fromScratch)
            #expect(fromCheckpoint.state.inputs.count == 10_000)
        }
    }
}
