import ArgumentParser
import Foundation
import Program

/// One of a closed set of values, given on the command line or in an imported file by its code
/// (`adopted`) or by its Dutch name (`aangenomen`), and always recorded by its code.
///
/// Case and accents do not matter (`Cliëntenraad`, `clientenraad`), nor spaces against hyphens
/// (`vastgesteld met amendementen`, `vastgesteld-met-amendementen`).
protocol Choice: CaseIterable, RawRepresentable<String>, ExpressibleByArgument {
    /// The value's name in `language`.
    func name(_ language: Language) -> String
}

extension Choice {
    public init?(argument: String) {
        let key = argument.choiceKey
        guard
            let value = Self.allCases.first(where: { $0.rawValue.choiceKey == key || $0.name(.dutch).choiceKey == key })
        else { return nil }
        self = value
    }

    /// Each code and then its Dutch name, as help and completions offer them and a refusal lists
    /// them; spaces as hyphens, so that a shell completes each as one word.
    public static var allValueStrings: [String] {
        var strings: [String] = []
        for value in allCases {
            for string in [value.rawValue, value.name(.dutch).replacingOccurrences(of: " ", with: "-")]
            where !strings.contains(string) {
                strings.append(string)
            }
        }
        return strings
    }

    /// The values for a help text: "adopted (aangenomen), rejected (verworpen) or deferred (aangehouden)".
    static var choices: String {
        let named = allCases.map { value in
            let dutch = value.name(.dutch)
            return dutch == value.rawValue ? dutch : "\(value.rawValue) (\(dutch))"
        }
        return named.dropLast().joined(separator: ", ") + " or " + named.last!
    }
}

extension String {
    /// What a value given by name is compared by: without case and accents, with spaces and
    /// underscores as hyphens.
    var choiceKey: String {
        trimmingCharacters(in: .whitespaces)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
    }
}

extension DecisionOutcome: Choice {}
extension PlanOutcome: Choice {}
extension Constituency.Kind: Choice {}
extension AttendeeCategory: Choice {}
extension InputSource: Choice {}
extension Channel: Choice {}
extension Direction: Choice {}
extension BodyType: Choice {}
extension AdviceAddressee.Kind: Choice {}
extension AdviceOutcome: Choice {}
