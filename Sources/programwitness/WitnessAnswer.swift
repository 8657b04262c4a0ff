import EventStore

/// The witness's answer to an add-checkpoint request (c2sp.org/tlog-witness).
enum WitnessAnswer: Sendable, Equatable {
    /// 200: the cosignature line.
    case cosigned(NoteSignature)
    /// 409: the old size is not the size of the last checkpoint it cosigned, which is this.
    case conflict(knownSize: Int64)
    /// 400, 403, 404 or 422 — or 500 when it cannot record a checkpoint — and why.
    case refused(status: Int, reason: String)

    /// The HTTP status.
    var status: Int {
        switch self {
        case .cosigned: 200
        case .conflict: 409
        case .refused(let status, _): status
        }
    }

    /// The response body: the cosignature line, the known size (`text/x.tlog.size`), or the reason.
    var body: String {
        switch self {
        case .cosigned(let cosignature): "— \(cosignature.keyName) \(cosignature.encoded)\n"
        case .conflict(let size): "\(size)\n"
        case .refused(_, let reason): reason + "\n"
        }
    }

    /// The response's content type.
    var contentType: String {
        switch self {
        case .conflict: "text/x.tlog.size"
        case .cosigned, .refused: "text/plain; charset=utf-8"
        }
    }
}
