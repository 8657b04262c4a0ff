import EventStore
import Foundation
import TestSupport
import Testing

@Suite("Both backends: writers in separate processes")
struct ProcessConformanceTests {
    let writer = Executable("store-writer")

    @Test(
        "three processes appending 200 events each at once: gapless, in commit order, verified",
        arguments: Backend.available)
    func concurrentWriters(_ backend: Backend) async throws {
        try await backend.withLog { log, tamper in
            let start = ["START_AT": "\(Date().timeIntervalSince1970 + 0.5)"]
            let streams = ["alpha", "beta", "gamma"]
            var processes: [RunningProcess] = []
            for stream in streams {
                processes.append(try writer.start(["append", tamper.target, stream, "200", "1"], environment: start))
            }
            for process in processes { #expect(await process.wait() == 0) }
            let reopened = try backend.reopen(tamper.target)
            let all = try reopened.read(from: 1, limit: 1000)
            #expect(all.map(\.position) == Array(1...600))
            for stream in streams {
                #expect(try reopened.read(stream: stream, fromVersion: 1).map(\.streamVersion) == Array(1...200))
            }
            // Commit order: recorded_at never decreases along the positions.
            #expect(zip(all, all.dropFirst()).allSatisfy { $0.metadata.recordedAtText <= $1.metadata.recordedAtText })
            #expect(zip(all, all.dropFirst()).contains { $0.stream != $1.stream })
            #expect(try log.verify(against: nil, progress: nil).eventsChecked == 600)
        }
    }
}
