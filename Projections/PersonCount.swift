/// A count of people as published: counts of 1 to 4 show as "<5", so that no young person can
/// be recognised from a figure. 0 and 5 or more show as they are — unless a count had to be hidden
/// as well so that a small one cannot be worked out from a total (secondary suppression): it
/// shows as "x", as Statistics Netherlands marks it.
///
/// In JSON, as the encoder's ``Encoding`` at ``encodingKey`` says: an integer, or the string
/// `"<5"` for either kind of hidden count (``Encoding/figure``, the default); or an object with
/// the count (`null` when hidden) and its suppression (``Encoding/flagged``).
public struct PersonCount: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The threshold: counts below it (but above 0) are hidden.
    public static let threshold = 5

    /// Why a count is not shown.
    public enum Suppression: String, Sendable, Hashable, Codable {
        /// 1 to 4 people: "<5".
        case small
        /// Not small itself, hidden so that a small count cannot be derived: "x".
        case secondary
    }

    /// The published value, `nil` when hidden.
    public let value: Int?
    /// Why the value is hidden; `nil` when it is shown.
    public let suppression: Suppression?

    /// Publishes `count`, hiding it when it is small or when `hidden` (secondary suppression).
    public init(_ count: Int, hidden: Bool = false) {
        if count > 0 && count < Self.threshold {
            (value, suppression) = (nil, .small)
        } else if hidden {
            (value, suppression) = (nil, .secondary)
        } else {
            (value, suppression) = (count, nil)
        }
    }

    public var isHidden: Bool { value == nil }

    /// The figure as printed: the count, "<5" or "x".
    public var description: String {
        switch suppression {
        case nil: value.map(String.init) ?? ""
        case .small: "<\(Self.threshold)"
        case .secondary: "x"
        }
    }

    /// How a count is written in JSON.
    public enum Encoding: Sendable {
        /// As printed, but for "x": an integer, or `"<5"` for either kind of hidden count.
        case figure
        /// `{"count": 12, "suppression": null}`, `{"count": null, "suppression": "small"}` or
        /// `{"count": null, "suppression": "secondary"}`: the count is always an integer or `null`.
        case flagged
    }

    /// The `userInfo` key of an encoder's ``Encoding`` (``Encoding/figure`` when absent).
    public static let encodingKey = CodingUserInfoKey(rawValue: "PersonCount.Encoding")!

    private enum Field: String, CodingKey { case count, suppression }

    /// Reads either encoding (a figure read back cannot tell "x" from "<5": both read as small).
    public init(from decoder: any Decoder) throws {
        if let fields = try? decoder.container(keyedBy: Field.self) {
            value = try fields.decodeIfPresent(Int.self, forKey: .count)
            suppression = try fields.decodeIfPresent(Suppression.self, forKey: .suppression)
            return
        }
        let container = try decoder.singleValueContainer()
        value = try? container.decode(Int.self)
        suppression = value == nil ? .small : nil
    }

    public func encode(to encoder: any Encoder) throws {
        switch encoder.userInfo[Self.encodingKey] as? Encoding ?? .figure {
        case .figure:
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encode("<\(Self.threshold)") }
        case .flagged:
            var fields = encoder.container(keyedBy: Field.self)
            try fields.encode(value, forKey: .count)
            try fields.encode(suppression, forKey: .suppression)
        }
    }

    /// Publishes a breakdown of people whose total is also published. When exactly one cell
    /// would be hidden, the smallest other non-zero cell is hidden too, so that the hidden one
    /// cannot be worked out by subtracting the others from the total.
    /// Ties are broken by key, so that the same counts always hide the same cells.
    public static func breakdown<Key: Hashable & Comparable>(_ counts: [Key: Int]) -> [Key: PersonCount] {
        let small = counts.filter { $0.value > 0 && $0.value < threshold }
        var hidden = Set(small.keys)
        if small.count == 1,
            let partner = counts.filter({ $0.value > 0 && !hidden.contains($0.key) })
                .min(by: { ($0.value, $0.key) < ($1.value, $1.key) })
        {
            hidden.insert(partner.key)
        }
        return counts.reduce(into: [:]) { result, entry in
            result[entry.key] = PersonCount(entry.value, hidden: hidden.contains(entry.key))
        }
    }

    /// Publishes a table of people (rows × columns) whose column totals are also published, its row
    /// totals not: small cells hidden, then, in every column with exactly one hidden cell, the
    /// smallest other non-zero cell hidden as well — so no hidden cell follows from its column's total.
    public static func table<Row: Hashable & Comparable, Column: Hashable & Comparable>(
        _ counts: [Row: [Column: Int]]
    ) -> [Row: [Column: PersonCount]] {
        var table = counts.mapValues { $0.mapValues { PersonCount($0) } }
        let columns = Set(counts.values.flatMap(\.keys))
        for column in columns.sorted() {
            let hidden = table.filter { $0.value[column]?.isHidden == true }
            guard hidden.count == 1,
                let partner = counts.filter({ row in
                    (row.value[column] ?? 0) > 0 && table[row.key]?[column]?.isHidden == false
                }).min(by: { ($0.value[column]!, $0.key) < ($1.value[column]!, $1.key) })
            else { continue }
            table[partner.key]?[column] = PersonCount(partner.value[column]!, hidden: true)
        }
        return table
    }
}
