import EventStore
import Foundation
import Hummingbird
import Program
import ProgramStore
import Projections

/// The JSON API under `/api/v1`: every read model (now, or `?as_of=` a date or position), the
/// progress report in every format, the log head and its verification, the events for auditors
/// (without personal data), live updates, and the OpenAPI document.
struct APIRoutes<Context: RequestContext> {
    let source: SnapshotSource

    func add(to router: Router<Context>) {
        let api = router.group("api/v1")
        api.get { _, _ in try Respond.json(Index()) }
        view(api, "overview", Overview.init)
        view(api, "framework", FrameworkView.init)
        view(api, "pillars", PillarsView.init)
        view(api, "core-group", CoreGroupView.init)
        view(api, "plan", PlanView.init)
        view(api, "conferences", ConferenceView.init)
        view(api, "funds", FundsView.init)
        api.get("lineage") { request, _ in
            let query = Query(request)
            let limit = Int(try query.integer("limit", in: 1...1000, default: 1000))
            let first = try query.inputID("from")
            let snapshot = try await source.snapshot(at: try query.moment())
            return try await source.log.offload { log in
                try Respond.view(request, snapshot, key: "lineage-\(first?.rawValue ?? "")-\(limit)") {
                    try LineageView($0, from: first, limit: limit, summaries: log.inputSummaries)
                }
            }
        }
        api.get("timeline") { request, _ in
            let query = Query(request)
            let language = try query.language()
            let snapshot = try await source.snapshot(at: try query.moment())
            return try Respond.view(request, snapshot, key: "timeline-\(language.rawValue)") {
                TimelineView($0, language: language)
            }
        }
        api.get("lineage/inputs/{id}") { request, context in
            let id = try context.parameters.require("id").uppercased()
            let snapshot = try await source.snapshot(at: try Query(request).moment())
            guard let input = snapshot.projection.state.inputs[InputID(id)] else {
                throw HTTPError(.notFound, message: "there is no input \(id)")
            }
            return try await source.log.offload { log in
                try Respond.view(request, snapshot, key: "lineage-input-\(id)") {
                    let summary = try log.inputSummaries(at: [input.collectedAt])[input.collectedAt] ?? ""
                    return InputLineage(input, summary: summary, state: $0.state)
                }
            }
        }
        api.get("lineage/decisions/{id}") { request, context in
            let id = try context.parameters.require("id").uppercased()
            let snapshot = try await source.snapshot(at: try Query(request).moment())
            guard snapshot.projection.state.decisions[DecisionID(id)] != nil else {
                throw HTTPError(.notFound, message: "there is no decision \(id)")
            }
            return try await source.log.offload { log in
                try Respond.view(request, snapshot, key: "lineage-decision-\(id)") {
                    try LineageView($0, limit: 0, summaries: log.inputSummaries).decisions.first { $0.id == id }
                }
            }
        }
        api.get("report") { request, _ in
            let query = Query(request)
            let language = try query.language()
            let text = query.parameters.get("format") ?? "json"
            guard let format = ReportFormat(rawValue: text) else {
                throw HTTPError(
                    .badRequest, message: "format: '\(text)' is not a report format (md, html, json or csv)")
            }
            let snapshot = try await source.snapshot(at: try query.moment())
            let previous = try await source.previous(for: snapshot.projection)
            return Respond.cached(
                request, snapshot, key: "report-\(format.rawValue)-\(language.rawValue)", contentType: format.mediaType
            ) {
                format.render(ProgressReport(snapshot.projection, previous: previous, language: language))
            }
        }
        HeadRoutes(source: source).add(to: api)
    }

    /// A read model at `/api/v1/<name>`.
    private func view<View: Encodable & Sendable>(
        _ api: RouterGroup<Context>, _ name: String, _ make: @escaping @Sendable (ProgrammeProjection) -> View
    ) {
        api.get(RouterPath(name)) { request, _ in
            let snapshot = try await source.snapshot(at: try Query(request).moment())
            return try Respond.view(request, snapshot, key: name, make)
        }
    }

    /// The API's front door: where everything is.
    struct Index: Encodable {
        let openapi = "/api/v1/openapi.json"
        let resources = [
            "/api/v1/overview", "/api/v1/framework", "/api/v1/pillars", "/api/v1/core-group", "/api/v1/plan",
            "/api/v1/conferences", "/api/v1/funds", "/api/v1/lineage", "/api/v1/timeline", "/api/v1/report",
            "/api/v1/head", "/api/v1/events", "/api/v1/stream",
        ]
        let parameters = [
            "as_of":
                "a date (YYYY-MM-DD: what had happened by the end of that day, as the log knows it now) or a log position (the log as it stood there)",
            "recorded_by":
                "a date or a log position: only what the log had recorded by then; combines with an as_of date",
            "lang": "nl (default) or en, where text is returned",
        ]
    }
}
