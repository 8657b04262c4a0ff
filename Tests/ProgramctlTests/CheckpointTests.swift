import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import TestSupport
import Testing

@Suite("Projection checkpoints")
struct CheckpointTests {
    @Test(
        "a growing store saves its state and its projection as checkpoints, and readers start from them with the same state"
    )
    func savedAndUsed() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("programme.sqlite")
            let store = try Self.programme(at: path)
            #expect(try store.log.savedState(named: RecordedState.checkpointName) == nil)
            #expect(try store.log.savedState(named: ProgrammeProjection.checkpointName) == nil)
            try Self.recordInputs(10_000, in: store)
            let state = try #require(try store.log.savedState(named: RecordedState.checkpointName))
            #expect(state.position == 10_002)
            #expect(state.version == RecordedState.version)
            let saved = try #require(try store.log.savedState(named: ProgrammeProjection.checkpointName))
            #expect(saved.position == 10_002)
            #expect(saved.version == ProgrammeProjection.version)

            let log = try EventStore(path: path, mode: .readOnly)
            let fromCheckpoint = try #require(try Projector.checkpoint(ProgrammeProjection.self, in: log))
            var fromScratch = ProgrammeProjection()
            try Projector.catchUp(&fromScratch, from: log, through: saved.position)
            #expect(fromCheckpoint == fromScratch)
            #expect(fromCheckpoint.state.inputs.count == 10_000)
            #expect(try Projector.checkpoint(RecordedState.self, in: log)?.state == fromScratch.state)

            // A projection's checkpoint that is gone (or of another version) is saved again at the
            // next write, though the state's is not due.
            #expect(RawSQLite.execute("DELETE FROM checkpoints WHERE name = 'programme-projection'", on: path) == nil)
            try Self.recordInputs(1000, in: store)
            #expect(try store.log.savedState(named: ProgrammeProjection.checkpointName)?.position == 11_002)
            #expect(try store.log.savedState(named: RecordedState.checkpointName)?.position == 10_002)
        }
    }

    @Test("a long rebuild reads and decodes ahead: it stops at any position, and names an unreadable event")
    func readAhead() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("programme.sqlite")
            try Self.recordInputs(20_000, in: Self.programme(at: path))
            let log = try EventStore(path: path, mode: .readOnly)
            for last: Int64 in [8_193, 12_345, 20_002] {
                var ahead = ProgrammeProjection()
                try Projector.catchUp(&ahead, from: log, through: last)
                var stepByStep = ProgrammeProjection()
                while stepByStep.position < last {
                    let count = Int(min(1000, last - stepByStep.position))
                    try Projector.apply(log.readRecords(from: stepByStep.position + 1, limit: count), to: &stepByStep)
                }
                #expect(ahead.position == last)
                #expect(ahead == stepByStep)
                #expect(ahead.state.inputs.count == Int(last) - 2)
            }

            #expect(RawSQLite.replacePayload(at: 15_000, with: Data("{}".utf8), on: path) == nil)
            var projection = ProgrammeProjection()
            let error = try #require(throws: UnreadableEvent.self) {
                try Projector.catchUp(&projection, from: EventStore(path: path, mode: .readOnly))
            }
            #expect(error.position == 15_000)
            #expect("\(error)".contains("InputCollected"), "\(error)")
            #expect(projection.position < 15_000)
        }
    }

    static let day = Day(year: 2023, month: 3, day: 1)!

    /// A new programme with one core group member.
    private static func programme(at path: String) throws -> ProgrammeStore {
        let store = try ProgrammeStore(path: path, mode: .create, checkpoints: [ProgrammeProjection.self])
        try store.record(.defineProgramme(.zuidLimburg), actor: nil, name: "init")
        try store.record(
            .addMember(AddMember(name: "Sanne", constituency: .youth, represents: nil, date: day)), actor: nil,
            name: "member add")
        return store
    }

    /// Records `count` inputs in batches of a thousand.
    private static func recordInputs(_ count: Int, in store: ProgrammeStore) throws {
        let input = Command.addInput(
            AddInput(
                pillar: 1, source: .youth, channel: .online, municipality: nil, themes: [], date: day,
                summary: "Meer inspraak", participationLevel: .consult, quote: nil))
        for _ in 0..<(count / 1000) {
            try store.record(batch: Array(repeating: input, count: 1000), actor: "K1", name: "input add")
        }
    }
}
