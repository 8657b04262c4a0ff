import EventStore
import Foundation
import Program
import ProgramStore
import Projections
import Synchronization

/// The demo programme: the Zuid-Limburg story from January 2023 on, recorded through the same
/// commands and rules as programctl, with a clock that walks through the story's dates.
///
/// Everything in it is made up but plausible: the core group, the kick-off of 7 June 2023 at the
/// Flexiforum in Kerkrade with about 200 registrations, inputs under the three pillars with their
/// follow-up, the plan decided by the municipalities, the innovation-budget subsidy, and the
/// framework's goals 2024–2028 with measurements. Another region's story is chosen by
/// ``DemoStory``. The same run always tells the same story.
public enum DemoProgramme {
    /// Creates `path` (which must not hold a programme yet), records the demo in it and publishes
    /// a checkpoint of it signed with ``checkpointKey``. Returns the number of events recorded.
    @discardableResult
    public static func record(at path: String, story: DemoStory = .zuidLimburg) throws -> Int64 {
        let clock = StoryClock()
        let store = try ProgrammeStore(
            path: path, mode: .create, clock: { clock.now }, checkpoints: [ProgrammeProjection.self])
        for day in story.days {
            clock.now = day.time.date
            if !day.commands.isEmpty { try store.record(batch: day.commands, actor: day.actor, name: day.name) }
            if let asOf = day.publishReportAsOf {
                try publishReport(in: store, asOf: asOf, on: day.time.dayInNetherlands, actor: day.actor)
            }
        }
        try store.log.publish(store.log.checkpoint(key: checkpointKey))
        return try store.log.head().position
    }

    /// The key that signs the checkpoint the demo publishes at its end (programd's /checkpoint):
    /// RFC 8032's first Ed25519 test key, named `example.org/participatie` — a published key, as
    /// in docs/event-log-format.md's worked example, never to sign a real log.
    public static let checkpointKey = try! NoteSigningKey(
        name: "example.org/participatie",
        seed: Data(EventHash(hex: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")!.bytes))

    /// Publishes the progress report as of a day, as `programctl report publish` does.
    private static func publishReport(in store: ProgrammeStore, asOf: Day, on day: Day, actor: MemberID?) throws {
        let position = try store.log.head().position
        let report = try ProgressReports.build(from: store.log, through: position, happenedBy: asOf, language: .dutch)
        let data = ReportFormat.html.render(report)
        try store.record(
            .publishReport(
                PublishReport(
                    position: report.position, headHash: report.headHash, digest: ProgressReports.digest(data),
                    format: "html", language: .dutch, date: day, happenedBy: asOf, layout: ReportFormat.layout)),
            actor: actor, name: "report publish")
    }
}

/// The story's clock: set to each day's moment before its commands are recorded.
private final class StoryClock: Sendable {
    private let moment = Mutex(Date(timeIntervalSince1970: 0))

    var now: Date {
        get { moment.withLock { $0 } }
        set { moment.withLock { $0 = newValue } }
    }
}
