import Foundation
import Program

/// A notable event on the programme's timeline: the event as the log holds it (personal data
/// sealed), where the log holds it and the day it happened. What it says is worded when read
/// (``text(_:)``), never kept: a checkpoint holds the event, so a change of wording shows in
/// every report at once, checkpoint or not.
public struct TimelineEntry: Sendable, Hashable {
    public var position: Int64
    /// The date of the fact.
    public var date: Day
    public var kind: Kind
    /// The event, as stored.
    public var event: ProgramEvent

    /// What happened, in `language` (``EventDescription``; no personal data), municipalities by
    /// name when `municipalities` (code → name) knows them.
    public func text(_ language: Language, municipalities: [String: String] = [:]) -> String {
        EventDescription.describe(event, language, municipalities: municipalities)
    }

    public enum Kind: String, Sendable, Hashable, Codable {
        case programme
        case coreGroup = "core-group"
        case decision, plan, framework, conference, funds, report
        /// A participation body beside the core group.
        case body
        case advice
    }

    /// An entry for the events worth a line on the timeline; `nil` for the others (single
    /// registrations, inputs, measurements, privacy requests, who joins or leaves a body).
    init?(_ event: ProgramEvent, position: Int64) {
        let kind: Kind
        let date: Day
        switch event {
        case .programmeDefined(let e): (kind, date) = (.programme, e.definition.startsOn)
        case .memberJoined(let e): (kind, date) = (.coreGroup, e.date)
        case .memberLeft(let e): (kind, date) = (.coreGroup, e.date)
        case .decisionRecorded(let e): (kind, date) = (.decision, e.meeting.date)
        case .decisionAmended(let e): (kind, date) = (.decision, e.meeting.date)
        case .decisionRevoked(let e): (kind, date) = (.decision, e.meeting.date)
        case .planVersionDrafted(let e): (kind, date) = (.plan, e.date)
        case .planSubmitted(let e): (kind, date) = (.plan, e.date)
        case .planDecided(let e): (kind, date) = (.plan, e.date)
        case .goalAdded(let e): (kind, date) = (.framework, e.date)
        case .goalAdjusted(let e): (kind, date) = (.framework, e.date)
        case .conferenceScheduled(let e): (kind, date) = (.conference, e.date)
        case .subsidyAwarded(let e): (kind, date) = (.funds, e.date)
        case .trancheReceived(let e): (kind, date) = (.funds, e.date)
        case .expenditureBooked(let e): (kind, date) = (.funds, e.date)
        case .accountabilitySubmitted(let e): (kind, date) = (.funds, e.date)
        case .subsidySettled(let e): (kind, date) = (.funds, e.date)
        case .reportPublished(let e): (kind, date) = (.report, e.date)
        case .bodyEstablished(let e): (kind, date) = (.body, e.date)
        case .adviceRequested(let e): (kind, date) = (.advice, e.date)
        case .adviceGiven(let e): (kind, date) = (.advice, e.date)
        case .adviceResponded(let e): (kind, date) = (.advice, e.date)
        case .bindingAdviceCarriedOut(let e): (kind, date) = (.advice, e.date)
        case .adviceResponseReacted(let e): (kind, date) = (.advice, e.date)
        case .measurementRecorded, .registrationReceived, .registrationCancelled, .registrationPromoted,
            .attendeeCheckedIn, .inputCollected, .inputTakenUp, .inputDeclined, .feedbackGiven, .subjectForgotten,
            .subjectDataExported, .bodyMemberJoined, .bodyMemberLeft:
            return nil
        }
        self.position = position
        self.date = date
        self.kind = kind
        self.event = event
    }
}

/// Saved as its position and the event in the log's own form — type, schema version and payload
/// — and read back as the log is: its kind and date follow from the event again.
extension TimelineEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case position, type, schemaVersion, payload
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let position = try container.decode(Int64.self, forKey: .position)
        let event = try ProgramEvent.decode(
            type: try container.decode(String.self, forKey: .type),
            schemaVersion: try container.decode(Int.self, forKey: .schemaVersion),
            payload: Data(try container.decode(String.self, forKey: .payload).utf8))
        guard let entry = TimelineEntry(event, position: position) else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "\(event.typeName) is not on the timeline")
        }
        self = entry
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let payload = event.payload
        try container.encode(position, forKey: .position)
        try container.encode(event.typeName, forKey: .type)
        try container.encode(type(of: payload).schemaVersion, forKey: .schemaVersion)
        try container.encode(
            String(decoding: try JSONEncoder.eventPayloads().encode(payload), as: UTF8.self), forKey: .payload)
    }
}
