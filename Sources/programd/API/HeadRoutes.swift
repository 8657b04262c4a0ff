import EventStore
import Foundation
import Hummingbird
import PayloadDecoding
import ProgramStore
import ServiceLifecycle

/// The log itself: its head and verification, its events for auditors, live updates, and the
/// OpenAPI document. ``APIRoutes`` routes them.
struct HeadRoutes<Context: RequestContext> {
    let source: SnapshotSource

    /// An OpenAPI document.
    static func openAPI(_ document: OpenAPIDocument) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: document.bytes)))
    }

    /// The served head, the store's head (their difference is the lag) and the verification status,
    /// from memory: what the follower last saw, rendered once for each state of them.
    func head() throws -> Response {
        let (snapshot, stored, verification) = source.live.head
        let body = try snapshot.cached("head-\(stored)-\(verification.key)") {
            let status: String
            var failure: Failure?
            switch verification {
            case .verifying: status = "verifying"
            case .verified: status = "verified"
            case .failed(let problem):
                status = "failed"
                failure = Failure(position: problem.position, reason: problem.description)
            }
            return try Respond.json(
                Head(
                    position: snapshot.position, headHash: snapshot.projection.headHash,
                    recordedAt: snapshot.projection.lastRecordedAt.iso, storePosition: stored,
                    lag: stored - snapshot.position, verification: status, failure: failure,
                    checkpoint: source.checkpoint))
        }
        return Respond.json(rendered: body)
    }

    struct Head: Encodable {
        var position: Int64
        var headHash: String
        var recordedAt: String
        var storePosition: Int64
        var lag: Int64
        var verification: String
        var failure: Failure?
        var checkpoint: CheckpointStatus
    }

    struct Failure: Encodable {
        var position: Int64
        var reason: String
    }

    /// A page of events with every stored field but the personal data: sealed values are replaced
    /// by `"sealed": null`, keeping the subject's pseudonym.
    func events(_ request: Request) async throws -> Response {
        let query = Query(request)
        let from = try query.integer("from", in: 1...Int64.max, default: 1)
        let limit = Int(try query.integer("limit", in: 1...1000, default: 100))
        let page = try await source.log.offload { try $0.read(from: from, limit: limit) }
        let events = page.map(AuditEvent.init)
        return try Respond.json(
            EventPage(events: events, next: page.count == limit ? page.last.map { $0.position + 1 } : nil))
    }

    struct EventPage: Encodable {
        var events: [AuditEvent]
        /// Where the next page starts, if there may be one.
        var next: Int64?
    }

    /// Server-sent events: a `head` event now and after every change, and a comment every 15 s.
    func stream() -> Response {
        let live = source.live
        let (messages, continuation) = AsyncStream<String>.makeStream()
        let updates = live.updates()
        let pump = Task {
            continuation.yield(Self.message(live.snapshot))
            for await snapshot in updates { continuation.yield(Self.message(snapshot)) }
            continuation.finish()
        }
        let heartbeat = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(15))
                continuation.yield(": keep-alive\n\n")
            }
        }
        continuation.onTermination = { _ in
            pump.cancel()
            heartbeat.cancel()
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                // At shutdown the stream ends, so the server can close the connection.
                try await withGracefulShutdownHandler {
                    for await message in messages { try await writer.write(ByteBuffer(string: message)) }
                } onGracefulShutdown: {
                    continuation.finish()
                }
                try await writer.finish(nil)
            })
    }

    private static func message(_ snapshot: Snapshot) -> String {
        "event: head\nid: \(snapshot.position)\ndata: {\"position\":\(snapshot.position),\"headHash\":\"\(snapshot.projection.headHash)\"}\n\n"
    }
}

/// An event as auditors get it over HTTP: every stored field, the payload without personal data.
struct AuditEvent: Encodable {
    var position: Int64
    var stream: String
    var streamVersion: Int64
    var id: String
    var type: String
    var schemaVersion: Int
    var recordedAt: String
    var actor: String
    var command: String
    var correlationId: String
    var causationId: String?
    var payload: JSONValue
    var leafHash: String
    var chainHash: String

    init(_ event: StoredEvent) {
        position = event.position
        stream = event.stream
        streamVersion = event.streamVersion
        id = event.id.lowercasedString
        type = event.type
        schemaVersion = event.schemaVersion
        recordedAt = event.metadata.recordedAtText
        actor = event.metadata.actor
        command = event.metadata.command
        correlationId = event.metadata.correlationID
        causationId = event.metadata.causationID?.lowercasedString
        payload = ((try? JSONDecoder().decode(JSONValue.self, from: event.payload)) ?? .null).withoutPersonalData
        leafHash = event.leafHash.hex
        chainHash = event.chainHash.hex
    }
}
