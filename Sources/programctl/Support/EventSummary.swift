import ProgramStore
import Projections

/// One recorded event as `--json` shows it: where it is in the log, what it is and who recorded it.
struct EventSummary: Encodable {
    var position: Int64
    var type: String
    var stream: String
    var streamVersion: Int64
    var id: String
    var recordedAt: String
    var actor: String
    var description: String

    init(_ recorded: RecordedEvent) {
        position = recorded.position
        type = recorded.event.typeName
        stream = recorded.stored.stream
        streamVersion = recorded.stored.streamVersion
        id = recorded.stored.id.uuidString.lowercased()
        recordedAt = recorded.stored.metadata.recordedAtText
        actor = recorded.stored.metadata.actor
        description = EventDescription.describe(recorded.event, .english)
    }
}
