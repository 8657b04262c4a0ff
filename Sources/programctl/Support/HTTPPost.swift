import AsyncHTTPClient
import Foundation
import NIOCore

/// What a server answered to a POST.
struct HTTPAnswer: Sendable {
    var status: Int
    var contentType: String?
    var body: Data

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Posts `body` to `url` and waits for the answer; throws the transport's error when there is
/// none within `timeout` seconds.
///
/// AsyncHTTPClient rather than URLSession: FoundationNetworking would load libcurl and its
/// libraries into every programctl process, which made each command several milliseconds slower
/// to start, whether it spoke HTTP or not.
func post(_ body: Data, to url: URL, timeout: TimeInterval) throws -> HTTPAnswer {
    let request = try HTTPClient.Request(
        url: url.absoluteString, method: .POST, body: .byteBuffer(ByteBuffer(bytes: body)))
    let response = try HTTPClient.shared.execute(
        request: request, deadline: .now() + .milliseconds(Int64(timeout * 1000))
    ).wait()
    return HTTPAnswer(
        status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"),
        body: response.body.map { Data($0.readableBytesView) } ?? Data())
}
