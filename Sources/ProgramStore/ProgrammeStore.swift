import EventStore
import Foundation
import Program

/// The programme on an event store: records commands through the rules, and reads the log back
/// as programme events.
///
/// Recording runs the rules inside the store's write transaction, on the state caught up to the
/// head with the writer lock held: what the rules saw is what the events are appended to, so two
/// people recording at once can never break a rule between them.
///
/// A write folds the domain state alone (``RecordedState``) and saves it as a checkpoint when
/// due; the read side's folds it is given (`checkpoints`, e.g. the projection programd starts
/// from) are brought up to the head and saved at the same pace, so that readers start from them.
public final class ProgrammeStore {
    /// The actor kept with what is recorded before anyone can record: `init`, the first members.
    public static let setupActor = "(setup)"

    /// The event log underneath: an SQLite file or a PostgreSQL database.
    public let log: any EventLog
    let clock: @Sendable () -> Date
    /// The read side's folds whose checkpoints a write saves when they are due, beside the state's.
    let checkpoints: [any ProgrammeFold.Type]
    /// The state as far as it was folded; a write replaces it once committed.
    var folded = RecordedState()
    private var loadedCheckpoint = false
    /// The position of the state's checkpoint (0: none).
    private var checkpointPosition: Int64 = 0

    /// Opens the programme's store at `path` — an SQLite file, or a PostgreSQL database's
    /// `postgres://` URL (``LogLocation``); its writes also keep the checkpoints of `checkpoints`.
    public init(
        path: String, mode: EventStore.Mode = .readWrite, clock: @escaping @Sendable () -> Date = { Date() },
        checkpoints: [any ProgrammeFold.Type] = []
    ) throws {
        self.log = try LogLocation(path).open(mode: mode, clock: clock)
        self.clock = clock
        self.checkpoints = checkpoints
    }

    /// The state after every event now in the log, from the state's checkpoint on when there is one.
    public func currentState() throws -> (state: ProgrammeState, position: Int64) {
        try loadCheckpoint()
        try catchUp { try log.read(from: $0, limit: 5000) }
        return (folded.state, folded.position)
    }

    /// The events from `position` on, decoded, up to `limit`.
    public func events(from position: Int64, limit: Int = 1000) throws -> [RecordedEvent] {
        return try log.read(from: position, limit: limit).map {
            RecordedEvent(event: try Self.decode($0), stored: $0)
        }
    }

    /// The events of one stream, decoded.
    public func events(inStream stream: String) throws -> [RecordedEvent] {
        return try log.read(stream: stream, fromVersion: 1).map {
            RecordedEvent(event: try Self.decode($0), stored: $0)
        }
    }

    /// Runs `command` through the rules and appends the events it yields, all or nothing.
    ///
    /// - Parameters:
    ///   - actor: who records it (`--as`), kept in the metadata.
    ///   - name: the command as people call it, e.g. `decision record`, kept in the metadata.
    ///   - requestID: makes a retry idempotent: the same request id records nothing twice and
    ///     returns what the first attempt recorded.
    /// - Throws: ``RuleViolation`` when a rule refuses it; store errors when the log cannot take
    ///   it — only before the commit: once the events are committed, what fails after is returned
    ///   in ``RecordResult/pending``.
    @discardableResult
    public func record(_ command: Command, actor: MemberID?, name: String, requestID: String? = nil) throws
        -> RecordResult
    {
        do {
            return try record(batch: [command], actor: actor, name: name, requestID: requestID)
        } catch let refused as BatchViolation {
            throw refused.violation
        }
    }

    /// Runs several commands through the rules, each on the state the previous ones left, and
    /// appends all their events in one transaction: all of them, or — when any is refused — none.
    ///
    /// - Throws: ``BatchViolation`` naming the first command refused and why.
    @discardableResult
    public func record(batch commands: [Command], actor: MemberID?, name: String, requestID: String? = nil) throws
        -> RecordResult
    {
        let metadata = Self.metadata(commands, actor: actor, name: name, requestID: requestID)
        try loadCheckpoint()
        let (result, working) = try record(
            batch: commands, actor: actor, metadata: metadata, requestID: requestID, in: self.log)
        var recorded = result
        recorded.pending = committed(working, recorded: result.events)
        return recorded
    }

