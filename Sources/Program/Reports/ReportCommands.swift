/// Record that a report was published.
public struct PublishReport: Sendable, Hashable {
    public var position: Int64
    public var headHash: String
    public var digest: String
    public var format: String
    public var language: Language
    public var date: Day
    /// The day the report speaks of, when it was built as of a day (see ``ReportPublished/happenedBy``).
    public var happenedBy: Day?
    /// The report layout it was rendered with (see ``ReportPublished/layout``).
    public var layout: Int

    public init(
        position: Int64, headHash: String, digest: String, format: String, language: Language, date: Day,
        happenedBy: Day? = nil, layout: Int
    ) {
        self.layout = layout
        self.position = position
        self.headHash = headHash
        self.digest = digest
        self.format = format
        self.language = language
        self.date = date
        self.happenedBy = happenedBy
    }
}
