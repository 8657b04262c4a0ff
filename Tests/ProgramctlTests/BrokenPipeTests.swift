import Foundation
import TestSupport
import Testing

/// `programctl … | head`: a reader that goes away ends programctl as it ends any command-line
/// tool, by SIGPIPE, without a crash report.
@Suite("programctl: output to a reader that has gone")
struct BrokenPipeTests {
    let programctl = Executable("programctl")

    @Test("a closed standard output ends programctl by SIGPIPE, with nothing on standard error")
    func closedOutput() async throws {
        try await withTemporaryDirectory { directory in
            let store = directory.path("zl.sqlite")
            #expect(try await programctl.run(["demo", "--db", store]).status == 0)
            let running = try programctl.start(["input", "list", "--db", store])
            try running.stdout.fileHandleForReading.close()
            let status = await running.wait()
            let errors = String(decoding: running.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(running.process.terminationReason == .uncaughtSignal && status == SIGPIPE, "\(status)")
            #expect(errors.isEmpty, "\(errors)")
        }
    }
}
