import Foundation

/// How far ``EventStore/purgeDestroyedKeys()`` got in taking destroyed keys out of the store's files.
public struct KeyPurge: Sendable {
    /// One file of the store as scanned.
    public struct ScannedFile: Sendable {
        /// The file's path: the database, its `-wal` or its `-shm`.
        public var path: String
        /// Its size in bytes.
        public var size: Int
        /// The subjects whose destroyed key's bytes it still holds.
        public var destroyedKeys: [String]
    }

    /// Every subject whose key was destroyed in this store: all of them were looked for.
    public var subjects: [String]
    /// Whether the write-ahead log was copied into the database and truncated to zero bytes;
    /// `false` while another connection still reads the pages it started with.
    public var checkpointed: Bool
    /// Whether the database had to be rewritten (`VACUUM`) because a complete checkpoint still
    /// left bytes of a destroyed key in it.
    public var vacuumed: Bool
    /// The store's files, as scanned after the checkpoint.
    public var files: [ScannedFile]

    /// Confirmed: no file of the store holds a destroyed key's bytes.
    public var isComplete: Bool { files.allSatisfy(\.destroyedKeys.isEmpty) }
}

extension EventStore {
    /// Copies the write-ahead log into the database and truncates it to zero bytes, so that
    /// overwritten pages (a destroyed key) are gone from every file of the store.
    ///
    /// Waits up to the busy timeout for readers that still use the old pages. Returns `false`
    /// when one still does: the old pages stay until it lets go, and a later call finishes.
    public func purgeFreedPages() throws -> Bool {
        try writing { try $0.truncateWriteAheadLog() }
    }

    /// ``purgeFreedPages()``, saying why when it could not finish.
    public func purgeAfterErasure() throws -> String? {
        try purgeFreedPages()
            ? nil
            : "its bytes remain in the free pages and write-ahead log of \(path): another connection to the store "
                + "still reads from before the erasure (an open sqlite3 shell, a running backup); once it has let go"
    }

    /// Takes the bytes of every destroyed key out of the store's files, and confirms it by
    /// looking for them (by their ``KeyTrace``) in every byte of every file.
    ///
    /// Checkpoints the write-ahead log (``purgeFreedPages()``); when that completes and a file
    /// still holds a destroyed key's bytes, rewrites the database (`VACUUM`) and checkpoints again.
    public func purgeDestroyedKeys() throws -> KeyPurge {
        try writing { connection in
            let traces = try connection.keyTraces()
            var purge = KeyPurge(
                subjects: traces.map(\.subject), checkpointed: try connection.truncateWriteAheadLog(), vacuumed: false,
                files: try scanFiles(for: traces))
            if purge.checkpointed && !purge.isComplete {
                try connection.execute("VACUUM")
                purge.vacuumed = true
                purge.checkpointed = try connection.truncateWriteAheadLog()
                purge.files = try scanFiles(for: traces)
            }
            return purge
        }
    }

    /// The store's files that exist, each with the destroyed keys whose bytes it holds.
    private func scanFiles(for traces: [KeyTrace]) throws -> [KeyPurge.ScannedFile] {
        try ["", "-wal", "-shm", "-journal"].map { path + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
            .map { file in
                let data = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
                let found = data.withUnsafeBytes { KeyTrace.found(traces, in: $0) }
                return KeyPurge.ScannedFile(path: file, size: data.count, destroyedKeys: found.sorted())
            }
    }
}

extension Connection {
    /// `PRAGMA wal_checkpoint(TRUNCATE)`: `false` when a reader kept it from completing.
    func truncateWriteAheadLog() throws(SQLiteError) -> Bool {
        let statement = try statement("PRAGMA wal_checkpoint(TRUNCATE)")
        defer { statement.reset() }
        do {
            _ = try statement.step()
        } catch  where error.isBusy {
            return false
        }
        return statement.int64(0) == 0
    }
}
