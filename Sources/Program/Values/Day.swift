import Foundation

/// A calendar date without a time (ISO 8601 `YYYY-MM-DD`), as in "the decision of 7 June 2023".
///
/// The dates of facts are calendar dates in the Netherlands; instants (when something was
/// recorded, when someone checked in) are ``Instant``s.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    // Four bytes: a large programme holds a few dates for each of hundreds of thousands of records.
    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// A valid date, or `nil` (e.g. 2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        storedYear = UInt16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        var text = text
        guard let day = text.withUTF8({ Day(iso: $0) }) else { return nil }
        self = day
    }

    /// Parses exactly `YYYY-MM-DD` from its UTF-8 bytes.
    init?(iso utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
            let year = utf8.decimal(0..<4), let month = utf8.decimal(5..<7), let day = utf8.decimal(8..<10)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        storedYear = UInt16(clamping: yoe + era * 400 + (month <= 2 ? 1 : 0))
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Whole days from `other` to this date.
    public func days(since other: Day) -> Int { ordinal - other.ordinal }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The decimal number the ASCII digits in `range` spell, or `nil` if one is not a digit.
    func decimal(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = self[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}

extension Day: ColumnValue {
    /// Stands for "no date" in a ``Column``.
    static let absent = Day(storedYear: 0, storedMonth: 0, storedDay: 0)

    private init(storedYear: UInt16, storedMonth: UInt8, storedDay: UInt8) {
        self.storedYear = storedYear
        self.storedMonth = storedMonth
        self.storedDay = storedDay
    }

    /// Valid dates, or ``absent``.
    public static func areValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        stride(from: 0, to: bytes.count, by: MemoryLayout<Day>.size).allSatisfy { offset in
            let year = Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
            let (month, day) = (Int(bytes[offset + 2]), Int(bytes[offset + 3]))
            return (year, month, day) == (0, 0, 0) || Day(year: year, month: month, day: day) != nil
        }
    }
}

extension Column<Day> {
    /// The date at `row`, `nil` when it is ``Day/absent``.
    subscript(ifPresent row: Int32) -> Day? {
        let day = self[row]
        return day == .absent ? nil : day
    }
}
