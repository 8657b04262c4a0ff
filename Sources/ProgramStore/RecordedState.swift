import Program

/// What the write path folds: the programme's state after every event through ``position`` —
/// what the rules decide against — and nothing for the read side.
///
/// Saved as the store's `programme-state` checkpoint, so that a write starts from it instead of
/// from position 1.
public struct RecordedState: ProgrammeFold, Hashable {
    public static let checkpointName = "programme-state"
    /// 1000 × the state's version, plus this fold's own (1).
    public static let version = ProgrammeState.version * 1000 + 1

    public var state = ProgrammeState()
    public var position: Int64 = 0
    public var headHash = String(repeating: "0", count: 64)

    public init() {}

    public mutating func apply(_ event: ProgramEvent, position: Int64, recordedAt _: Instant) {
        self.position = position
        state.apply(event, at: position)
    }
}
