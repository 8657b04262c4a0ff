import Hummingbird

/// programd only reads: every method but GET and HEAD gets `405 Method Not Allowed`.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head else {
            throw HTTPError(
                .methodNotAllowed, headers: [.allow: "GET, HEAD"],
                message: "\(request.method) is not allowed: programd is read-only (GET and HEAD only)")
        }
        return try await next(request, context)
    }
}
