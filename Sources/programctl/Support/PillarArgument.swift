import ArgumentParser
import Program

/// A pillar (pijler) as given on the command line: its number (`3`) or its name in the
/// programme's definition (`empowerment`, `"reguliere medezeggenschap"`), compared as a
/// ``Choice`` is. The log holds the number.
struct PillarArgument: ExpressibleByArgument {
    let text: String

    init?(argument: String) {
        text = argument.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
    }

    /// The number given, or that of the pillar of `definition` with the name given.
    func number(in definition: ProgrammeDefinition?) throws(RuleViolation) -> Int {
        if let number = Int(text) { return number }
        let pillars = definition?.pillars ?? []
        guard let pillar = pillars.first(where: { $0.name.choiceKey == text.choiceKey }) else {
            let names = pillars.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
            throw RuleViolation(
                "pillar",
                pillars.isEmpty
                    ? "'\(text)' is not a pillar: there is no programme in this store yet"
                    : "'\(text)' is not a pillar of the programme: give the number or name of \(names)")
        }
        return pillar.number
    }
}

extension GlobalOptions {
    /// The numbers of `pillars`. Names are looked up in the store's programme, which is read only
    /// when a pillar is given by name.
    func pillarNumbers(_ pillars: [PillarArgument]) throws -> [Int] {
        let definition =
            pillars.allSatisfy { Int($0.text) != nil } ? nil : try store(.readOnly).currentState().state.definition
        return try pillars.map { try $0.number(in: definition) }
    }
}
