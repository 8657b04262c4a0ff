import EventStore

/// What programd made of the store's saved projection at start-up: it starts from it only when
/// it is authenticated with the store's checkpoint key; otherwise it folds the log from position 1.
struct CheckpointStatus: Sendable, Encodable {
    /// `none`, `authenticated` or `refused`.
    var status: String
    var position: Int64?
    /// Why it was refused.
    var reason: String?

    init(_ check: SavedStateCheck) {
        switch check {
        case .none: status = "none"
        case .authentic(let saved): (status, position) = ("authenticated", saved.position)
        case .unauthenticated(let saved, let why): (status, position, reason) = ("refused", saved.position, why)
        }
    }

    var isRefused: Bool { status == "refused" }
}
