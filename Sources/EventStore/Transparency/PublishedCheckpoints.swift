import Foundation

extension EventStore {
    /// Publishes a signed checkpoint in the store, for readers that hold no signing key (programd
    /// serves the latest as `/checkpoint`). The table is append-only: a note already published is
    /// left as it is, and another note of a published size — more cosignatures, say — is added
    /// beside it only when it has the same root.
    ///
    /// - Returns: `false` when this very note was published before (nothing was written).
    /// - Throws: ``EventStoreError/invalidArgument(_:)`` when the checkpoint is not of this log as
    ///   it is: its size is beyond the head, or its root is not the log's root at its size.
    @discardableResult
    public func publish(_ checkpoint: LogCheckpoint) throws -> Bool {
        if isReadOnly { throw EventStoreError.readOnly(path: path) }
        try checkPublishable(checkpoint)
        return try writing { connection in
            let statement = try connection.statement(
                "INSERT OR IGNORE INTO published_checkpoints (size, root, note, published_at) VALUES (?, ?, ?, ?)")
            defer { statement.reset() }
            statement.bind(1, checkpoint.size)
            statement.bind(2, Data(checkpoint.root.bytes))
            statement.bind(3, checkpoint.encoded)
            statement.bind(4, Timestamp.format(options.clock()))
            try statement.run()
            return connection.changes > 0
        }
    }

    /// The latest published checkpoint as it was published (a signed note's text): of the largest
    /// size, the last one published. `nil` when none is, also in a file older than version 4.
    public func latestPublishedCheckpoint() throws -> String? {
        try reading { connection in
            let table = try connection.statement(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'published_checkpoints'")
            defer { table.reset() }
            _ = try table.step()
            guard table.int64(0) == 1 else { return nil }
            let statement = try connection.statement(
                "SELECT note FROM published_checkpoints ORDER BY size DESC, rowid DESC LIMIT 1")
            defer { statement.reset() }
            return try statement.step() ? statement.text(0) : nil
        }
    }
}

extension EventLog {
    /// Refuses a checkpoint that is not of this log as it is, before it is published: its size is
    /// beyond the head, or its root is not the log's root at its size
    /// (``EventStoreError/invalidArgument(_:)``).
    public func checkPublishable(_ checkpoint: LogCheckpoint) throws {
        let leaves = try leafHashes(from: 1, through: checkpoint.size)
        guard Int64(leaves.count) == checkpoint.size else {
            throw EventStoreError.invalidArgument(
                "the checkpoint is of \(checkpoint.size) events and the log has \(leaves.count): nothing was published")
        }
        guard MerkleTree.root(of: leaves) == checkpoint.root else {
            throw EventStoreError.invalidArgument(
                "the checkpoint's root is not the log's root at \(checkpoint.size) events: nothing was published")
        }
    }
}
