import EventStore
import Foundation

/// Reads a checkpoint file given on the command line: a C2SP checkpoint or one of the first
/// format (`event-log-checkpoint v1`).
func readCheckpoint(file path: String, option: String) throws -> CheckpointFile {
    try readTransparencyFile(path, option: option, as: CheckpointFile.init(encoded:))
}

/// Reads a checkpoint, key, proof or receipt file; a file without its format is a usage error
/// naming the option and the file.
func readTransparencyFile<T>(_ path: String, option: String, as read: (String) throws -> T) throws -> T {
    let text = try readText(file: path, option: option)
    do {
        return try read(text)
    } catch let error as CheckpointError {
        throw UsageError("\(option) \(path): \(error)")
    }
}

/// The keys given with `--trust`, each a verifier key or a 64-hex-digit Ed25519 key.
func trustedKeys(_ texts: [String]) throws -> [TrustedKey] {
    try texts.map { text in
        do {
            return try TrustedKey(encoded: text)
        } catch let error as CheckpointError {
            throw UsageError("--trust: \(error)")
        }
    }
}

/// Writes `text` to `file`, or prints it when there is none; `done` is what to say after writing.
func emit(_ text: String, to file: String?, output: Output, done: String) throws {
    guard let file else {
        output.print(text, terminator: "")
        return
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    output.print("\(done): \(file)")
}

/// The log's origin — the name of its signing key — when none is given: the programme's name
/// folded to a note key name. Letters lose their accents and become lower case, every run of
/// other characters becomes one `-`: "Cliënt- en jongerenparticipatie Zuid-Limburg" is
/// `client-en-jongerenparticipatie-zuid-limburg`.
func derivedOrigin(programmeName name: String) -> String {
    var origin = ""
    var separated = false
    for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            if separated && !origin.isEmpty { origin.append("-") }
            origin.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            separated = false
        } else {
            separated = true
        }
    }
    return origin.isEmpty ? "event-log" : origin
}

/// "1 hash", "9 hashes".
func hashCount(_ count: Int) -> String { count == 1 ? "1 hash" : "\(count) hashes" }
