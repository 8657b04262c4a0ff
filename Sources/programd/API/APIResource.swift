/// The resources under each version's path (`/api/v2`), in the order the API's index lists them:
/// the one list of their names. ``APIRoutes`` routes every case; the request metrics label
/// requests by the route matched.
enum APIResource: String, CaseIterable {
    case overview, framework, pillars
    case coreGroup = "core-group"
    case advice
    case plan, conferences, funds, lineage, timeline, report, tables, catalog, head, events, stream

    /// The OpenAPI document's path below the version's: the index names it apart from the resources.
    static let openAPIPath = "openapi.json"

    /// The resources `version` serves: v1 is frozen, without what came after it (advice).
    static func served(in version: APIVersion) -> [APIResource] {
        allCases.filter { resource in
            switch resource {
            case .advice: version != .v1
            case .overview, .framework, .pillars, .coreGroup, .plan, .conferences, .funds, .lineage, .timeline,
                .report, .tables, .catalog, .head, .events, .stream:
                true
            }
        }
    }

    /// Its path below the version's.
    var path: String { rawValue }

    /// Its full path in `version`, as the index lists it.
    func fullPath(in version: APIVersion) -> String { version.root + "/" + rawValue }
}
