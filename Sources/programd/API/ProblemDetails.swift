import Foundation
import Hummingbird

/// An error as the API answers it from v2 on: RFC 9457 problem details
/// (`application/problem+json`), as the NL GOV API Design Rules ask.
///
/// `type` is always `about:blank`: the status says what kind of problem it is, and `title` is
/// the status's reason phrase. A bad query parameter adds `invalidParams`, naming each parameter
/// and the rule it broke.
struct ProblemDetails: Encodable {
    /// One parameter that broke its rule.
    struct InvalidParam: Encodable {
        let name: String
        let reason: String
    }

    let type = "about:blank"
    let title: String
    let status: Int
    let detail: String
    /// The request's path.
    let instance: String
    let invalidParams: [InvalidParam]?

    init(status: HTTPResponse.Status, detail: String, instance: String, invalidParams: [InvalidParam]? = nil) {
        title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
        self.instance = instance
        self.invalidParams = invalidParams
    }

    static let mediaType = "application/problem+json"

    /// The response: the problem as JSON, with `headers` (such as `Allow`).
    func response(headers: HTTPFields = [:]) throws -> Response {
        var fields = headers
        fields[.contentType] = Self.mediaType
        fields[.cacheControl] = "no-cache"
        return Response(
            status: HTTPResponse.Status(code: status, reasonPhrase: title), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try Respond.json(self))))
    }
}