    /// ``record(batch:actor:name:requestID:)``'s transaction, on the log's own backend.
    private func record<Log: EventLog>(
        batch commands: [Command], actor: MemberID?, metadata: CommandMetadata, requestID: String?, in log: Log
    ) throws -> (RecordResult, RecordedState) {
        try log.write { transaction -> (RecordResult, RecordedState) in
            if let requestID, let earlier = try Self.earlier(requestID, metadata: metadata, in: &transaction) {
                return (RecordResult(events: earlier, wasAlreadyRecorded: true), folded)
            }
            try catchUp { try transaction.read(from: $0, limit: 5000) }
            let context = CommandContext(actor: actor, now: Instant(clock()))
            var working = folded
            var appended: [RecordedEvent] = []
            for (index, command) in commands.enumerated() {
                let events: [ProgramEvent]
                do throws(RuleViolation) {
                    events = try decide(command, state: working.state, context: context)
                } catch {
                    throw BatchViolation(index: index, violation: error)
                }
                appended += try append(
                    events, ids: Self.eventIDs(events.count, after: appended.count, requestID: requestID),
                    to: &working, metadata: metadata, in: &transaction)
            }
            return (RecordResult(events: appended, wasAlreadyRecorded: false), working)
        }
    }

    /// What a write keeps with its events: who, which command, and the correlation id (from the
    /// request id when there is one).
    static func metadata(_ commands: [Command], actor: MemberID?, name: String, requestID: String?)
        -> CommandMetadata
    {
        CommandMetadata(
            actor: actor?.rawValue ?? Self.setupActor, command: name,
            correlationID: requestID.map { RequestID.correlation(request: $0, commands: commands) }
                ?? UUID.v7().lowercasedString)
    }

    /// The ids of `count` events that follow `earlier` events of the same write: derived from the
    /// request id when there is one, so that a retry stores nothing twice.
    static func eventIDs(_ count: Int, after earlier: Int, requestID: String?) -> [UUID] {
        (0..<count).map { offset in
            requestID.map { RequestID.eventID(request: $0, index: earlier + offset) } ?? UUID.v7()
        }
    }

    /// Takes the state a committed write left, clears what an erasure freed, and saves the
    /// checkpoints that are due. Never throws: the events are committed, so what fails here is
    /// returned as work still to do.
    func committed(_ working: RecordedState, recorded: [RecordedEvent]) -> [FollowUp] {
        folded = working
        var pending: [FollowUp] = []
        let erasures = recorded.compactMap { recorded -> FollowUp.Erasure? in
            guard case .subjectForgotten(let forgotten) = recorded.event else { return nil }
            return FollowUp.Erasure(subject: forgotten.subject, position: recorded.position)
        }
        if !erasures.isEmpty {
            do {
                if let reason = try log.purgeAfterErasure() {
                    pending.append(.purgeDestroyedKeys(erasures: erasures, reason: reason))
                }
            } catch {
                pending.append(.purgeDestroyedKeys(erasures: erasures, reason: "\(error)"))
            }
        }
        guard log.keepsSavedStates else { return pending }
        do {
            if folded.position - checkpointPosition >= Self.stateCheckpointInterval {
                try Projector.saveCheckpoint(folded, to: self.log)
                checkpointPosition = folded.position
            }
            for fold in checkpoints { try saveIfDue(fold) }
        } catch {
            pending.append(.saveCheckpoint(position: folded.position, reason: "\(error)"))
        }
        return pending
    }

    /// How far the state's checkpoint may fall behind before a write saves it again: the next
    /// write folds at most this many events before it decides (a few tens of milliseconds), and
    /// saving it costs about as much as folding them.
    static let stateCheckpointInterval: Int64 = 10_000

    /// Whether a read side's checkpoint at `position` is far enough behind to save another: once
    /// the log has grown by a quarter (and at least 10,000 events) since, so that programd and the
    /// next report start near the head instead of from position 1. Saving a projection is dear.
    private func isDue(since position: Int64) -> Bool {
        folded.position - position >= max(10_000, folded.position / 4)
    }

    /// Brings a read side's fold from its checkpoint up to the head and saves it, when due. Where
    /// its checkpoint stands is read without its bytes: it only decides when to save, and one of
    /// another version counts as none.
    private func saveIfDue<Fold: ProgrammeFold>(_: Fold.Type) throws {
        let saved = try log.savedStateHeader(named: Fold.checkpointName)
        guard isDue(since: saved.flatMap { $0.version == Fold.version ? $0.position : nil } ?? 0) else { return }
        try Projector.saveCheckpoint(Projector.build(Fold.self, from: self.log, through: folded.position), to: self.log)
    }

