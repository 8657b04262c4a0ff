import ArgumentParser
import Foundation
import ProgramStore
import Reporting

struct Demo: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the demo programme: the Zuid-Limburg story from 2023 on, in a new store.",
        discussion: """
            Everything is recorded through the same commands and rules as the other
            programctl commands, with a clock that walks through the story's dates: the
            core group, the kick-off of 7 June 2023 at the Flexiforum in Kerkrade (about
            200 registrations), inputs under the three pillars with follow-up and
            feedback, the plan decided by the municipalities, the innovation-budget
            subsidy, and the framework's goals 2024–2028 with measurements.

            --programme records another region's story, from its definition shipped in
            docs/examples: overijssel (the network of youth and parents from 2022: advice
            requested and unrequested, the Regional Expert Teams' binding advice carried
            out, the five themes, an impulse grant), lejo (the learning network from 2024:
            learning circles under its three pillars, a sharing meeting, the advisory
            group twice a year) or haaglanden (from 2018: a parents' and youth panel in
            the projects from the start, the plan put to nine municipalities, the
            transformation budget). The people in every story are made up.

            Example:  programctl demo --db demo.sqlite && \\
                        programctl report progress --db demo.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Whose story: zuid-limburg, or another region's.", valueName: "name"))
    var programme: DemoStory = .zuidLimburg

    func execute() throws {
        let location = LogLocation(global.path)
        if location.isDatabaseURL {
            let log = try location.open(mode: .create)
            if try log.head().position > 0 {
                throw UsageError("\(log.location) already holds events: the demo is recorded in an empty database")
            }
        } else if FileManager.default.fileExists(atPath: global.path) {
            throw UsageError("\(global.path) already exists: the demo is recorded in a new store")
        }
        let events = try DemoProgramme.record(at: global.path, story: programme)
        global.output.print("recorded the demo programme in \(global.shownPath): \(events) events")
    }
}

extension DemoStory: ExpressibleByArgument {}
