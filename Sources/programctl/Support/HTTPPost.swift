import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What a server answered to a POST.
struct HTTPAnswer: Sendable {
    var status: Int
    var contentType: String?
    var body: Data

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Posts `body` to `url` and waits for the answer (URLSession, on its own threads); throws the
/// transport's error when there is no answer within `timeout` seconds.
func post(_ body: Data, to url: URL, timeout: TimeInterval) throws -> HTTPAnswer {
    var request = URLRequest(url: url, timeoutInterval: timeout)
    request.httpMethod = "POST"
    request.httpBody = body
    let outcome = Outcome()
    let task = URLSession.shared.dataTask(with: request) { data, response, error in
        outcome.finish(
            (response as? HTTPURLResponse).map {
                .success(
                    HTTPAnswer(
                        status: $0.statusCode, contentType: $0.value(forHTTPHeaderField: "Content-Type"),
                        body: data ?? Data()))
            } ?? .failure(error ?? URLError(.badServerResponse)))
    }
    task.resume()
    return try outcome.wait().get()
}

/// The result of one request, handed from URLSession's thread to the waiting one.
private final class Outcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<HTTPAnswer, any Error>?

    func finish(_ result: Result<HTTPAnswer, any Error>) {
        self.result = result
        done.signal()
    }

    func wait() -> Result<HTTPAnswer, any Error> {
        done.wait()
        return result ?? .failure(URLError(.unknown))
    }
}
