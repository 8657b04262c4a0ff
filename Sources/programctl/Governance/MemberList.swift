import ArgumentParser
import Program
import ProgramStore

struct MemberList: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the core group's members, or who sat in it on a date.",
        discussion: """
            Shows names: this is the core group's own view. programd never shows them.

            Example:  programctl member list --on 2023-06-07
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only those who were members on this date.", transform: Day.argument)
    var on: Day?

    func execute() throws {
        let store = try global.store(.readOnly)
        let state = try store.currentState().state
        let keys = StoreKeys(store: store.log)
        let members = state.members.values
            .filter { member in on.map { member.isActive(on: $0) } ?? true }
            .sorted { $0.id < $1.id }
        let rows = members.map { member in
            (member, member.name.opened(with: keys).value ?? "(gewist / erased)")
        }
        if rows.isEmpty {
            global.output.nothing(on.map { "no members of the core group on \($0)" } ?? "no members added yet")
            return
        }
        if global.json {
            global.output.print(json: rows.map(Entry.init))
            return
        }
        global.output.table(
            ["ID", "NAME", "CONSTITUENCY", "JOINED", "LEFT"],
            rows.map { member, name in
                [
                    member.id.rawValue, name,
                    [member.constituency.kind.rawValue, member.constituency.detail].compactMap { $0 }.joined(
                        separator: ": "),
                    member.joined.iso, member.left?.iso ?? "",
                ]
            })
    }
}

extension MemberList {
    /// A member — of the core group or of a body — as `--json` shows them.
    struct Entry: Encodable {
        var id: String
        var name: String
        var constituency: String
        var represents: String
        var joined: String
        var left: String

        init(id: String, name: String, constituency: Constituency, joined: Day, left: Day?) {
            self.id = id
            self.name = name
            self.constituency = constituency.kind.rawValue
            represents = constituency.detail ?? ""
            self.joined = joined.iso
            self.left = left?.iso ?? ""
        }

        init(_ member: Member, name: String) {
            self.init(
                id: member.id.rawValue, name: name, constituency: member.constituency, joined: member.joined,
                left: member.left)
        }

        init(_ member: BodyMember, name: String) {
            self.init(
                id: member.id.rawValue, name: name, constituency: member.constituency, joined: member.joined,
                left: member.left)
        }
    }
}
