import Hummingbird

/// Every error becomes the response its reader expects: under `/api/v1` the error v1 answered
/// (`{"error":{"message":…}}`), elsewhere under `/api` RFC 9457 problem details
/// (``ProblemDetails``) — also for the log's tiles (``TileRoutes``) — and elsewhere a page of the dashboard in the page's language
/// (``Dashboard/errorPage(status:headers:invalid:request:)``).
///
/// An unknown path is a 404 that says so; so is a path with a trailing slash (`/api/v2/funds/` is
/// not `/api/v2/funds`), so that each resource has one address. An error that is not an HTTP
/// error is a 500 that says nothing of its cause; the cause is logged.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let dashboard: Dashboard

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            let path = request.uri.path
            if path.count > 1 && path.hasSuffix("/") { throw HTTPError(.notFound) }
            return try await next(request, context)
        } catch {
            return try respond(to: error, request, context)
        }
    }

    private func respond(to error: any Error, _ request: Request, _ context: Context) throws -> Response {
        let path = request.uri.path
        let invalid = error as? InvalidParameter
        let status: HTTPResponse.Status
        var headers: HTTPFields = [:]
        var message: String?
        switch error {
        case let error as HTTPError:
            (status, headers, message) = (error.status, error.headers, error.body)
        case let error as any HTTPResponseError:
            (status, message) = (error.status, invalid?.message)
        default:
            context.logger.error("a request failed", metadata: ["path": "\(path)", "error": "\(error)"])
            status = .internalServerError
        }
        guard path == "/api" || path.hasPrefix("/api/") || TileRoutes<Context>.serves(path) else {
            return dashboard.errorPage(status: status, headers: headers, invalid: invalid, request: request)
        }
        let version = APIVersion(path: path)
        let detail = message ?? Self.detail(status, path: path, version: version)
        switch version {
        case .v1:
            // As v1 answered: Hummingbird's rendering of an HTTP error, an empty 500 for any other.
            if status == .notFound && message == nil {
                return try HTTPError(status, message: detail).response(from: request, context: context)
            }
            guard let error = error as? any HTTPResponseError else { return Response(status: status) }
            return try error.response(from: request, context: context)
        case .v2:
            return try ProblemDetails(
                status: status, detail: detail, instance: path,
                invalidParams: invalid.map { [.init(name: $0.name, reason: $0.reason(.english))] }
            ).response(headers: headers)
        }
    }

    /// What a problem without a message of its own says.
    private static func detail(_ status: HTTPResponse.Status, path: String, version: APIVersion) -> String {
        switch status {
        case .notFound: "there is nothing at \(path): see \(version.root) for what there is"
        case .internalServerError: "programd could not answer this request; its log says why"
        default: status.reasonPhrase
        }
    }
}
