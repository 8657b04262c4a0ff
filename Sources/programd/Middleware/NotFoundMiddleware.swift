import Hummingbird

/// Unknown paths get a 404 that says so: JSON under /api, a page elsewhere. A path with a
/// trailing slash is unknown too (`/api/v1/funds/` is not `/api/v1/funds`), so each resource has
/// one address.
struct NotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            let path = request.uri.path
            if path.count > 1 && path.hasSuffix("/") { throw HTTPError(.notFound) }
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            if request.uri.path.hasPrefix("/api/") {
                throw HTTPError(
                    .notFound, message: "there is nothing at \(request.uri.path): see /api/v1 for what there is")
            }
            return Response(
                status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Dashboard.notFoundPage(path: request.uri.path))))
        }
    }
}
