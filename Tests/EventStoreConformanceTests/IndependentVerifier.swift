import Foundation
import TestSupport

/// The auditor's standard-library verifier (docs/verify/verify_log.py), run on an SQLite file.
enum IndependentVerifier {
    static func run(_ file: String) async throws -> ProcessResult {
        try await Executable(url: URL(fileURLWithPath: "/usr/bin/env")).run([
            "python3", packageRoot.appendingPathComponent("docs/verify/verify_log.py").path, file,
        ])
    }
}

/// The package's root directory.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
