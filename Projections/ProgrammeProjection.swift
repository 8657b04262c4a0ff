import Foundation
import Program

/// The fold behind every read model: the programme's state, the log position it reached, and
/// the timeline of notable events.
///
/// It reads the log by two clocks. ``position`` is how far the log was read — what had been
/// *recorded*; ``happenedBy``, when set, leaves out the facts that happened after that day —
/// what had *happened* (``ProgramEvent/occurredOn``). Facts recorded late about an earlier day
/// are therefore in every view of that day read far enough.
///
/// `apply` is pure bookkeeping over events; the read models (``FrameworkView``, ``PillarsView``, …)
/// are computed from it. Its ``version`` names its shape: a checkpoint saved by another
/// version is discarded and the projection rebuilt.
public struct ProgrammeProjection: Sendable, Hashable, Codable {
    /// Bumped whenever `apply` or the stored shape changes.
    public static let version = 3

    public var state = ProgrammeState()
    /// The last position read (0: none): the recorded clock.
    public var position: Int64 = 0
    /// The chain hash at ``position``, hex.
    public var headHash = String(repeating: "0", count: 64)
    /// When the event at ``position`` was recorded.
    public var lastRecordedAt = Instant(secondsSince1970: 0)
    /// The business clock: only facts that happened by the end of this day are applied; `nil`
    /// applies every event read.
    public private(set) var happenedBy: Day?
    /// How many events were applied: those read less those that happened after ``happenedBy``.
    public var applied: Int64 = 0
    /// Notable events, oldest first.
    public var timeline: [TimelineEntry] = []

    /// An empty projection; with `happenedBy`, one that keeps only the facts of that day and before.
    public init(happenedBy: Day? = nil) { self.happenedBy = happenedBy }

    /// The day the projection speaks of: ``happenedBy`` when set, else the day (in the
    /// Netherlands) its last event was recorded. Reports built from the same position and day
    /// therefore say the same things, whenever they are built.
    public var asOfDay: Day { happenedBy ?? lastRecordedAt.dayInNetherlands }

    /// Reads the event stored at `position`, applying it unless it happened after ``happenedBy``.
    /// The caller sets ``headHash`` once it has applied a batch (hex formatting per event would
    /// cost more than the fold).
    public mutating func apply(_ event: ProgramEvent, position: Int64, recordedAt: Instant) {
        self.position = position
        lastRecordedAt = recordedAt
        if let happenedBy, let day = event.occurredOn, day > happenedBy { return }
        state.apply(event, at: position)
        applied += 1
        if let entry = TimelineEntry(event, position: position) { timeline.append(entry) }
    }
}

/// A notable event on the programme's timeline (no personal data).
public struct TimelineEntry: Sendable, Hashable, Codable {
    public var position: Int64
    /// The date of the fact.
    public var date: Day
    public var kind: Kind
    /// What happened, in Dutch and in English.
    public var dutch: String
    public var english: String

    public func text(_ language: Language) -> String { language == .dutch ? dutch : english }

    public enum Kind: String, Sendable, Hashable, Codable {
        case programme
        case coreGroup = "core-group"
        case decision, plan, framework, conference, funds, report
    }

    /// An entry for the events worth a line on the timeline; `nil` for the others (single
    /// registrations, inputs, measurements, privacy requests).
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
        case .measurementRecorded, .registrationReceived, .registrationCancelled, .registrationPromoted,
            .attendeeCheckedIn, .inputCollected, .inputTakenUp, .inputDeclined, .feedbackGiven, .subjectForgotten,
            .subjectDataExported:
            return nil
        }
        self.position = position
        self.date = date
        self.kind = kind
        self.dutch = EventDescription.describe(event, .dutch)
        self.english = EventDescription.describe(event, .english)
    }
}