    /// Seals, encodes and appends one command's events, stream by stream, and folds them into
    /// `working` as stored.
    func append<Transaction: LogTransaction & ~Copyable>(
        _ events: [ProgramEvent], ids: [UUID], to working: inout RecordedState, metadata: CommandMetadata,
        in transaction: inout Transaction
    ) throws -> [RecordedEvent] {
        guard !events.isEmpty else { return [] }
        let keys = try KeyRing.prepare(events.flatMap(\.payload.sealedSubjects), in: &transaction)
        let encoded = try EventCodec.encode(events, keys: keys, ids: ids)
        var first: Int64?
        for stream in events.map(\.stream).uniqued() {
            let batch = zip(events, encoded).filter { $0.0.stream == stream }.map(\.1)
            let version = try transaction.version(of: stream)
            let appended = try transaction.append(
                batch, to: stream, expecting: version == 0 ? .noStream : .exactly(version), metadata: metadata)
            first = first ?? appended.positions.lowerBound
        }
        let stored = try transaction.read(from: first ?? 1, limit: events.count)
        // Fold the events as stored — personal data sealed — never as decided, so that no plain
        // personal data stays in the state (or reaches a checkpoint).
        var recorded: [RecordedEvent] = []
        for stored in stored {
            let event = try Self.decode(stored)
            working.apply(event, position: stored.position, recordedAt: Instant(stored.metadata.recordedAt))
            working.headHash = stored.chainHash.hex
            // Erasure is the key's destruction, in the same transaction as the event that records it.
            if case .subjectForgotten(let forgotten) = event {
                try transaction.destroySubjectKey(forgotten.subject.rawValue)
            }
            recorded.append(RecordedEvent(event: event, stored: stored))
        }
        return recorded
    }

    /// Decodes a stored event, or explains which event this program cannot read.
    public static func decode(_ stored: StoredEvent) throws -> ProgramEvent {
        try decode(
            type: stored.type, schemaVersion: stored.schemaVersion, payload: stored.payload, position: stored.position)
    }

    /// Decodes an event's payload, or explains which event this program cannot read.
    static func decode(type: String, schemaVersion: Int, payload: Data, position: Int64) throws
        -> ProgramEvent
    {
        do {
            return try ProgramEvent.decode(type: type, schemaVersion: schemaVersion, payload: payload)
        } catch {
            throw UnreadableEvent(position: position, type: type, reason: "\(error)")
        }
    }

    /// Starts from the state's checkpoint when one fits, once, before anything else is folded,
    /// and catches up to the head as it is now — a long way is read and decoded ahead of the
    /// fold (``Projector/catchUp(_:from:through:progress:)``). Not inside a write transaction:
    /// what is still missing then is folded inside it.
    func loadCheckpoint() throws {
        guard !loadedCheckpoint else { return }
        loadedCheckpoint = true
        if let checkpoint = try Projector.checkpoint(RecordedState.self, in: self.log) {
            folded = checkpoint
            checkpointPosition = checkpoint.position
        }
        try Projector.catchUp(&folded, from: self.log)
    }

    /// Applies the events after the folded position, read in pages by `page`.
    func catchUp(_ page: (Int64) throws -> [StoredEvent]) throws {
        while true {
            let events = try page(folded.position + 1)
            try Projector.apply(events.map(\.record), to: &folded)
            if events.count < 5000 { return }
        }
    }

    /// What an earlier attempt with this request id recorded, if there was one.
    ///
    /// The earlier attempt must have been the same command with the same values (its correlation
    /// id holds a fingerprint of them); a request id reused for anything else is refused.
    static func earlier<Transaction: LogTransaction & ~Copyable>(
        _ requestID: String, metadata: CommandMetadata, in transaction: inout Transaction
    )
        throws -> [RecordedEvent]?
    {
        guard let position = try transaction.position(ofEventID: RequestID.eventID(request: requestID, index: 0))
        else { return nil }
        var events: [RecordedEvent] = []
        // A request's events are consecutive; an import may have recorded thousands of them.
        var next = position
        paging: while true {
            let page = try transaction.read(from: next, limit: 1000)
            for stored in page {
                guard stored.id == RequestID.eventID(request: requestID, index: events.count) else { break paging }
                events.append(RecordedEvent(event: try decode(stored), stored: stored))
            }
            guard let last = page.last, page.count == 1000 else { break }
            next = last.position + 1
        }
        if let stored = events.first?.stored.metadata, stored.correlationID != metadata.correlationID {
            let what = stored.command == metadata.command ? "another `\(stored.command)`" : "`\(stored.command)`"
            throw RuleViolation(
                "request-id", "'\(requestID)' was already used for \(what) (position \(position)): use a new one")
        }
        return events
    }
}

/// What ``ProgrammeStore/record(_:actor:name:requestID:)`` did.
public struct RecordResult: Sendable {
    /// The events recorded, with their positions.
    public var events: [RecordedEvent]
    /// `true` when a retried request id found its events already recorded: nothing was written.
    public var wasAlreadyRecorded: Bool
    /// What followed the commit and did not get done; the events are recorded all the same.
    public var pending: [FollowUp] = []
}

/// A command of a batch was refused: which one (from 0) and why. Nothing of the batch was recorded.
public struct BatchViolation: Error, Sendable {
    public var index: Int
    public var violation: RuleViolation
}

/// A stored event this program cannot decode: written by a newer version, or damaged.
public struct UnreadableEvent: Error, Sendable, CustomStringConvertible {
    public var position: Int64
    public var type: String
    public var reason: String

    public var description: String {
        "the event at position \(position) (\(type)) cannot be read by this version: \(reason)"
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
