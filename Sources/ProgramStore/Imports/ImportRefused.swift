/// An import with refused rows: nothing of it was recorded. What each row would have been, the
/// refused ones with their rule, is in ``result``.
public struct ImportRefused: Error, Sendable {
    public var result: ImportResult
}
