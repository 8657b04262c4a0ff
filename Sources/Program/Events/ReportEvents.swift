/// A progress report (voortgangsrapportage) was published: what it was built from and its digest.
public struct ReportPublished: EventPayload {
    public static let typeName = "ReportPublished"
    public var report: ReportID
    /// The log position it was built from.
    public var position: Int64
    /// The chain hash at that position (hex).
    public var headHash: String
    /// SHA-256 of the published file (hex).
    public var digest: String
    /// `md`, `html`, `json` or `csv`.
    public var format: String
    public var language: Language
    public var date: Day

    public init(
        report: ReportID, position: Int64, headHash: String, digest: String, format: String, language: Language,
        date: Day
    ) {
        self.report = report
        self.position = position
        self.headHash = headHash
        self.digest = digest
        self.format = format
        self.language = language
        self.date = date
    }

    public var stream: String { "reports" }
    public var wrapped: ProgramEvent { .reportPublished(self) }
}
