import EventStore
import Foundation
import Hummingbird
import NIOCore

/// The log as a tiled transparency log (c2sp.org/tlog-tiles), its prefix the server's root:
/// `/checkpoint`, the latest checkpoint published in the store (`programctl audit checkpoint
/// --publish`), and `/tile/<L>/<N>[.p/<W>]` and `/tile/entries/<N>[.p/<W>]`, computed from the
/// log. A full tile never changes and may be cached for good; a partial one is kept briefly, as
/// the format lets a log drop it once the full tile is there; the checkpoint only seconds.
struct TileRoutes<Context: RequestContext> {
    let log: any EventLog
    let cache: TileCache

    /// Whether `path` is one of these routes' (their errors are problem details, as the API's).
    static func serves(_ path: String) -> Bool { path == "/checkpoint" || path.hasPrefix("/tile/") }

    static var fullTileCaching: String { "public, max-age=31536000, immutable" }
    static var partialTileCaching: String { "public, max-age=60" }
    static var checkpointCaching: String { "public, max-age=5" }

    func add(to router: Router<Context>) {
        router.get("checkpoint") { _, _ in try await checkpoint() }
        router.get("tile/entries/**") { request, _ in try await tile(request.uri.path) }
        router.get("tile/{level}/**") { request, _ in try await tile(request.uri.path) }
    }

    private func checkpoint() async throws -> Response {
        guard let note = try await log.offload({ try $0.latestPublishedCheckpoint() }) else {
            throw HTTPError(
                .notFound,
                message:
                    "no checkpoint is published: the secretary publishes one with `programctl audit checkpoint --publish`"
            )
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: Self.checkpointCaching],
            body: ResponseBody(byteBuffer: ByteBuffer(string: note)))
    }

    private func tile(_ path: String) async throws -> Response {
        let address: TileAddress
        do {
            address = try TileAddress(path: path.dropFirst())
        } catch let error as CheckpointError {
            throw HTTPError(.badRequest, message: "\(path): \(error)")
        }
        let bytes: Data?
        do {
            bytes = try await log.offload { [cache] in try cache.tile(address, in: $0) }
        } catch let oversized as OversizedEntry {
            throw HTTPError(.notFound, message: "\(path) is not served: \(oversized)")
        }
        guard let bytes else {
            throw HTTPError(
                .notFound, message: "\(path) is beyond the log: it does not hold every event the tile covers")
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/octet-stream",
                .cacheControl: address.isFull ? Self.fullTileCaching : Self.partialTileCaching,
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
