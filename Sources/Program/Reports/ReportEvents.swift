import Foundation

/// A progress report (voortgangsrapportage) was published: what it was built from and its digest.
///
/// Schema version 2 added ``happenedBy``; a version 1 payload reads with none.
public struct ReportPublished: EventPayload {
    public static let typeName = "ReportPublished"
    public static let schemaVersion = 2
    public var report: ReportID
    /// The log position it was built from: the recorded clock.
    public var position: Int64
    /// The chain hash at that position (hex).
    public var headHash: String
    /// SHA-256 of the published file (hex).
    public var digest: String
    /// `md`, `html`, `json` or `csv`.
    public var format: String
    public var language: Language
    /// The day it was published.
    public var date: Day
    /// The business clock it was built with: the facts that happened by the end of this day.
    /// `nil`: every fact recorded through ``position``.
    public var happenedBy: Day?

    public init(
        report: ReportID, position: Int64, headHash: String, digest: String, format: String, language: Language,
        date: Day, happenedBy: Day?
    ) {
        self.happenedBy = happenedBy
        self.report = report
        self.position = position
        self.headHash = headHash
        self.digest = digest
        self.format = format
        self.language = language
        self.date = date
    }

    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        // Version 1 has no `happenedBy`.
        try decode(schemaVersion: schemaVersion, payload: payload, addingOptionalsSince: 1)
    }

    public var stream: String { "reports" }
    public var wrapped: ProgramEvent { .reportPublished(self) }
}
