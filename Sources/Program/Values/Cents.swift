/// An amount of money in integer euro cents: exact, never a floating-point number.
public struct Cents: Sendable, Hashable, Comparable, Codable, AdditiveArithmetic, CustomStringConvertible {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }

    public static let zero = Cents(0)

    /// `€ 1.234,56` (Dutch) or `€1,234.56` (English).
    public func formatted(_ language: Language = .dutch) -> String {
        let magnitude = value.magnitude
        let euros = String(magnitude / 100)
        var grouped = ""
        for (index, character) in euros.enumerated() {
            if index > 0 && (euros.count - index) % 3 == 0 { grouped.append(language == .dutch ? "." : ",") }
            grouped.append(character)
        }
        let cents = magnitude % 100
        let fraction = (cents < 10 ? "0" : "") + String(cents)
        let sign = value < 0 ? "-" : ""
        // As Dutch and English write them: "€ -2.500,00", "-€2,500.00".
        return language == .dutch ? "€ \(sign)\(grouped),\(fraction)" : "\(sign)€\(grouped).\(fraction)"
    }

    public var description: String { formatted() }

    public static func < (lhs: Cents, rhs: Cents) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Cents, rhs: Cents) -> Cents { Cents(lhs.value + rhs.value) }
    public static func - (lhs: Cents, rhs: Cents) -> Cents { Cents(lhs.value - rhs.value) }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// The language of what people read: Dutch by default, English on request.
public enum Language: String, Sendable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"
}
