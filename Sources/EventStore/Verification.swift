/// The outcome of ``EventStore/verify(against:progress:)``.
public struct VerificationReport: Sendable, Hashable {
    /// How many events were checked before the end or the first failure.
    public var eventsChecked: Int64
    /// The head as recomputed from the events (up to the first failure).
    public var head: LogHead
    /// The first failure, or `nil` when the log is intact.
    public var failure: VerificationFailure?

    /// Whether every check passed.
    public var isIntact: Bool { failure == nil }
}

/// The first position at which the log breaks a rule, and which rule.
public struct VerificationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The position that fails.
    public var position: Int64
    public var problem: Problem

    public init(position: Int64, problem: Problem) {
        self.position = position
        self.problem = problem
    }

    public enum Problem: Sendable, Hashable {
        /// The position is not the previous one plus one.
        case positionGap(found: Int64)
        /// The stream version is not the stream's previous version plus one.
        case streamVersionGap(stream: String, expected: Int64, found: Int64)
        /// A field does not have its required form (event id, recorded_at, schema version).
        case malformed(field: String)
        /// `recorded_at` is earlier than the previous event's.
        case recordedAtDecreased
        /// The stored leaf hash is not the hash of the stored fields: the event was changed.
        case leafHashMismatch
        /// The stored chain hash does not follow from the previous one: events were changed, removed or reordered.
        case chainHashMismatch
        /// The log ends before a head that was recorded earlier: events were removed from the end.
        case missingEvents(recordedHead: Int64, lastPosition: Int64)
        /// The chain hash at a recorded head differs: the history up to it was rewritten.
        case headMismatch(recorded: EventHash, found: EventHash)
    }

    public var description: String {
        switch problem {
        case .positionGap(let found):
            "position \(position): expected this position next, found \(found) (a gap)"
        case .streamVersionGap(let stream, let expected, let found):
            "position \(position): stream '\(stream)' expected version \(expected), found \(found)"
        case .malformed(let field):
            "position \(position): \(field) is malformed"
        case .recordedAtDecreased:
            "position \(position): recorded_at is earlier than at the previous position"
        case .leafHashMismatch:
            "position \(position): the leaf hash does not match the event's fields (the event was changed)"
        case .chainHashMismatch:
            "position \(position): the chain hash does not follow from the previous one"
        case .missingEvents(let recorded, let last):
            "position \(position): a head at position \(recorded) was recorded, but the log ends at \(last) (events were removed)"
        case .headMismatch(let recorded, let found):
            "position \(position): the recorded head has chain hash \(recorded.hex), the log has \(found.hex) (history was rewritten)"
        }
    }
}

extension EventStore {
    /// Walks the whole log: gapless positions and stream versions, well-formed fields,
    /// non-decreasing `recorded_at`, and every leaf and chain hash recomputed.
    ///
    /// - Parameters:
    ///   - recordedHead: a head kept outside the store earlier; the log must still contain it unchanged.
    ///   - progress: called now and then with the last position checked.
    /// - Returns: a report naming the first failure, if any. Throws only when the file cannot be read.
    public func verify(
        against recordedHead: LogHead? = nil, progress: ((Int64) -> Void)? = nil
    ) throws -> VerificationReport {
        try reading { connection in
            try connection.readTransaction {
                let select = try connection.statement("SELECT \(Connection.eventColumns) FROM events ORDER BY position")
                defer { select.reset() }
                var verifier = LogVerifier(recordedHead: recordedHead, progress: progress)
                while try select.step() {
                    if let failure = verifier.check(RawEventRow(select)) { return verifier.report(failure) }
                }
                return verifier.finish()
            }
        }
    }
}

/// One pass of verification, event after event in position order, over the raw bytes of the
/// stored rows: every backend reads its rows and hands them here, so the rules and the hashing
/// are written once.
package struct LogVerifier {
    private let recordedHead: LogHead?
    private let progress: ((Int64) -> Void)?
    private var encoder = CanonicalEncoder()
    private var head = LogHead.empty
    private var lastRecordedAt: [UInt8] = []
    private var versions = StreamVersions()

    package init(recordedHead: LogHead?, progress: ((Int64) -> Void)?) {
        self.recordedHead = recordedHead
        self.progress = progress
    }

    /// The report at `failure`, or at the last event checked.
    package func report(_ failure: VerificationFailure?) -> VerificationReport {
        VerificationReport(eventsChecked: head.position, head: head, failure: failure)
    }

    /// Checks the next row; on success it becomes the head. The first failure ends the walk.
    package mutating func check(_ row: RawEventRow) -> VerificationFailure? {
        let position = head.position + 1
        guard row.position == position else {
            return VerificationFailure(position: position, problem: .positionGap(found: row.position))
        }
        let version = row.streamVersion
        let expectedVersion = versions.next(for: row.stream)
        guard version == expectedVersion else {
            let stream = String(decoding: row.stream, as: UTF8.self)
            return VerificationFailure(
                position: position,
                problem: .streamVersionGap(stream: stream, expected: expectedVersion, found: version))
        }
        versions.record(version)
        if let field = row.malformedField {
            return VerificationFailure(position: position, problem: .malformed(field: field))
        }
        guard !row.recordedAt.lexicographicallyPrecedes(lastRecordedAt) else {
            return VerificationFailure(position: position, problem: .recordedAtDecreased)
        }
        lastRecordedAt.removeAll(keepingCapacity: true)
        lastRecordedAt.append(contentsOf: row.recordedAt)
        let leaf = encoder.leafHash(row.fields)
        guard leaf.equals(row.leafHash) else {
            return VerificationFailure(position: position, problem: .leafHashMismatch)
        }
        let chain = CanonicalEncoder.chainHash(previous: head.chainHash, leaf: leaf)
        guard chain.equals(row.chainHash) else {
            return VerificationFailure(position: position, problem: .chainHashMismatch)
        }
        head = LogHead(position: position, chainHash: chain)
        if let recordedHead, recordedHead.position == position, recordedHead.chainHash != chain {
            return VerificationFailure(
                position: position, problem: .headMismatch(recorded: recordedHead.chainHash, found: chain))
        }
        if position % 65_536 == 0 { progress?(position) }
        return nil
    }

    /// The report once every row was checked: the log must reach the recorded head.
    package func finish() -> VerificationReport {
        if let recordedHead, recordedHead.position > head.position {
            return report(
                VerificationFailure(
                    position: head.position + 1,
                    problem: .missingEvents(recordedHead: recordedHead.position, lastPosition: head.position)))
        }
        progress?(head.position)
        return report(nil)
    }
}

