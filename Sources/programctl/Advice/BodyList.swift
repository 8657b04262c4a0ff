import ArgumentParser
import Foundation
import Program
import ProgramStore

struct BodyList: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the participation bodies, or one body's members.",
        discussion: """
            With a body, shows its members' names: this is the core group's own view.
            programd never shows them.

            Example:  programctl body list
                      programctl body list O1 --on 2024-06-01
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "One body, to list its members (default: every body).")
    var body: BodyID?

    @Option(
        help: "With a body: only those who were members on this date; without: members counted on it (default today).",
        transform: Day.argument)
    var on: Day?

    func execute() throws {
        let store = try global.store(.readOnly)
        let state = try store.currentState().state
        guard let body else {
            listBodies(state)
            return
        }
        guard state.bodies[body] != nil else {
            global.output.nothing("no body \(body) established (yet)")
            return
        }
        let keys = StoreKeys(store: store.log)
        let members = state.bodyMembers.values
            .filter { $0.body == body && (on.map($0.isActive(on:)) ?? true) }
            .sorted { $0.id < $1.id }
            .map { MemberList.Entry($0, name: $0.name.opened(with: keys).value ?? "(gewist / erased)") }
        if members.isEmpty {
            global.output.nothing(on.map { "no members of \(body) on \($0)" } ?? "no members of \(body) yet")
            return
        }
        if global.json {
            global.output.print(json: members)
            return
        }
        global.output.table(
            ["ID", "NAME", "CONSTITUENCY", "JOINED", "LEFT"],
            members.map {
                [
                    $0.id, $0.name, [$0.constituency, $0.represents].filter { !$0.isEmpty }.joined(separator: ": "),
                    $0.joined, $0.left,
                ]
            })
    }

    private func listBodies(_ state: ProgrammeState) {
        let today = on ?? Instant(Date()).dayInNetherlands
        let bodies = state.bodies.values.sorted { $0.id < $1.id }.map {
            Entry($0, members: state.members(of: $0.id, on: today).count)
        }
        if bodies.isEmpty {
            global.output.nothing("no participation bodies established yet")
            return
        }
        if global.json {
            global.output.print(json: bodies)
            return
        }
        global.output.table(
            ["ID", "NAME", "TYPE", "CONSTITUENCIES", "ESTABLISHED", "MEMBERS", "ADVICE"],
            bodies.map {
                [
                    $0.id, $0.name, $0.type, $0.constituencies.joined(separator: ","), $0.established,
                    String($0.members), $0.bindingAdvice ? "binding" : "",
                ]
            })
    }
}

extension BodyList {
    /// A body as `--json` shows it.
    struct Entry: Encodable {
        var id: String
        var name: String
        var type: String
        var constituencies: [String]
        var municipality: String
        var bindingAdvice: Bool
        var established: String
        /// Its members on the day (`--on`, default today).
        var members: Int

        init(_ body: Body, members: Int) {
            id = body.id.rawValue
            name = body.name
            type = body.type.rawValue
            constituencies = body.constituencies.map(\.rawValue)
            municipality = body.municipality ?? ""
            bindingAdvice = body.bindingAdvice
            established = body.established.iso
            self.members = members
        }
    }

}
