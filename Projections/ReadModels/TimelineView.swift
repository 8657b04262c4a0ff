import Program

/// The programme's timeline: notable events by the date they happened.
public struct TimelineView: Sendable, Hashable, Codable {
    public var entries: [Entry]

    public struct Entry: Sendable, Hashable, Codable {
        public var date: Day
        public var position: Int64
        public var kind: TimelineEntry.Kind
        public var text: String
    }

    public init(_ projection: ProgrammeProjection, language: Language) {
        let names = projection.state.municipalityNames
        entries = projection.timeline
            .sorted { ($0.date, $0.position) < ($1.date, $1.position) }
            .map {
                Entry(
                    date: $0.date, position: $0.position, kind: $0.kind,
                    text: $0.text(language, municipalities: names))
            }
    }
}
