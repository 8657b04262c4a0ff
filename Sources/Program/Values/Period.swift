/// A reporting period of a measurement: a year (`2024`), a half (`2024-H1`) or a quarter (`2024-Q3`).
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var part: Part

    public enum Part: Sendable, Hashable, Comparable {
        case year
        case half(Int)
        case quarter(Int)
    }

    public init(year: Int, part: Part = .year) {
        self.year = year
        self.part = part
    }

    /// Parses `2024`, `2024-H1`, `2024-H2`, `2024-Q1` … `2024-Q4`.
    public init?(text: String) {
        let pieces = text.uppercased().split(separator: "-")
        guard let first = pieces.first, first.count == 4, let year = Int(first), pieces.count <= 2 else { return nil }
        self.year = year
        guard pieces.count == 2 else {
            part = .year
            return
        }
        let tail = pieces[1]
        guard tail.count == 2, let number = Int(tail.dropFirst()) else { return nil }
        switch (tail.first, number) {
        case ("H", 1...2): part = .half(number)
        case ("Q", 1...4): part = .quarter(number)
        default: return nil
        }
    }

    public var description: String {
        switch part {
        case .year: "\(year)"
        case .half(let half): "\(year)-H\(half)"
        case .quarter(let quarter): "\(year)-Q\(quarter)"
        }
    }

    /// Where the period ends within its year, for ordering (a quarter before the half that ends with it).
    private var endMonth: Int {
        switch part {
        case .year: 12
        case .half(let half): half * 6
        case .quarter(let quarter): quarter * 3
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.endMonth, lhs.part) < (rhs.year, rhs.endMonth, rhs.part)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a period: \(text)")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
