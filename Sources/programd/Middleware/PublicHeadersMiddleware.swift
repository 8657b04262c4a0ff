import HTTPTypes
import Hummingbird

/// The headers every response carries so that a municipality may publish programd as it is:
/// no content sniffing, a Content-Security-Policy that fits pages without scripts (inline styles
/// only, no framing), no referrer sent elsewhere — and, under `/api`, the API's version
/// (`API-Version`, the OpenAPI document's `info.version`, as the NL GOV API Design Rules ask).
struct PublicHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The version of the API, as its OpenAPI document states it.
    let apiVersion: String

    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            // Errors carry the same headers: render them here, as Hummingbird would.
            response = try error.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.referrerPolicy] = "no-referrer"
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
            response.headers[.apiVersion] = apiVersion
        }
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    /// The NL GOV API Design Rules' version header.
    static let apiVersion = Self("API-Version")!
}
