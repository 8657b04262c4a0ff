import EventStore
import Foundation

extension PostgresEventStore {
    /// A self-contained SQLite file of the log for auditors, as ``EventStore/exportLog(to:)``
    /// writes one: the events, copied exactly as stored and verified first — no subject keys, no
    /// traces of destroyed keys. The same file, byte for byte in every event, as an export of the
    /// log copied to SQLite.
    public func exportLog(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw EventStoreError.invalidArgument("\(destination) already exists: an export goes to a new file")
        }
        do {
            try EventStore(path: destination, mode: .create).copy(from: self, withKeys: false)
            // One file, safe to move: the write-ahead log folded in and gone.
            try EventStore.useRollbackJournal(destination)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            throw error
        }
    }
}
