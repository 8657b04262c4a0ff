import EventStore
import Foundation
import TestSupport

/// A small JSON payload.
func payload(_ text: String) -> Data { Data(#"{"text":"\#(text)"}"#.utf8) }

/// Events of one type with numbered payloads.
func events(_ count: Int, type: String = "Noted") -> [NewEvent] {
    (0..<count).map { NewEvent(type: type, payload: payload("event \($0)")) }
}

let metadata = CommandMetadata(actor: "tester", command: "test", correlationID: "test-correlation")

/// A new store in a temporary directory.
func withStore<T>(_ body: (EventStore, TemporaryDirectory) async throws -> T) async throws -> T {
    try await withTemporaryDirectory { directory in
        let store = try EventStore(path: directory.path("log.sqlite"), mode: .create)
        return try await body(store, directory)
    }
}

/// The number of rows in `events`, read with raw SQL.
func rowCount(_ path: String) -> Int64? {
    RawSQLite.integer("SELECT count(*) FROM events", on: path)
}
