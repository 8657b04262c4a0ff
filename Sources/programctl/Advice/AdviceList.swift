import ArgumentParser
import Foundation
import Program
import Projections

struct AdviceList: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Advice and where it stands: requested, given, open or overdue, adopted or not and why, carried out.",
        discussion: """
            Open and overdue are judged today (or --on), against the due date of a request
            and the programme's response time for given advice.

            Example:  programctl advice list --body O1
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this body's advice.")
    var body: BodyID?

    @Option(help: "Judge open and overdue on this date (default: today).", transform: Day.argument)
    var on: Day?

    func execute() throws {
        let state = try global.store(.readOnly).currentState().state
        let day = on ?? Instant(Date()).dayInNetherlands
        let days = (state.definition ?? .zuidLimburg).responseDays
        let entries = state.advice.values.filter { body == nil || $0.body == body }.sorted { $0.id < $1.id }
            .map { AdviceEntry($0, state: state, on: day, responseDays: days) }
        if entries.isEmpty {
            global.output.nothing(body.map { "no advice of \($0) recorded yet" } ?? "no advice recorded yet")
            return
        }
        if global.json {
            global.output.print(json: entries)
            return
        }
        global.output.table(
            ["ID", "BODY", "ASKED", "GIVEN", "STATUS", "ANSWER DUE", "TITLE"],
            entries.map { entry in
                [
                    entry.id, entry.body, entry.requestedOn?.iso ?? "unrequested", entry.givenOn?.iso ?? "",
                    entry.status.rawValue + (entry.binding ? " (binding)" : ""),
                    (entry.givenOn == nil ? entry.due : entry.responseDue)?.iso ?? "", String(entry.title.prefix(50)),
                ]
            })
    }
}
