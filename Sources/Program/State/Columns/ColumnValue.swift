/// A value a ``Column`` holds as its raw bytes: a fixed-width integer, a ``Day``, or a case of a
/// small enum.
///
/// A checkpoint stores a column as those bytes, so a value read back must be checked before it
/// is used: an enum's byte must name one of its cases.
public protocol ColumnValue: BitwiseCopyable, Sendable, Hashable {
    /// Whether `bytes`, a whole number of values (``MemoryLayout/size`` bytes each), are all
    /// valid values. One call per column: a checkpoint holds hundreds of thousands of values.
    static func areValid(_ bytes: UnsafeRawBufferPointer) -> Bool
}

extension ColumnValue where Self: FixedWidthInteger {
    public static func areValid(_ bytes: UnsafeRawBufferPointer) -> Bool { true }
}

extension ColumnValue where Self: CaseIterable {
    /// A one-byte enum without payloads is stored as the index of its case.
    public static func areValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        MemoryLayout<Self>.size == 1 && bytes.allBelow(allCases.count)
    }
}

extension Optional: ColumnValue where Wrapped: ColumnValue & CaseIterable {
    /// `nil` of a one-byte enum is the byte after its last case.
    public static func areValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        MemoryLayout<Self>.size == 1 && bytes.allBelow(Wrapped.allCases.count + 1)
    }
}

extension UnsafeRawBufferPointer {
    /// Whether every byte is below `limit`.
    fileprivate func allBelow(_ limit: Int) -> Bool {
        allSatisfy { Int($0) < limit }
    }
}

extension Int: ColumnValue {}
extension Int32: ColumnValue {}
extension Int64: ColumnValue {}
extension UInt64: ColumnValue {}
extension AttendeeCategory: ColumnValue {}
extension AgeGroup: ColumnValue {}
extension InputSource: ColumnValue {}
extension Channel: ColumnValue {}
extension ParticipationLevel: ColumnValue {}
