import Foundation
import Program
import ProgramStore
import Projections

/// Prints results as text or, with `--json`, as JSON.
struct Output {
    let json: Bool

    /// What a write recorded, or that a retry found it recorded.
    func recorded(_ result: RecordResult) {
        if json {
            print(
                object: [
                    "alreadyRecorded": result.wasAlreadyRecorded,
                    "recorded": result.events.map(Self.summary),
                ])
            return
        }
        let verb = result.wasAlreadyRecorded ? "already recorded (same --request-id)" : "recorded"
        for recorded in result.events {
            print(
                "\(verb) \(recorded.event.typeName) at position \(recorded.position): "
                    + EventDescription.describe(recorded.event, .english))
        }
    }

    /// One event as a JSON object: position, type, stream, id, time, description.
    static func summary(_ recorded: RecordedEvent) -> [String: Any] {
        [
            "position": recorded.position,
            "type": recorded.event.typeName,
            "stream": recorded.stored.stream,
            "streamVersion": recorded.stored.streamVersion,
            "id": recorded.stored.id.uuidString.lowercased(),
            "recordedAt": recorded.stored.metadata.recordedAtText,
            "actor": recorded.stored.metadata.actor,
            "description": EventDescription.describe(recorded.event, .english),
        ]
    }

    /// Prints a JSON value on one line, keys sorted.
    func print(object: Any) {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// A read with nothing to show: an empty JSON array, or `text` saying so.
    func nothing(_ text: String) {
        if json { print(object: [Any]()) } else { print(text) }
    }

    /// Prints a line of text.
    func print(_ line: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((line + terminator).utf8))
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
    var output: Output { Output(json: json) }

    /// Opens the programme's store; its writes also keep the projection's checkpoint, which
    /// reports and programd start from.
    func store(readOnly: Bool = false) throws -> ProgrammeStore {
        try ProgrammeStore(
            path: path, mode: readOnly ? .readOnly : .readWrite, checkpoints: [ProgrammeProjection.self])
    }

    /// Records `command` and prints what it recorded.
    func record(_ command: Command, name: String) throws {
        let result = try store().record(command, actor: actor, name: name, requestID: requestID)
        output.recorded(result)
        try output.followUps(result.pending, store: path)
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
