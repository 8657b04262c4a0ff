/// A checkpoint, key, proof or receipt file that cannot be read: it does not have its format.
public struct CheckpointError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// A well-formed checkpoint, proof or receipt that does not hold: a signature that is not valid
/// or not by the trusted key, a proof that does not lead to the signed root, two checkpoints that
/// disagree (a fork).
public struct TransparencyFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A check that cannot be made with the keys given: no trusted key for the checkpoint's log.
public struct TrustError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// An event whose canonical encoding is longer than an entry bundle can hold (65,535 bytes): the
/// bundle with it is not served, and its hash tiles still are.
public struct OversizedEntry: Error, Sendable, CustomStringConvertible {
    public var position: Int64
    public var size: Int
    public var description: String {
        let limit = EventStore.entryLimit
        return "the event at position \(position) is \(size) bytes in its canonical encoding, and an entry bundle"
            + " holds entries of at most \(limit) bytes: get it with `programctl audit prove \(position)`"
    }
}