/// The last version seen per stream. Runs of one stream, common in a log, skip the dictionary.
private struct StreamVersions {
    private var versions: [String: Int64] = [:]
    private var current: [UInt8] = []
    private var currentVersion: Int64 = 0

    /// The version the stream's next event must have; makes it the current stream.
    mutating func next(for stream: UnsafeRawBufferPointer) -> Int64 {
        if !current.isEmpty && current.elementsEqual(stream) { return currentVersion + 1 }
        if !current.isEmpty { versions[String(decoding: current, as: UTF8.self)] = currentVersion }
        current.removeAll(keepingCapacity: true)
        current.append(contentsOf: stream)
        currentVersion = versions[String(decoding: stream, as: UTF8.self)] ?? 0
        return currentVersion + 1
    }

    /// Records the current stream's version.
    mutating func record(_ version: Int64) { currentVersion = version }
}

/// The raw bytes of one stored row, as the backend's driver holds them: valid only while the row is.
package struct RawEventRow {
    /// The columns of `events` in table order, the same on every backend: select them in this
    /// order to read a row into a ``RawEventRow``.
    package static let columns = """
        position, stream, stream_version, event_id, type, schema_version, recorded_at, \
        actor, command, correlation_id, causation_id, payload, leaf_hash, chain_hash
        """

    package var position, streamVersion, schemaVersion: Int64
    package var stream, eventID, type, recordedAt, actor, command, correlationID, causationID: UnsafeRawBufferPointer
    package var payload, leafHash, chainHash: UnsafeRawBufferPointer

    package init(
        position: Int64, stream: UnsafeRawBufferPointer, streamVersion: Int64, eventID: UnsafeRawBufferPointer,
        type: UnsafeRawBufferPointer, schemaVersion: Int64, recordedAt: UnsafeRawBufferPointer,
        actor: UnsafeRawBufferPointer, command: UnsafeRawBufferPointer, correlationID: UnsafeRawBufferPointer,
        causationID: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer, leafHash: UnsafeRawBufferPointer,
        chainHash: UnsafeRawBufferPointer
    ) {
        (self.position, self.stream, self.streamVersion, self.eventID, self.type) =
            (position, stream, streamVersion, eventID, type)
        (self.schemaVersion, self.recordedAt, self.actor, self.command, self.correlationID) =
            (schemaVersion, recordedAt, actor, command, correlationID)
        (self.causationID, self.payload, self.leafHash, self.chainHash) = (causationID, payload, leafHash, chainHash)
    }

    /// A row selected with `Connection.eventColumns`, valid until the statement steps again.
    init(_ statement: Statement) {
        func column(_ index: Int32) -> UnsafeRawBufferPointer {
            statement.withBytes(index) { $0 }
        }
        self.init(
            position: statement.int64(0), stream: column(1), streamVersion: statement.int64(2), eventID: column(3),
            type: column(4), schemaVersion: statement.int64(5), recordedAt: column(6), actor: column(7),
            command: column(8), correlationID: column(9), causationID: column(10), payload: column(11),
            leafHash: column(12), chainHash: column(13))
    }

    /// The fields the leaf hash commits to.
    var fields: CanonicalEncoder.Fields<UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer> {
        CanonicalEncoder.Fields(
            position: position, stream: stream, streamVersion: streamVersion, eventID: eventID, type: type,
            schemaVersion: schemaVersion, recordedAt: recordedAt, actor: actor, command: command,
            correlationID: correlationID, causationID: causationID, payload: payload)
    }

    /// The first field that does not have its required form, if any.
    var malformedField: String? {
        if !Self.isLowercaseUUID(eventID) { return "event_id" }
        if !causationID.isEmpty && !Self.isLowercaseUUID(causationID) { return "causation_id" }
        if !(1...Int64(UInt32.max)).contains(schemaVersion) { return "schema_version" }
        if !Timestamp.isWellFormed(recordedAt) { return "recorded_at" }
        return nil
    }

    private static func isLowercaseUUID(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                if byte != UInt8(ascii: "-") { return false }
            } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                && !(UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            {
                return false
            }
        }
        return true
    }
}
