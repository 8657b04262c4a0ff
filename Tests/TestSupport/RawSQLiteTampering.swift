import Foundation

/// What a tamperer does with raw SQL: drop the trigger that stands in the way, then change or
/// remove events. Each returns SQLite's error message, or `nil` on success.
extension RawSQLite {
    /// Sets `assignment` (e.g. `chain_hash = zeroblob(32)`) on the event at `position`.
    @discardableResult
    public static func updateEvent(at position: Int64, set assignment: String, on path: String) -> String? {
        execute(
            """
            DROP TRIGGER IF EXISTS events_refuse_update;
            UPDATE events SET \(assignment) WHERE position = \(position);
            """, on: path)
    }

    /// Replaces the payload of the event at `position`.
    @discardableResult
    public static func replacePayload(at position: Int64, with payload: Data, on path: String) -> String? {
        updateEvent(at: position, set: "payload = x'\(payload.map { String(format: "%02x", $0) }.joined())'", on: path)
    }

    /// Deletes the events matching `condition` (e.g. `position > 786`).
    @discardableResult
    public static func deleteEvents(where condition: String, on path: String) -> String? {
        execute(
            """
            DROP TRIGGER IF EXISTS events_refuse_delete;
            DELETE FROM events WHERE \(condition);
            """, on: path)
    }
}
