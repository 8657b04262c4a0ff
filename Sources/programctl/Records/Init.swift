import ArgumentParser
import Foundation
import Program
import ProgramStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the programme's store and record the programme's definition.",
        discussion: """
            Without --definition it records the built-in programme: Zuid-Limburg, its 16
            municipalities (gemeenten, with their validity dates), the three pillars
            (pijlers) and the policy framework 2024–2028 (beleidskader). With
            --definition FILE it records another region's programme, described in JSON
            with the same fields (see docs/cli.md).

            Example:  programctl init --db zl.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "A programme definition in JSON, instead of the built-in Zuid-Limburg one.", valueName: "file"))
    var definition: String?

    func run() throws {
        try perform(global) {
            var programme = ProgrammeDefinition.zuidLimburg
            if let definition {
                let text = try readText(file: definition, option: "--definition")
                do {
                    programme = try JSONDecoder().decode(ProgrammeDefinition.self, from: Data(text.utf8))
                } catch {
                    throw RuleViolation("definition", "\(definition) is not a programme definition: \(error)")
                }
            }
            let store = try ProgrammeStore(path: global.path, mode: .create)
            let result = try store.record(
                .defineProgramme(programme), actor: global.actor, name: "init", requestID: global.requestID)
            global.output.recorded(result)
            try global.output.followUps(result.pending, store: global.path)
        }
    }
}
