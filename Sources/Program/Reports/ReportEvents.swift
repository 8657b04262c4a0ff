import Foundation

/// A progress report (voortgangsrapportage) was published: what it was built from and its digest.
///
/// Schema version 2 added ``happenedBy``, version 3 ``layout``; an earlier payload reads with none.
public struct ReportPublished: EventPayload {
    public static let typeName = "ReportPublished"
    public static let schemaVersion = 3
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
    /// The report layout the file was rendered with; `nil` in payloads before version 3, which
    /// were all rendered with layout 1. Reproducing the file needs a program that renders it.
    public var layout: Int?

    /// The layout of every report published before layouts were recorded.
    public static let firstLayout = 1

    /// The layout the file was rendered with.
    public var renderedLayout: Int { layout ?? Self.firstLayout }

    public init(
        report: ReportID, position: Int64, headHash: String, digest: String, format: String, language: Language,
        date: Day, happenedBy: Day?, layout: Int?
    ) {
        self.happenedBy = happenedBy
        self.layout = layout
        self.report = report
        self.position = position
        self.headHash = headHash
        self.digest = digest
        self.format = format
        self.language = language
        self.date = date
    }

    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        // Version 1 has no `happenedBy`, versions 1 and 2 no `layout`.
        try decode(schemaVersion: schemaVersion, payload: payload, addingOptionalsSince: 1)
    }

    public var stream: String { "reports" }
    public var wrapped: ProgramEvent { .reportPublished(self) }
}
