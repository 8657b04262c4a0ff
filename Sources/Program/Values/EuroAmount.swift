/// Amounts in euros as people write them, read so that no text means two amounts.
extension Cents {
    /// The largest amount accepted: € 100.000.000,00. More is no amount of a participation
    /// programme, but a slip (a pasted account number, a few zeros too many).
    public static let largestAmount = Cents(10_000_000_000)

    /// Reads an amount in euros as people write it, into cents: `48000`, `48000,00`, `48000.00`,
    /// `48.000,00` (Dutch), `48,000.00` (English), optionally after `€` or `EUR`.
    ///
    /// With both `.` and `,` the last one separates the cents. A single `.` or `,` followed by
    /// exactly three digits could group thousands or separate decimals (`1.250`: € 1.250,00 or
    /// € 1,25?) and is refused, unless the digits are `000` (`€ 48.000`), which no amount in cents
    /// writes. Also refused: more than two decimals, a sign (no amount is negative), and more
    /// than ``largestAmount``.
    public init(euros text: String) throws(AmountError) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = rest.first == "-"
        if negative { rest = rest.dropFirst() }
        if rest.first == "€" {
            rest = rest.dropFirst()
        } else if rest.prefix(3).uppercased() == "EUR" {
            rest = rest.dropFirst(3)
        }
        rest = Substring(rest.trimmingCharacters(in: .whitespaces))
        if !negative && rest.first == "-" {
            negative = true
            rest = rest.dropFirst()
        }
        let cents = try Self.cents(String(rest), text: text)
        if negative { throw .negative(text) }
        guard cents <= Self.largestAmount.value else { throw .tooLarge(text) }
        value = cents
    }

    /// The cents that `digits` (no currency, no sign) writes.
    private static func cents(_ digits: String, text: String) throws(AmountError) -> Int64 {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            throw .malformed(text)
        }
        let separators = digits.filter { $0 == "." || $0 == "," }
        guard let last = separators.last else { return try euros(digits, text: text) * 100 }
        let lastIndex = digits.lastIndex(of: last)!
        let whole = String(digits[..<lastIndex])
        let fraction = String(digits[digits.index(after: lastIndex)...])
        if Set(separators).count == 2 {
            // 48.000,00 or 48,000.00: the last separator marks the cents, the other groups thousands.
            guard separators.filter({ $0 == last }).count == 1 else { throw .malformed(text) }
            return try euros(grouped: whole, by: last == "," ? "." : ",", text: text) * 100
                + decimals(fraction, text: text)
        }
        if separators.count > 1 {
            // 1.250.000 or 1,250,000: the separators can only group thousands.
            return try euros(grouped: digits, by: last, text: text) * 100
        }
        if fraction.count == 3, let thousands = try? euros(grouped: digits, by: last, text: text) {
            if fraction == "000" { return thousands * 100 }
            // Read as decimals it needs a third decimal, unless that is 0 (1.250 is 1,25).
            let decimal =
                fraction.hasSuffix("0") ? Cents(try euros(whole, text: text) * 100 + Int64(fraction.dropLast())!) : nil
            throw .ambiguous(text, thousands: Cents(thousands * 100), decimal: decimal)
        }
        return try euros(whole, text: text) * 100 + decimals(fraction, text: text)
    }

    /// Whole euros written as plain digits.
    private static func euros(_ digits: String, text: String) throws(AmountError) -> Int64 {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .malformed(text) }
        // Beyond 12 digits it is too large whatever follows (and would not fit in cents).
        guard digits.drop(while: { $0 == "0" }).count <= 12, let euros = Int64(digits) else { throw .tooLarge(text) }
        return euros
    }

    /// Whole euros with their thousands grouped by `separator`: 1.250.000.
    private static func euros(grouped digits: String, by separator: Character, text: String) throws(AmountError)
        -> Int64
    {
        let groups = digits.split(separator: separator, omittingEmptySubsequences: false)
        guard (1...3).contains(groups[0].count), groups.count == 1 || groups[0].first != "0",
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { throw .malformed(text) }
        return try euros(groups.joined(), text: text)
    }

    /// The cents of one or two decimals: 5 is 50, 05 is 5.
    private static func decimals(_ digits: String, text: String) throws(AmountError) -> Int64 {
        guard digits.count <= 2 else {
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }) { throw .tooManyDecimals(text) }
            throw .malformed(text)
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .malformed(text) }
        return Int64(digits.count == 1 ? digits + "0" : digits)!
    }
}

/// Why a text is not an amount in euros (``Cents/init(euros:)``); the description says how to
/// write it.
public enum AmountError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not digits with at most one decimal separator and thousands separators in groups of three.
    case malformed(String)
    /// One separator before exactly three digits: thousands, or — when the third digit is 0 —
    /// decimals too.
    case ambiguous(String, thousands: Cents, decimal: Cents?)
    /// Three or more decimals.
    case tooManyDecimals(String)
    /// A sign: no amount is negative.
    case negative(String)
    /// More than ``Cents/largestAmount``.
    case tooLarge(String)

    public var description: String {
        switch self {
        case .malformed(let text):
            return "'\(text)' is not an amount in euros: write e.g. 48000, 48.000,00 or 48000.00"
        case .ambiguous(let text, let thousands, let decimal):
            let plain = String(thousands.value / 100)
            let written = "write \(plain) or \(thousands.digits) for \(thousands)"
            return "'\(text)' is ambiguous (thousands or decimals?): \(written)"
                + (decimal.map { ", or \($0.digits) for \($0)" } ?? "")
        case .tooManyDecimals(let text):
            return "'\(text)' has more than two decimals: an amount in euros has whole cents, e.g. 12,50"
        case .negative(let text):
            return "'\(text)' is negative: an amount is written without a sign"
        case .tooLarge(let text):
            return "'\(text)' is more than \(Cents.largestAmount), the largest amount accepted"
        }
    }
}

extension Cents {
    /// The amount as Dutch writes it, without the euro sign: 1.250,00.
    fileprivate var digits: String { String(formatted(.dutch).dropFirst(2)) }
}
