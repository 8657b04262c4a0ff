/// An amount of money in integer euro cents: exact, never a floating-point number.
public struct Cents: Sendable, Hashable, Comparable, Codable, AdditiveArithmetic, CustomStringConvertible {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }

    public static let zero = Cents(0)

    /// Parses an amount in euros as people write it: `1234`, `1234,56`, `1.234,56` (Dutch),
    /// `1234.56`, optionally with `€`. `nil` for anything else, including more than two decimals.
    public init?(euros text: String) {
        var digits = text.replacingOccurrences(of: "€", with: "").trimmingCharacters(in: .whitespaces)
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        guard let cents = Self.parse(digits), cents <= 1_000_000_000_000 else { return nil }
        value = negative ? -cents : cents
    }

    private static func parse(_ text: String) -> Int64? {
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        var whole = Substring(text)
        var fraction = Substring("")
        if let comma = text.lastIndex(of: ",") {
            // Dutch: comma for cents, dots only as thousands separators (1.234,56).
            whole = text[..<comma]
            fraction = text[text.index(after: comma)...]
            let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
            guard groups.count == 1 || (groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3)
            else { return nil }
            whole = Substring(groups.joined())
        } else if let dot = text.lastIndex(of: ".") {
            let after = text[text.index(after: dot)...]
            if after.count == 3 && text.firstIndex(of: ".") != nil {
                // 1.234 or 1.234.567: thousands separators.
                let groups = text.split(separator: ".", omittingEmptySubsequences: false)
                guard groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 else { return nil }
                whole = Substring(groups.joined())
            } else {
                whole = text[..<dot]
                fraction = after
            }
        }
        guard isDigits(whole), fraction.count <= 2, fraction.isEmpty || isDigits(fraction),
            let euros = Int64(whole), euros < 10_000_000_000
        else { return nil }
        let cents = fraction.isEmpty ? 0 : Int64(fraction.count == 1 ? "\(fraction)0" : String(fraction))!
        return euros * 100 + cents
    }

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
