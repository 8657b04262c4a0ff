import Foundation
import Hummingbird
import Program
import Projections

/// Responses built from a snapshot: cached bytes, an ETag from the log position, and
/// `304 Not Modified` when the client already has them.
enum Respond {
    /// The snapshot's bytes for `key`, rendered once per snapshot.
    static func cached(
        _ request: Request, _ snapshot: Snapshot, key: String, contentType: String, render: () throws -> Data
    ) rethrows -> Response {
        let tag = "\"\(snapshot.position)\""
        if let match = request.headers[.ifNoneMatch], matches(match, tag) {
            return Response(status: .notModified, headers: [.eTag: tag, .cacheControl: "no-cache"])
        }
        let body = try snapshot.cached(key, render: render)
        return Response(
            status: .ok, headers: [.contentType: contentType, .eTag: tag, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: body))
    }

    /// A read model as JSON, in the API's envelope, its counts of people as `version` writes them.
    static func view<View: Encodable>(
        _ request: Request, _ snapshot: Snapshot, version: APIVersion, key: String,
        _ make: (ProgrammeProjection) throws -> View
    ) throws -> Response {
        try cached(request, snapshot, key: "v\(version.rawValue)-\(key)", contentType: "application/json") {
            let projection = snapshot.projection
            return try json(
                Envelope(
                    position: projection.position, headHash: projection.headHash, asOf: projection.asOfDay,
                    clocks: Clocks(projection), data: try make(projection)),
                counts: version.counts)
        }
    }

    /// Uncached JSON.
    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        json(rendered: ByteBuffer(bytes: try json(value)), status: status)
    }

    /// JSON bytes rendered before, without an ETag.
    static func json(rendered body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: body))
    }

    /// Sorted keys, so equal data gives equal bytes; counts of people as `counts` says.
    static func json<Value: Encodable>(_ value: Value, counts: PersonCount.Encoding = .figure) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[PersonCount.encodingKey] = counts
        return try encoder.encode(value)
    }

    /// Whether an `If-None-Match` value names `tag` (or is `*`).
    private static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let value = candidate.trimmingCharacters(in: .whitespaces)
            return value == "*" || value == tag || value == "W/\(tag)"
        }
    }
}

/// Every read model comes with the log position, chain hash and day it was built from, and
/// the clocks that chose its facts.
struct Envelope<Data: Encodable>: Encodable {
    var position: Int64
    var headHash: String
    var asOf: Day
    var clocks: Clocks
    var data: Data
}

/// Which facts a view holds, by the two clocks: those that happened by ``happenedBy`` (every one
/// when absent), as the log had recorded them through ``recordedThrough`` at ``recordedAt``.
struct Clocks: Encodable {
    /// `happened`: facts by the day they happened (`as_of=DATE`); `recorded`: every fact the
    /// log had recorded (now, `as_of=POSITION`, `recorded_by`).
    var basis: String
    var happenedBy: Day?
    var recordedThrough: Int64
    var recordedAt: Instant

    init(_ projection: ProgrammeProjection) {
        basis = projection.happenedBy == nil ? "recorded" : "happened"
        happenedBy = projection.happenedBy
        recordedThrough = projection.position
        recordedAt = projection.lastRecordedAt
    }
}
