import Program

/// A cell of a report table, as what it holds — so that each format writes it its own way: a
/// page "€ 48.000,00" and "<5", a machine CSV `48000.00` and the suppression in a column of its
/// own. Text is written as a string literal.
public enum TableCell: Sendable, Hashable, ExpressibleByStringInterpolation {
    case text(String)
    /// People: hidden when small (``PersonCount``).
    case count(PersonCount)
    case integer(Int64)
    /// A measured or target value; `nil` when there is none ("–").
    case number(Double?)
    case money(Cents)
    /// `nil` when there is none ("–").
    case day(Day?)

    public init(stringLiteral value: String) { self = .text(value) }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self = .text(String(stringInterpolation: stringInterpolation))
    }

    /// Whether it holds a figure (aligned right on a page).
    public var isFigure: Bool {
        switch self {
        case .count, .integer, .number, .money: true
        case .text, .day: false
        }
    }

    /// As a reader sees it, in the words' language.
    public func text(_ words: Words) -> String {
        switch self {
        case .text(let text): text
        case .count(let count): count.description
        case .integer(let value): Format.number(Double(value), words.language)
        case .number(let value): words.number(value)
        case .money(let amount): words.money(amount)
        case .day(let day): day.map(words.day) ?? "–"
        }
    }

    /// As a machine reads it: numbers with a decimal point (or comma), euros with two decimals,
    /// days in ISO 8601; empty when there is no value or it is hidden.
    public func value(decimalComma: Bool) -> String {
        let machine: String
        switch self {
        case .text(let text): return text
        case .count(let count): machine = count.value.map(String.init) ?? ""
        case .integer(let value): machine = String(value)
        case .number(let value):
            machine = value.map { Format.number($0, .english).replacingOccurrences(of: ",", with: "") } ?? ""
        case .money(let amount):
            let magnitude = amount.value.magnitude
            let cents = magnitude % 100
            machine = (amount.value < 0 ? "-" : "") + "\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
        case .day(let day): return day?.iso ?? ""
        }
        return decimalComma ? machine.replacingOccurrences(of: ".", with: ",") : machine
    }

    /// Whether it is a count of people (which may be hidden).
    public var isCount: Bool {
        if case .count = self { true } else { false }
    }

    /// Why a count is hidden ("<5", "x"); `nil` for anything shown.
    public var suppression: String? {
        if case .count(let count) = self, count.isHidden { return count.description }
        return nil
    }
}
