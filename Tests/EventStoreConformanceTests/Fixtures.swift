import EventStore
import Foundation

/// The same metadata for every event, so that equal events hash equally on both backends.
let metadata = CommandMetadata(actor: "secretary", command: "test", correlationID: "correlation-1")

/// `count` events with ids derived from `first` on: the same events whenever asked.
func events(_ count: Int, from first: Int = 1, type: String = "Happened") -> [NewEvent] {
    (first..<(first + count)).map { index in
        NewEvent(
            id: UUID(uuidString: String(format: "00000000-0000-7000-8000-%012x", index))!, type: type,
            payload: Data(#"{"index":\#(index)}"#.utf8))
    }
}
