import HTTPTypes
import Projections

/// The API's major versions, each under its own path, as the NL GOV API Design Rules ask: a
/// change that breaks clients gets a new major version and the old one keeps answering, as it
/// did, for a transition period.
///
/// - v1: counts of 1 to 4 people as the string `"<5"`, errors as `{"error":{"message":…}}`.
///   Deprecated; answers until ``sunset``, with `Deprecation`, `Sunset` and a `Link` to its
///   successor on every response.
/// - v2: counts as integers with their suppression beside them, errors as RFC 9457 problem details.
enum APIVersion: Int, CaseIterable, Sendable {
    case v1 = 1
    case v2 = 2

    /// The version new clients use.
    static let current = APIVersion.v2

    /// When v1 was deprecated, as `Deprecation` gives it: 1 December 2026, 00:00 UTC.
    static let deprecated = "@1796083200"
    /// When v1 stops answering, as `Sunset` gives it.
    static let sunset = "Thu, 01 Jul 2027 00:00:00 GMT"

    /// Its path: `/api/v2`.
    var root: String { "/api/v\(rawValue)" }

    /// Its OpenAPI document: `openapi.json` for the current version, `openapi-v1.json` frozen for v1.
    var document: OpenAPIDocument {
        switch self {
        case .v1: OpenAPIDocument.v1
        case .v2: OpenAPIDocument.v2
        }
    }

    /// How its read models write counts of people.
    var counts: PersonCount.Encoding {
        switch self {
        case .v1: .figure
        case .v2: .flagged
        }
    }

    /// The timeline kinds its document knows: v1's predates the participation bodies and their advice.
    func knows(_ kind: TimelineEntry.Kind) -> Bool {
        switch kind {
        case .programme, .coreGroup, .decision, .plan, .framework, .conference, .funds, .report: true
        case .body, .advice: self != .v1
        }
    }

    /// A timeline as this version shows it: only the kinds its document knows.
    func shown(_ timeline: TimelineView) -> TimelineView {
        var shown = timeline
        shown.entries.removeAll { !knows($0.kind) }
        return shown
    }

    /// A progress report as this version shows it: v1 has no advice section, and its timeline
    /// only the kinds v1 knows.
    func shown(_ report: ProgressReport) -> ProgressReport {
        guard self == .v1 else { return report }
        var shown = report
        shown.advice = nil
        shown.timeline = self.shown(report.timeline)
        return shown
    }

    /// The lineage as this version shows it: v1's has no advice.
    func shown(_ lineage: LineageView) -> LineageView {
        guard self == .v1 else { return lineage }
        var shown = lineage
        shown.advice = nil
        shown.decisions = lineage.decisions.map(self.shown)
        return shown
    }

    /// A decision's lineage as this version shows it: v1's has no advice.
    func shown(_ decision: DecisionLineage) -> DecisionLineage {
        guard self == .v1 else { return decision }
        var shown = decision
        shown.advice = nil
        return shown
    }

    /// The version a path under `/api` belongs to: v1 under `/api/v1`, the current one elsewhere
    /// (an unknown version's path is answered as the current version answers).
    init(path: String) {
        self = path == APIVersion.v1.root || path.hasPrefix(APIVersion.v1.root + "/") ? .v1 : .current
    }

    /// The headers that announce a version's end, for a response to `path`: `Deprecation` and
    /// `Sunset` (RFC 9745, RFC 8594) and a `Link` to the same resource in the current version.
    /// None for the current version.
    func deprecationHeaders(path: String) -> HTTPFields {
        guard self != .current else { return [:] }
        let successor = APIVersion.current.root + path.dropFirst(root.count)
        return [
            .deprecation: APIVersion.deprecated, .sunset: APIVersion.sunset,
            .link: "<\(successor)>; rel=\"successor-version\"",
        ]
    }
}

extension HTTPField.Name {
    /// RFC 9745: when the resource was deprecated.
    static let deprecation = Self("Deprecation")!
    /// RFC 8594: when the resource stops answering.
    static let sunset = Self("Sunset")!
    /// RFC 8288: links to other resources, here the successor version.
    static let link = Self("Link")!
}
