import ArgumentParser
import EventStore
import Foundation
import Program
import ProgramStore

struct Init: RecordingCommand {
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

    /// `init` creates the store.
    static let storeMode = EventStore.Mode.create

    func command() throws -> Command {
        guard let definition else { return .defineProgramme(.zuidLimburg) }
        let text = try readText(file: definition, option: "--definition")
        do {
            return .defineProgramme(try JSONDecoder().decode(ProgrammeDefinition.self, from: Data(text.utf8)))
        } catch {
            throw RuleViolation("definition", "\(definition) is not a programme definition: \(error)")
        }
    }
}
