import ArgumentParser
import Program

struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "The core group's decisions (besluiten): record, amend, revoke, list the register.",
        subcommands: [DecisionRecord.self, DecisionAmend.self, DecisionRevoke.self, DecisionList.self])
}

/// Who was present and how they voted: every decision, amendment and revocation takes a meeting.
struct MeetingOptions: ParsableArguments {
    @Option(help: "The date of the meeting.", transform: Day.argument)
    var date: Day

    @Option(help: ArgumentHelp("The members present (aanwezig), comma-separated: K1,K2,K5.", valueName: "members"))
    var present: List<MemberID>

    @Option(name: .customLong("for"), help: "Votes for (voor).")
    var inFavour: Int

    @Option(help: "Votes against (tegen).")
    var against = 0

    @Option(help: "Abstentions (onthoudingen).")
    var abstain = 0

    var meeting: Meeting {
        Meeting(
            date: date, present: present.items, votes: Votes(inFavour: inFavour, against: against, abstaining: abstain))
    }
}

/// The rules every meeting follows, for help texts.
let meetingRules = """
    A meeting needs at least half of the active members present (quorum), and at
    least one youth, parent or client representative ("niet over ons zonder ons":
    nothing about us without us). Every member present votes:
    --for + --against + --abstain equals the number present.
    """
