import Foundation

/// A subject's key as a log keeps it, to copy the log with its keys to another backend.
public struct KeptSubjectKey: Sendable {
    public let subject: String
    public let key: SubjectKey
    /// When it was made, as stored.
    public let createdAt: String

    package init(subject: String, key: SubjectKey, createdAt: String) {
        (self.subject, self.key, self.createdAt) = (subject, key, createdAt)
    }
}

/// What a log keeps of a destroyed key — its ``KeyTrace``, never the key — to copy it along.
public struct KeptKeyTrace: Sendable {
    public var subject: String { trace.subject }
    package let trace: KeyTrace
    /// When the key was destroyed, as stored.
    public let destroyedAt: String

    package init(_ trace: KeyTrace, destroyedAt: String) { (self.trace, self.destroyedAt) = (trace, destroyedAt) }
}

/// What ``EventLog/copy(from:withKeys:progress:)`` copied.
public struct LogCopyReport: Sendable, Equatable {
    public var head: LogHead
    public var subjectKeys: Int
    public var keyTraces: Int
}

extension EventLog {
    /// Copies the whole of `source` into this log, which must be empty: every event exactly as
    /// stored (so every hash stays what it was), the subject keys and the traces of destroyed keys.
    ///
    /// `source` is verified first (its first failure is thrown, a ``VerificationFailure``, and
    /// nothing is copied), and each event is checked again as it is written (it must
    /// follow this log's head, its chain hash extending it); the copy is one transaction, all or
    /// nothing. Events appended to `source` meanwhile are not copied: the copy ends at the head
    /// that was verified. Saved states and published checkpoints are not copied: both follow
    /// from the log (a reader folds it; `audit checkpoint --publish` publishes again). Without
    /// `withKeys`, neither keys nor traces go along: personal data stays encrypted, for good.
    @discardableResult
    public func copy(
        from source: some EventLog, withKeys: Bool = true, progress: ((Int64) -> Void)? = nil
    ) throws -> LogCopyReport {
        let verified = try source.verify(against: nil, progress: nil)
        if let failure = verified.failure { throw failure }
        let keys = withKeys ? try source.keptSubjectKeys() : []
        let traces = withKeys ? try source.keptKeyTraces() : []
        return try write { transaction in
            guard try transaction.head().position == 0 else {
                throw EventStoreError.invalidArgument(
                    "\(location) is not empty: a log is copied into an empty one only, nothing was copied")
            }
            var head = LogHead.empty
            while head.position < verified.head.position {
                let page = try source.read(from: head.position + 1, limit: 2000).prefix {
                    $0.position <= verified.head.position
                }
                guard !page.isEmpty else { break }
                for event in page {
                    try AppendRules.checkCopy(event, after: head)
                    head = LogHead(position: event.position, chainHash: event.chainHash)
                }
                try transaction.copy(Array(page))
                progress?(head.position)
            }
            guard try transaction.head() == verified.head else {
                throw EventStoreError.invalidArgument(
                    "the copy of \(source.location) did not end at its head \(verified.head), nothing was copied")
            }
            for key in keys { try transaction.restore(key) }
            for trace in traces { try transaction.restore(trace) }
            return LogCopyReport(head: verified.head, subjectKeys: keys.count, keyTraces: traces.count)
        }
    }
}

extension AppendRules {
    /// Before a stored event is copied after `head`: it must be the next
    /// position and its chain hash must extend the head's (its leaf hash was verified in the source).
    package static func checkCopy(_ event: StoredEvent, after head: LogHead) throws {
        guard event.position == head.position + 1 else {
            throw EventStoreError.invalidArgument(
                "event \(event.position) cannot follow position \(head.position): a copy keeps every position")
        }
        guard CanonicalEncoder.chainHash(previous: head.chainHash, leaf: event.leafHash) == event.chainHash else {
            throw EventStoreError.invalidArgument(
                "event \(event.position)'s chain hash does not extend the chain before it: nothing was copied")
        }
    }
}
