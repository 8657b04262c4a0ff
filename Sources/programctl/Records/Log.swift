import ArgumentParser
import EventStore
import Foundation
import PayloadDecoding
import Program
import ProgramStore
import Projections

struct Log: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the events in the log, in order.",
        discussion: """
            Text: one line per event (position, time in Europe/Amsterdam, stream/version, \
            type, what happened in the language of --lang). With --json: one JSON object per line with every stored \
            field as docs/event-log-format.md names them (the payload exactly, in base64, \
            and the hashes), and the payload once more as JSON to read (personal data in \
            it is encrypted).

            Nothing to show (e.g. --from beyond the last position) is not an error: the
            text says so, --json prints no lines.

            Example:  programctl log --from 20 --limit 10
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The first position to show.")
    var from: Int64 = 1

    @Option(help: "At most this many events.")
    var limit: Int?

    func execute() throws {
        let store = try global.store(.readOnly)
        var position = from
        var remaining = limit ?? Int.max
        while remaining > 0 {
            let page = try store.events(from: position, limit: min(remaining, 1000))
            if page.isEmpty, position == from, !global.json {
                global.output.print(
                    "no events from position \(from) on (the log ends at position \(try store.log.head().position))"
                )
            }
            for recorded in page { show(recorded) }
            guard let last = page.last, page.count == min(remaining, 1000) else { return }
            remaining -= page.count
            position = last.position + 1
        }
    }

    private func show(_ recorded: RecordedEvent) {
        let stored = recorded.stored
        if global.json {
            global.output.print(json: Line(stored))
            return
        }
        let time = Instant(stored.metadata.recordedAt).localText
        global.output.print(
            "\(String(stored.position).leftPadded(6))  \(time)  \(stored.stream)/\(stored.streamVersion)  "
                + "\(stored.type)  \(stored.metadata.actor)  \(EventDescription.describe(recorded.event, global.language))"
        )
    }
}

extension Log {
    /// An event as `--json` shows it: every stored field (exact, as hashed), and the payload once
    /// more as JSON for people to read (left out if it is not JSON).
    struct Line: Encodable {
        var fields: EventFields
        var payload: JSONValue?

        init(_ stored: StoredEvent) {
            fields = EventFields(stored)
            payload = try? JSONDecoder().decode(JSONValue.self, from: stored.payload)
        }

        private enum Key: CodingKey { case payload }

        func encode(to encoder: any Encoder) throws {
            try fields.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(payload, forKey: .payload)
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
