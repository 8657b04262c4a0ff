import ArgumentParser
import Foundation
import Hummingbird

/// The floor under programd's cached responses: a Hummingbird server with one route and no
/// middleware, serving fixed bytes from memory with the headers programd sends for a cached read
/// model. Benchmarks/scripts/http-compare.sh loads it beside programd and nginx.
@main
struct HummingbirdBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hummingbird-bench",
        abstract: "Serve one file's bytes at one path, as programd serves a cached read model.")

    @Option(help: "The file whose bytes to serve (e.g. programd's /api/v2/framework, saved).")
    var body: String

    @Option(help: "The ETag to send with them.")
    var etag: String

    @Option(help: "The path to serve them at.")
    var path = "/api/v2/framework"

    @Option(help: "The port to listen on.")
    var port = 8081

    func run() async throws {
        let bytes = ByteBuffer(bytes: try Data(contentsOf: URL(fileURLWithPath: body)))
        let headers: HTTPFields = [.contentType: "application/json", .eTag: etag, .cacheControl: "no-cache"]
        let router = Router()
        router.get(RouterPath(path)) { _, _ in
            Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: bytes))
        }
        let application = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "programd"))
        try await application.runService()
    }
}
