import HTTPTypes
import Hummingbird

/// The headers every response carries so that a municipality may publish programd as it is:
/// no content sniffing, a Content-Security-Policy that fits pages without scripts (inline styles
/// only, no framing), no referrer sent elsewhere — and, under `/api`, on `/healthz` and
/// `/metrics` and on the log's tiles, the API's version (`API-Version`, the version's OpenAPI document's `info.version`,
/// as the NL GOV API Design Rules ask), with the deprecated version's `Deprecation`, `Sunset` and
/// `Link` to its successor.
struct PublicHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The paths for operators that the API's OpenAPI document describes beside the API.
    static var operations: Set<String> { ["/healthz", "/metrics"] }

    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.referrerPolicy] = "no-referrer"
        let path = request.uri.path
        if path.hasPrefix("/api/") || path == "/api" || Self.operations.contains(path)
            || TileRoutes<Context>.serves(path)
        {
            let version = APIVersion(path: path)
            response.headers[.apiVersion] = version.document.version
            response.headers.append(contentsOf: version.deprecationHeaders(path: path))
        }
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    /// The NL GOV API Design Rules' version header.
    static let apiVersion = Self("API-Version")!
}
