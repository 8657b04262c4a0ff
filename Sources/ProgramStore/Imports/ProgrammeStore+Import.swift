import EventStore
import Foundation
import Program

extension ProgrammeStore {
    /// Imports the rows of a file (sign-ups, a survey), repeatably: what the log holds already is
    /// skipped, the rest is recorded, all in one transaction — or, when any row is refused,
    /// nothing.
    ///
    /// Inside the write transaction — so that two imports at once cannot both record a row — each
    /// row is decided on the state the rows before it left, then held against what is recorded:
    /// a registration against its conference's registrations, opened with the store's keys
    /// (``RecordedRegistrations``: one registration per person), an input against the inputs
    /// recorded (``RecordedInputs``). Other commands are recorded as they come.
    ///
    /// - Throws: ``ImportRefused`` with every row's outcome when a row is unreadable, refused by
    ///   a rule or a second registration of a person; store errors when the log cannot take it
    ///   (before the commit; what fails after it is in ``ImportResult/pending``).
    public func importRows(_ rows: [ImportRow], actor: MemberID?, name: String, requestID: String? = nil) throws
        -> ImportResult
    {
        let commands = rows.compactMap { try? $0.command.get() }
        let metadata = Self.metadata(commands, actor: actor, name: name, requestID: requestID)
        try loadCheckpoint()
        let (result, working) = try importRows(
            rows, commands: commands, actor: actor, metadata: metadata, requestID: requestID, in: self.log)
        var recorded = result
        recorded.pending = committed(working, recorded: result.events)
        return recorded
    }

    /// ``importRows(_:actor:name:requestID:)``'s transaction, on the log's own backend.
    private func importRows<Log: EventLog>(
        _ rows: [ImportRow], commands: [Command], actor: MemberID?, metadata: CommandMetadata, requestID: String?,
        in log: Log
    ) throws -> (ImportResult, RecordedState) {
        try log.write { transaction -> (ImportResult, RecordedState) in
            if let requestID, let earlier = try Self.earlier(requestID, metadata: metadata, in: &transaction) {
                return (ImportResult(rows: [], events: earlier, wasAlreadyRecorded: true), folded)
            }
            try catchUp { try transaction.read(from: $0, limit: 5000) }
            let context = CommandContext(actor: actor, now: Instant(clock()))
            var working = folded
            var registrations: [ConferenceID: RecordedRegistrations] = [:]
            var inputs: RecordedInputs?
            var result = ImportResult(rows: [], events: [], wasAlreadyRecorded: false)
            for row in rows {
                let events: [ProgramEvent]
                do throws(RuleViolation) {
                    events = try decide(try row.command.get(), state: working.state, context: context)
                } catch {
                    result.rows.append((row.number, .refused(error)))
                    continue
                }
                var match = ImportMatch.new
                if case .registrationReceived(let registration)? = events.first {
                    let conference = registration.conference
                    if registrations[conference] == nil {
                        registrations[conference] = try RecordedRegistrations(
                            conference, state: working.state, in: &transaction)
                    }
                    match = registrations[conference]!.match(registration, row: row.number)
                } else if case .inputCollected(let input)? = events.first {
                    if inputs == nil {
                        inputs = try RecordedInputs(
                            for: commands.compactMap { if case .addInput(let add) = $0 { add } else { nil } },
                            state: working.state, in: &transaction)
                    }
                    match = inputs!.match(input)
                }
                switch match {
                case .recorded(let id):
                    result.rows.append((row.number, .alreadyRecorded(id)))
                case .refused(let violation):
                    result.rows.append((row.number, .refused(violation)))
                case .new:
                    let recorded = try append(
                        events, ids: Self.eventIDs(events.count, after: result.events.count, requestID: requestID),
                        to: &working, metadata: metadata, in: &transaction)
                    result.events += recorded
                    result.rows.append((row.number, .added(recorded)))
                }
            }
            // Thrown inside the transaction: it rolls back, keys made for new subjects too.
            if !result.refused.isEmpty { throw ImportRefused(result: result) }
            return (result, working)
        }
    }
}
