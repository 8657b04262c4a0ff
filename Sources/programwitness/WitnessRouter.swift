import EventStore
import Hummingbird
import NIOCore

/// The witness's routes: `POST /add-checkpoint` (c2sp.org/tlog-witness) and, for monitors,
/// `GET /<SHA-256 of the origin, hex>/checkpoint`, the last checkpoint it cosigned.
func witnessRouter(_ witness: Witness) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.post("add-checkpoint") { request, _ -> Response in
        let body = try await request.body.collect(upTo: 1 << 16)
        let answer = await witness.add(String(buffer: body))
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: [.contentType: answer.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
    router.get(":origin/checkpoint") { _, context -> Response in
        let hash = try context.parameters.require("origin")
        guard let checkpoint = await witness.checkpoint(originHash: hash) else {
            return Response(status: .notFound)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: checkpoint.encoded)))
    }
    return router
}
