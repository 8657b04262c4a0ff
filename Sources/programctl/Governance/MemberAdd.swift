import ArgumentParser
import Program

struct MemberAdd: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that someone joined the core group (toetreden tot de kerngroep).",
        discussion: """
            The member gets the next id (K1, K2, …): use it with --as and --present. Their
            name is personal data: it is stored encrypted and can be erased
            (programctl privacy forget). The first members need no --as; after that, an
            active member records.

            Constituencies (achterban), by code or Dutch name: youth (jongeren), parent
            (ouders), client-representative (cliëntvertegenwoordiging), municipality
            (gemeenten) and care-provider (zorgaanbieders); for the last two, say which
            one with --represents NAME.

            Example:  programctl member add --name "Sanne" --constituency youth \\
                        --date 2023-01-16
                      programctl member add --as K1 --name "J. Bakker" \\
                        --constituency municipality --represents Heerlen \\
                        --date 2023-01-16
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var member: JoiningMember

    func command() throws -> Command {
        .addMember(
            AddMember(
                name: member.name, constituency: member.constituency, represents: member.represents,
                date: member.date))
    }
}
