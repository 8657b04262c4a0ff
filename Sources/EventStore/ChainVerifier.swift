/// Checks events one after another against the chain: the next position, the leaf hash of the
/// event's fields, and the chain hash that follows from the previous one.
///
/// For a reader that follows the log (``EventStore/tail(after:every:pageSize:)``) and wants to
/// know that what it applies is what was hashed. ``EventStore/verify(against:progress:)`` checks
/// a whole log, including stream versions.
public struct ChainVerifier: Sendable {
    /// The last event checked.
    public private(set) var head: LogHead
    private var encoder = CanonicalEncoder()

    /// Starts after `head`, which must itself have been verified.
    public init(after head: LogHead) { self.head = head }

    /// Checks `event` as the next one; on success it becomes the new head.
    public mutating func check(_ event: StoredEvent) -> VerificationFailure? {
        let position = head.position + 1
        guard event.position == position else {
            return VerificationFailure(position: position, problem: .positionGap(found: event.position))
        }
        let leaf = encoder.leafHash(
            CanonicalEncoder.Fields(
                position: event.position, stream: event.stream, streamVersion: event.streamVersion,
                eventID: event.id.lowercasedString, type: event.type, schemaVersion: Int64(event.schemaVersion),
                recordedAt: event.metadata.recordedAtText, actor: event.metadata.actor, command: event.metadata.command,
                correlationID: event.metadata.correlationID,
                causationID: event.metadata.causationID?.lowercasedString ?? "", payload: event.payload))
        guard leaf == event.leafHash else { return VerificationFailure(position: position, problem: .leafHashMismatch) }
        let chain = CanonicalEncoder.chainHash(previous: head.chainHash, leaf: leaf)
        guard chain == event.chainHash else {
            return VerificationFailure(position: position, problem: .chainHashMismatch)
        }
        head = LogHead(position: position, chainHash: chain)
        return nil
    }
}
