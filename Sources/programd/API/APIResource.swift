/// The resources under `/api/v1`, in the order the API's index lists them: the one list of their
/// names. ``APIRoutes`` routes every case; the request metrics label requests by the route matched.
enum APIResource: String, CaseIterable {
    case overview, framework, pillars
    case coreGroup = "core-group"
    case plan, conferences, funds, lineage, timeline, report, tables, catalog, head, events, stream

    /// The OpenAPI document's path below `/api/v1`: the index names it apart from the resources.
    static let openAPIPath = "openapi.json"

    /// Its path below `/api/v1`.
    var path: String { rawValue }

    /// Its full path, as the index lists it.
    var fullPath: String { "/api/v1/" + rawValue }
}
