import ArgumentParser
import Program

struct AdviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advice",
        abstract:
            "Advice (advies) of the participation bodies, requested (gevraagd) and unrequested (ongevraagd): what was done with it, and why.",
        subcommands: [
            AdviceRequest.self, AdviceGive.self, AdviceRespond.self, AdviceCarryOut.self, AdviceReact.self,
            AdviceList.self,
        ])
}

struct AdviceRequest: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Record that a body was asked for advice (adviesaanvraag); it gets an id (AD1, AD2, …).",
        discussion: """
            --to: who asks (and receives the advice). --due: the day the body is asked
            to advise by. --level: the rung of the participation ladder it is asked at,
            known in advance: 2 raadplegen (consult), 3 adviseren (advise: binding in
            principle, deviating needs a reason), 4 coproduceren (co-produce) or
            5 meebeslissen (co-decide) — at 4 and 5 the advice binds.

            Example:  programctl advice request O1 --as K1 --to core-group \\
                        --title "Vast aanspreekpunt" \\
                        --question "Hoe willen jongeren hun vaste aanspreekpunt vinden?" \\
                        --pillar 3 --level 3 --date 2024-04-02 --due 2024-05-14
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The body asked, e.g. O1.")
    var body: BodyID

    @Option(help: "Who asks (and receives the advice): \(AdviceAddressee.Kind.choices).")
    var to: AdviceAddressee.Kind

    @Option(
        help: ArgumentHelp("For a municipality (name or CBS code) or a care provider: which one.", valueName: "name"))
    var toName: String?

    @Option(help: "A short title.")
    var title: String

    @Option(help: "The question put to the body.")
    var question: String

    @Option(help: "A pillar (pijler) it concerns, by number or name; repeat for more.")
    var pillar: [PillarArgument] = []

    @Option(help: "A theme; repeat for more.")
    var theme: [String] = []

    @Option(help: "The participation level it is asked at, 2–5 or its name.")
    var level: ParticipationLevel

    @Option(help: "The date of the request.", transform: Day.argument)
    var date: Day

    @Option(help: "The day the body is asked to advise by.", transform: Day.argument)
    var due: Day

    func command() throws -> Command {
        .requestAdvice(
            RequestAdvice(
                body: body, addressee: to, addresseeName: toName, title: title,
                question: question, pillars: try global.pillarNumbers(pillar), themes: theme, participationLevel: level,
                date: date, due: due))
    }
}

struct AdviceGive: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "give",
        abstract: "Record advice a body gave: on request (--request AD1) or unrequested (ongevraagd).",
        discussion: """
            Requested advice answers its request: it goes to whoever asked, at the level
            asked, under the request's id. Unrequested advice gets a new id and names its
            body, addressee (--to), title and level. Advice given at level 4 or 5, or by
            a body whose advice is binding, binds its addressee.
            --members: the body's members who gave it; each must be a member that day.

            Example:  programctl advice give --as K1 --request AD1 \\
                        --text "Eén vast aanspreekpunt per jongere, bereikbaar via app." \\
                        --members L1,L2 --date 2024-05-06
                      programctl advice give --as K1 --body O2 --to region \\
                        --title "Wachttijden" --text "Meld wachttijden per aanbieder." \\
                        --level 3 --pillar 2 --date 2024-06-10
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("The request it answers, e.g. AD1 (leave out for unrequested advice).", valueName: "advice"))
    var request: AdviceID?

    @Option(help: "The body that gives it, e.g. O1 (for a request: its body).")
    var body: BodyID?

    @Option(help: "Unrequested: to whom it is given: \(AdviceAddressee.Kind.choices).")
    var to: AdviceAddressee.Kind?

    @Option(
        help: ArgumentHelp("For a municipality (name or CBS code) or a care provider: which one.", valueName: "name"))
    var toName: String?

    @Option(help: "A short title (for a request: its title unless given).")
    var title: String?

    @Option(help: "What the body advises.")
    var text: String

    @Option(
        help:
            "A pillar (pijler) it concerns, by number or name; repeat for more (for a request: its pillars unless given)."
    )
    var pillar: [PillarArgument] = []

    @Option(help: "A theme; repeat for more (for a request: its themes unless given).")
    var theme: [String] = []

    @Option(help: "The participation level, 2–5 or its name (for a request: the level asked).")
    var level: ParticipationLevel?

    @Option(help: ArgumentHelp("The body's members who gave it, comma-separated: L1,L2.", valueName: "members"))
    var members: List<BodyMemberID>?

    @Option(help: "The date the advice was given.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .giveAdvice(
            GiveAdvice(
                request: request, body: body, addressee: to, addresseeName: toName, title: title,
                text: text, pillars: pillar.isEmpty ? nil : try global.pillarNumbers(pillar), themes: theme,
                participationLevel: level,
                members: members?.items ?? [], date: date))
    }
}

struct AdviceRespond: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract:
            "Record the addressee's response: adopted (overgenomen), adopted in part (deels) or not adopted (niet overgenomen).",
        discussion: """
            Not adopting advice, or adopting it in part, needs the reason (--reason):
            deviating from advice is explained. Binding advice cannot be (partly)
            declined: it is adopted and carried out (advice carry-out). --into: the
            decision (B3), plan version (plan-2) or goal (D1) it was answered in.
            The addressee has six weeks to respond unless the programme's definition says
            otherwise (adviceResponseDays); advice not answered by then shows as overdue.

            Example:  programctl advice respond AD1 --as K1 --outcome adopted-in-part \\
                        --reason "Een app past niet in de begroting van 2024" \\
                        --into B7 --date 2024-06-03
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The advice, e.g. AD1.")
    var advice: AdviceID

    @Option(help: "What the addressee did with it: \(AdviceOutcome.choices).")
    var outcome: AdviceOutcome

    @Option(help: "Why it was not (fully) adopted.")
    var reason: String?

    @Option(
        help: ArgumentHelp(
            "The decision (B3), plan version (plan-2) or goal (D1) it was answered in.", valueName: "target"))
    var into: InputUse?

    @Option(help: "The date of the response.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .respondToAdvice(RespondToAdvice(advice: advice, outcome: outcome, reason: reason, into: into, date: date))
    }
}

struct AdviceCarryOut: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "carry-out",
        abstract: "Record that binding advice (bindend advies) was carried out (uitgevoerd).",
        discussion: """
            Example:  programctl advice carry-out AD3 --as K1 --date 2024-09-02 \\
                        --note "Maatwerkbudget ingezet"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The binding advice, e.g. AD3.")
    var advice: AdviceID

    @Option(help: "The date it was carried out.", transform: Day.argument)
    var date: Day

    @Option(help: "A note.")
    var note: String?

    func command() throws -> Command {
        .carryOutAdvice(CarryOutAdvice(advice: advice, note: note, date: date))
    }
}

struct AdviceReact: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "react",
        abstract: "Record the body's reaction to what its addressee did with its advice.",
        discussion: """
            Example:  programctl advice react AD1 --as K1 \\
                        --text "Fijn dat het aanspreekpunt er komt; de app blijft nodig." \\
                        --date 2024-06-20
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The advice, e.g. AD1.")
    var advice: AdviceID

    @Option(help: "The body's reaction.")
    var text: String

    @Option(help: "The date of the reaction.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .reactToAdviceResponse(ReactToAdviceResponse(advice: advice, text: text, date: date))
    }
}
