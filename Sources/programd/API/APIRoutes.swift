import EventStore
import Foundation
import Hummingbird
import Program
import ProgramStore
import Projections

/// The JSON API of one version under its path (`/api/v2`): every read model (now, or `?as_of=` a
/// date or position), the progress report in every format, the log head and its verification,
/// the events for auditors (without personal data), live updates, and the OpenAPI document.
struct APIRoutes<Context: RequestContext> {
    let source: SnapshotSource
    let version: APIVersion

    func add(to router: Router<Context>) {
        let api = router.group(RouterPath(String(version.root.dropFirst())))
        api.get { _, _ in try Respond.json(Index(version)) }
        let head = HeadRoutes<Context>(source: source)
        for resource in APIResource.served(in: version) {
            switch resource {
            case .overview: view(api, resource, Overview.init)
            case .framework: view(api, resource, FrameworkView.init)
            case .pillars: view(api, resource, PillarsView.init)
            case .coreGroup: view(api, resource, CoreGroupView.init)
            case .advice: advice(api)
            case .plan: view(api, resource, PlanView.init)
            case .conferences: view(api, resource, ConferenceView.init)
            case .funds: view(api, resource, FundsView.init)
            case .lineage: lineage(api)
            case .timeline: timeline(api)
            case .report: report(api)
            case .tables: tables(api)
            case .catalog: catalog(api)
            case .head: api.get(RouterPath(resource.path)) { _, _ in try head.head() }
            case .events: api.get(RouterPath(resource.path)) { request, _ in try await head.events(request) }
            case .stream: api.get(RouterPath(resource.path)) { _, _ in head.stream() }
            }
        }
        api.get(RouterPath(APIResource.openAPIPath)) { _, _ in HeadRoutes<Context>.openAPI(version.document) }
    }

    /// The lineage of inputs and decisions: `lineage`, `lineage/inputs/{id}`, `lineage/decisions/{id}`.
    private func lineage(_ api: RouterGroup<Context>) {
        let lineage = APIResource.lineage.path
        api.get(RouterPath(lineage)) { request, _ in
            let query = Query(request)
            let limit = Int(try query.integer("limit", in: 1...1000, default: 1000))
            let first = try query.inputID("from")
            let snapshot = try await source.snapshot(at: try query.moment())
            return try await source.log.offload { log in
                try Respond.view(request, snapshot, version: version, key: "lineage-\(first?.rawValue ?? "")-\(limit)")
                {
                    version.shown(try LineageView($0, from: first, limit: limit, summaries: log.inputSummaries))
                }
            }
        }
        api.get(RouterPath(lineage + "/inputs/{id}")) { request, context in
            let id = try context.parameters.require("id").uppercased()
            let snapshot = try await source.snapshot(at: try Query(request).moment())
            guard let input = snapshot.projection.state.inputs[InputID(id)] else {
                throw HTTPError(.notFound, message: "there is no input \(id)")
            }
            return try await source.log.offload { log in
                try Respond.view(request, snapshot, version: version, key: "lineage-input-\(id)") {
                    let summary = try log.inputSummaries(at: [input.collectedAt])[input.collectedAt] ?? ""
                    return InputLineage(input, summary: summary, state: $0.state)
                }
            }
        }
        api.get(RouterPath(lineage + "/decisions/{id}")) { request, context in
            let id = try context.parameters.require("id").uppercased()
            let snapshot = try await source.snapshot(at: try Query(request).moment())
            guard snapshot.projection.state.decisions[DecisionID(id)] != nil else {
                throw HTTPError(.notFound, message: "there is no decision \(id)")
            }
            return try await source.log.offload { log in
                try Respond.view(request, snapshot, version: version, key: "lineage-decision-\(id)") {
                    try LineageView($0, limit: 0, summaries: log.inputSummaries).decisions.first { $0.id == id }
                        .map(version.shown)
                }
            }
        }
    }

    /// The advice of the participation bodies: `advice` and `advice/{id}`.
    private func advice(_ api: RouterGroup<Context>) {
        view(api, .advice, AdviceView.init)
        api.get(RouterPath(APIResource.advice.path + "/{id}")) { request, context in
            let id = try context.parameters.require("id").uppercased()
            let snapshot = try await source.snapshot(at: try Query(request).moment())
            guard let advice = snapshot.projection.state.advice[AdviceID(id)] else {
                throw HTTPError(.notFound, message: "there is no advice \(id)")
            }
            return try Respond.view(request, snapshot, version: version, key: "advice-\(id)") { projection in
                AdviceEntry(
                    advice, state: projection.state, on: projection.asOfDay,
                    responseDays: (projection.state.definition ?? .zuidLimburg).responseDays)
            }
        }
    }

    private func timeline(_ api: RouterGroup<Context>) {
        api.get(RouterPath(APIResource.timeline.path)) { request, _ in
            let query = Query(request)
            let language = try query.language()
            let snapshot = try await source.snapshot(at: try query.moment())
            return try Respond.view(request, snapshot, version: version, key: "timeline-\(language.rawValue)") {
                version.shown(TimelineView($0, language: language))
            }
        }
    }

    private func report(_ api: RouterGroup<Context>) {
        api.get(RouterPath(APIResource.report.path)) { request, _ in
            let query = Query(request)
            let language = try query.language()
            let text = query.parameters.get("format") ?? "json"
            guard let format = ReportFormat(rawValue: text) else {
                throw InvalidParameter(name: "format", value: text, rule: .reportFormat)
            }
            let snapshot = try await source.snapshot(at: try query.moment())
            let previous = try await source.previous(for: snapshot.projection)
            return Respond.cached(
                request, snapshot, key: "v\(version.rawValue)-report-\(format.rawValue)-\(language.rawValue)",
                contentType: format.mediaType
            ) {
                format.render(
                    version.shown(ProgressReport(snapshot.projection, previous: previous, language: language)),
                    counts: version.counts)
            }
        }
    }

    /// A read model at `/api/v2/<name>`.
    private func view<View: Encodable & Sendable>(
        _ api: RouterGroup<Context>, _ resource: APIResource,
        _ make: @escaping @Sendable (ProgrammeProjection) -> View
    ) {
        let name = resource.path
        api.get(RouterPath(name)) { request, _ in
            let snapshot = try await source.snapshot(at: try Query(request).moment())
            return try Respond.view(request, snapshot, version: version, key: name, make)
        }
    }

    /// The API's front door: where everything is.
    struct Index: Encodable {
        let openapi: String
        let resources: [String]
        let parameters = [
            "as_of":
                "a date (YYYY-MM-DD: what had happened by the end of that day, as the log knows it now) or a log position (the log as it stood there)",
            "recorded_by":
                "a date or a log position: only what the log had recorded by then; combines with an as_of date",
            "lang": "nl (default) or en, where text is returned",
        ]

        init(_ version: APIVersion) {
            openapi = version.root + "/" + APIResource.openAPIPath
            resources = APIResource.served(in: version).map { $0.fullPath(in: version) }
        }
    }
}
