import ArgumentParser
import Foundation
import Program

// How command-line values become domain values. A malformed value is a usage error (exit 64)
// that names the option; whether a well-formed value is allowed is for the rules (exit 65).

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }

}

extension Instant: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension Cents: ExpressibleByArgument {
    public init?(argument: String) {
        guard let cents = try? Cents(euros: argument) else { return nil }
        self = cents
    }
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
extension Constituency.Kind: ExpressibleByArgument {}
extension DecisionOutcome: ExpressibleByArgument {}
extension PlanOutcome: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
extension AttendeeCategory: ExpressibleByArgument {}
extension AgeGroup: ExpressibleByArgument {}
extension InputSource: ExpressibleByArgument {}
extension Channel: ExpressibleByArgument {}

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
