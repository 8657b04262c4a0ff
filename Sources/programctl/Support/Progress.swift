import Foundation

/// Progress of long work on standard error — only when it is a terminal, so piped output stays clean.
struct Progress {
    let label: String
    let total: Int64
    private let isTerminal = isatty(STDERR_FILENO) == 1

    init(_ label: String, total: Int64) {
        self.label = label
        self.total = total
    }

    /// Shows how far the work got.
    func update(_ done: Int64) {
        guard isTerminal, total > 0 else { return }
        let percent = Int(done * 100 / total)
        FileHandle.standardError.write(Data("\r\(label): \(done) of \(total) (\(percent)%)".utf8))
    }

    /// Clears the line.
    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
