import EventStore
import Foundation
import Program
import ProgramStore
import Projections

/// Prints results as text in a language or, with `--json`, as JSON.
struct Output {
    let json: Bool
    /// The language of the text.
    let language: Language

    /// What a write recorded, or that a retry found it recorded: in the language, with amounts
    /// and dates as it writes them.
    func recorded(_ result: RecordResult) {
        if json {
            print(
                json: Recorded(
                    alreadyRecorded: result.wasAlreadyRecorded, recorded: result.events.map(EventSummary.init)))
            return
        }
        let words = Words(language)
        let verb =
            result.wasAlreadyRecorded
            ? words.pick("al vastgelegd (zelfde --request-id)", "already recorded (same --request-id)")
            : words.pick("vastgelegd", "recorded")
        for recorded in result.events {
            print(
                "\(verb) \(recorded.event.typeName) \(words.pick("op positie", "at position")) \(recorded.position): "
                    + EventDescription.describe(recorded.event, language))
        }
    }

    /// What a write prints with `--json`.
    struct Recorded: Encodable {
        var alreadyRecorded: Bool
        var recorded: [EventSummary]
    }

    /// Prints a JSON value on one line, keys sorted.
    func print(json value: some Encodable) {
        writeOut(Self.line(value))
    }

    /// A JSON value on one line, keys sorted; slashes are escaped (`\/`) only when asked, as on
    /// standard error.
    static func line(_ value: some Encodable, escapingSlashes: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapingSlashes ? [.sortedKeys] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return Data() }
        return data + Data("\n".utf8)
    }

    /// A read with nothing to show: an empty JSON array, or `text` saying so.
    func nothing(_ text: String) {
        if json { print(json: [String]()) } else { print(text) }
    }

    /// Prints a line of text.
    func print(_ line: String, terminator: String = "\n") {
        writeOut(Data((line + terminator).utf8))
    }

    /// Prints rows as aligned columns.
    func table(_ header: [String], _ rows: [[String]]) {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        for row in [header] + rows {
            print(
                zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }
}

extension GlobalOptions {
    var output: Output { Output(json: json, language: language) }

    /// Opens the programme's store (`.create` makes it); its writes also keep the projection's
    /// checkpoint, which reports and programd start from.
    func store(_ mode: EventStore.Mode = .readWrite) throws -> ProgrammeStore {
        try ProgrammeStore(path: path, mode: mode, checkpoints: [ProgrammeProjection.self])
    }

    /// Records `command` in `store` under the command's `name` (e.g. `decision record`), and
    /// prints what it recorded and what is still to do.
    func record(_ command: Command, name: String, in store: ProgrammeStore) throws {
        let result = try store.record(command, actor: actor, name: name, requestID: requestID)
        output.recorded(result)
        try output.followUps(result.pending, store: shownPath)
    }
}

/// Reads a text file given on the command line, which must be UTF-8.
func readText(file path: String, option: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw UsageError("\(option): cannot read \(path)")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
        throw RuleViolation(String(option.drop { $0 == "-" }), "\(path) is not valid UTF-8 text")
    }
    return text
}

/// Writes `data` to standard output. When the reader has gone (`programctl … | head`), ends quietly
/// as any command-line tool does, by SIGPIPE; another failure to write is one line and exit 70.
func writeOut(_ data: Data) {
    let failure = data.withUnsafeBytes { bytes -> Int32? in
        var offset = 0
        while offset < bytes.count {
            let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
    guard let failure else { return }
    if failure == EPIPE {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
    }
    FileHandle.standardError.write(Data("error: cannot write the output: \(String(cString: strerror(failure)))\n".utf8))
    exit(ExitStatus.internalError.rawValue)
}
