import ArgumentParser
import Foundation
import Program

// How command-line values become domain values. A malformed value is a usage error (exit 64)
// that names the option; whether a well-formed value is allowed is for the rules (exit 65).

extension Day {
    /// How a date is written, for the refusals of a date: a noun phrase with an example.
    static let expected = "a date written YYYY-MM-DD (JJJJ-MM-DD), e.g. 2023-06-07"

    /// A date option's value; the refusal says how to write one.
    static func argument(_ text: String) throws(ValidationError) -> Day {
        if let day = Day(iso: text) { return day }
        let shaped =
            text.count == 10
            && text.enumerated().allSatisfy { [4, 7].contains($0) ? $1 == "-" : $1.isASCII && $1.isNumber }
        throw ValidationError((shaped ? "there is no such day; expected " : "expected ") + expected)
    }
}

extension Instant {
    /// A time option's value; the refusal says how to write one.
    static func argument(_ text: String) throws(ValidationError) -> Instant {
        guard let instant = Instant(iso: text) else {
            throw ValidationError(
                "expected a time written YYYY-MM-DDTHH:MM in Europe/Amsterdam, e.g. "
                    + "2023-06-07T09:12, or ISO 8601 with a zone, e.g. 2023-06-07T07:12:00Z")
        }
        return instant
    }
}

extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension ParticipationLevel: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
    public static var allValueStrings: [String] { allCases.map { "\($0.rawValue)" } }
}

extension Identifier: ExpressibleByArgument {
    public init?(argument: String) {
        let id = argument.trimmingCharacters(in: .whitespaces).uppercased()
        guard id.hasPrefix(Kind.prefix), let number = Int(id.dropFirst(Kind.prefix.count)), number > 0 else {
            return nil
        }
        self.init("\(Kind.prefix)\(number)")
    }
}

extension InputUse: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension Language: ExpressibleByArgument {}
extension AgeGroup: ExpressibleByArgument {}

/// A yearly target, `2028=60`.
struct YearTarget: ExpressibleByArgument {
    var year: Int
    var value: Double

    init?(argument: String) {
        let parts = argument.split(separator: "=")
        guard parts.count == 2, let year = Int(parts[0]),
            let value = Double(parts[1].replacingOccurrences(of: ",", with: "."))
        else { return nil }
        self.year = year
        self.value = value
    }

}

/// A comma-separated list, e.g. `K1,K2,K5`.
struct List<Element: ExpressibleByArgument>: ExpressibleByArgument {
    var items: [Element]

    init?(argument: String) {
        var items: [Element] = []
        for part in argument.split(separator: ",") {
            guard let item = Element(argument: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            items.append(item)
        }
        self.items = items
    }
}
