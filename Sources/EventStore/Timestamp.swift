import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The stored form of `recorded_at`: UTC, microseconds, fixed width (`2023-06-07T08:30:00.000000Z`).
///
/// Fixed width makes text order equal time order, which the log's triggers rely on.
package enum Timestamp {
    /// Formats `date`, rounded to whole microseconds.
    package static func format(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        var seconds = time_t(micros.floorDivided(by: 1_000_000))
        let fraction = micros - Int64(seconds) * 1_000_000
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var out = [UInt8]()
        out.reserveCapacity(27)
        func put(_ value: Int, digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        put(Int(parts.tm_year) + 1900, digits: 4)
        out.append(UInt8(ascii: "-"))
        put(Int(parts.tm_mon) + 1, digits: 2)
        out.append(UInt8(ascii: "-"))
        put(Int(parts.tm_mday), digits: 2)
        out.append(UInt8(ascii: "T"))
        put(Int(parts.tm_hour), digits: 2)
        out.append(UInt8(ascii: ":"))
        put(Int(parts.tm_min), digits: 2)
        out.append(UInt8(ascii: ":"))
        put(Int(parts.tm_sec), digits: 2)
        out.append(UInt8(ascii: "."))
        put(Int(fraction), digits: 6)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `bytes` have the stored form's shape: digits and separators in their places.
    static func isWellFormed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count == 27 else { return false }
        for index in 0..<27 {
            let expected = shape[index]
            if expected == 0 ? bytes[index] &- UInt8(ascii: "0") > 9 : bytes[index] != expected { return false }
        }
        return true
    }

    /// The stored form's separators in their places; 0 where a digit goes.
    private static let shape: [UInt8] = Array("0000-00-00T00:00:00.000000Z".utf8).map {
        $0 == UInt8(ascii: "0") ? 0 : $0
    }

    /// Parses the stored form; `nil` for anything else.
    static func parse(_ text: String) -> Date? {
        var copy = text
        return copy.withUTF8 { parse(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Parses the stored form from its bytes, without calendars: fixed positions, days from 1970.
    package static func parse(bytes: UnsafeRawBufferPointer) -> Date? {
        guard isWellFormed(bytes) else { return nil }
        func number(_ range: Range<Int>) -> Int {
            range.reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) }
        }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        let (hour, minute, second, micros) = (number(11..<13), number(14..<16), number(17..<19), number(20..<26))
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + Double(micros) / 1_000_000)
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}
