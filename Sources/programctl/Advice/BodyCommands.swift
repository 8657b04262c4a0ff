import ArgumentParser
import Program

struct BodyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "body",
        abstract:
            "Participation bodies beside the core group (jongerenraad, ouderpanel, cliëntenraad, …): establish, who joins, who leaves.",
        subcommands: [BodyAdd.self, BodyJoin.self, BodyLeave.self, BodyList.self])
}

struct BodyAdd: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a participation body was established (ingesteld); it gets an id (O1, O2, …).",
        discussion: """
            Types and constituencies are given by code or Dutch name (see --type,
            --constituency). --constituency: whom it speaks for (achterban); its members
            come from these.
            --binding: its advice binds its addressee (as a regional expert team's
              does): carried out, never declined.

            Example:  programctl body add --as K1 --name "Jongerenraad Zuid-Limburg" \\
                        --type youth-council --constituency youth --date 2024-03-04
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The body's name.")
    var name: String

    @Option(help: "What kind of body it is: \(BodyType.choices).")
    var type: BodyType

    @Option(help: "Whom it speaks for: \(Constituency.Kind.choices); repeat for more.")
    var constituency: [Constituency.Kind] = []

    @Option(help: "For a municipal body: the municipality, name or CBS code.")
    var municipality: String?

    @Flag(help: "Its advice is binding (bindend advies).")
    var binding = false

    @Option(help: "The date it was established.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .establishBody(
            EstablishBody(
                name: name, type: type, constituencies: constituency, municipality: municipality,
                bindingAdvice: binding, date: date))
    }
}

struct BodyJoin: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Record that someone joined a participation body; they get an id (L1, L2, …).",
        discussion: """
            Their name is personal data: it is stored encrypted and can be erased
            (programctl privacy forget). --constituency must be one the body speaks for.

            Example:  programctl body join O1 --as K1 --name "Noor" \\
                        --constituency youth --date 2024-03-04
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The body, e.g. O1.")
    var body: BodyID

    @OptionGroup var member: JoiningMember

    func command() throws -> Command {
        .joinBody(
            JoinBody(
                body: body, name: member.name, constituency: member.constituency, represents: member.represents,
                date: member.date))
    }
}

struct BodyLeave: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "Record that a member left a participation body.",
        discussion: """
            --date is the first day they are no longer a member.

            Example:  programctl body leave L3 --as K1 --date 2025-01-01 \\
                        --reason "18 geworden"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The member's id, e.g. L3.")
    var member: BodyMemberID

    @Option(help: "The first day they are no longer a member.", transform: Day.argument)
    var date: Day

    @Option(help: "Why they left (optional).")
    var reason: String?

    func command() throws -> Command {
        .leaveBody(LeaveBody(member: member, date: date, reason: reason))
    }
}
