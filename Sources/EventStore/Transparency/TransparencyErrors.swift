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
