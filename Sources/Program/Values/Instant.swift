import Foundation

/// A moment in time, stored in UTC (`2023-06-07T07:45:00Z`) and shown in Europe/Amsterdam.
public struct Instant: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    public init(_ date: Date) { secondsSince1970 = Int64(date.timeIntervalSince1970.rounded(.down)) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    /// The Netherlands' time zone, in which dates and times are shown and entered.
    public static let netherlands = TimeZone(identifier: "Europe/Amsterdam")!

    /// Parses ISO 8601 with a zone (`2023-06-07T09:45:00+02:00`, `…Z`) or, without one, as local
    /// time in Europe/Amsterdam (`2023-06-07T09:45` or with seconds).
    public init?(iso text: String) {
        if let utc = Self.utc(text) {
            self = utc
            return
        }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "T", maxSplits: 1)
        guard parts.count == 2, let day = Day(iso: String(parts[0])) else { return nil }
        var time = parts[1]
        var zone = Substring("")
        if time.hasSuffix("Z") {
            zone = "Z"
            time = time.dropLast()
        } else if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            zone = time[sign...]
            time = time[..<sign]
        }
        let clock = time.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3,
            clock.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(clock[0]), let minute = Int(clock[1]), hour < 24, minute < 60
        else { return nil }
        let second = clock.count == 3 ? Int(clock[2]) ?? 60 : 0
        guard second < 60, let timeZone = Self.timeZone(zone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        self.init(date)
    }

    /// The stored form, `YYYY-MM-DDTHH:MM:SSZ`, read without a calendar; `nil` for other forms.
    private static func utc(_ text: String) -> Instant? {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == 20, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
                utf8[16] == UInt8(ascii: ":"), utf8[19] == UInt8(ascii: "Z"),
                let day = Day(iso: UnsafeBufferPointer(rebasing: utf8[0..<10])),
                let hour = utf8.decimal(11..<13), let minute = utf8.decimal(14..<16),
                let second = utf8.decimal(17..<19), hour < 24, minute < 60, second < 60
            else { return nil }
            return Instant(secondsSince1970: Int64(day.ordinal * 86_400 + hour * 3600 + minute * 60 + second))
        }
    }

    /// `Z`, `±HH:MM`, or nothing for Europe/Amsterdam.
    private static func timeZone(_ zone: Substring) -> TimeZone? {
        if zone.isEmpty { return netherlands }
        if zone == "Z" { return TimeZone(identifier: "UTC") }
        let digits = zone.dropFirst().split(separator: ":")
        guard digits.count == 2, digits.allSatisfy({ $0.count == 2 }), let hours = Int(digits[0]),
            let minutes = Int(digits[1]), hours < 15, minutes < 60
        else { return nil }
        return TimeZone(secondsFromGMT: (hours * 3600 + minutes * 60) * (zone.first == "-" ? -1 : 1))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var iso: String {
        let days = Int(secondsSince1970.floorDivided(by: 86_400))
        let seconds = Int(secondsSince1970 - Int64(days) * 86_400)
        return Day(ordinal: days).iso
            + String(format: "T%02d:%02d:%02dZ", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// The calendar date in the Netherlands.
    public var dayInNetherlands: Day {
        let local = Calendar.netherlands.dateComponents([.year, .month, .day], from: date)
        return Day(year: local.year!, month: local.month!, day: local.day!)!
    }

    /// `YYYY-MM-DD HH:MM` in Europe/Amsterdam.
    public var localText: String {
        let local = Calendar.netherlands.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", local.year!, local.month!, local.day!, local.hour!, local.minute!)
    }

    /// The instant `seconds` later.
    public func adding(seconds: Int) -> Instant { Instant(secondsSince1970: secondsSince1970 + Int64(seconds)) }

    /// The first instant of a day in the Netherlands.
    public static func startOf(_ day: Day) -> Instant {
        var components = DateComponents()
        components.year = day.year
        components.month = day.month
        components.day = day.day
        return Instant(Calendar.netherlands.date(from: components)!)
    }

    public var description: String { iso }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    /// An instant written in UTC, as payloads hold them: `2023-06-07T09:00:00Z`.
    public init?(utc text: String) {
        guard text.hasSuffix("Z"), let instant = Instant(iso: text) else { return nil }
        self = instant
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let instant = Instant(utc: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a UTC instant: \(text)")
        }
        self = instant
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Calendar {
    /// The Gregorian calendar in Europe/Amsterdam.
    static let netherlands: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Instant.netherlands
        return calendar
    }()
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
