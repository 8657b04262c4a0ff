import ArgumentParser
import Program

/// Who joins the core group or a body, and when: the options `member add` and `body join` share.
struct JoiningMember: ParsableArguments {
    @Option(help: "The member's name (stored encrypted).")
    var name: String

    @Option(help: "Whom they represent: \(Constituency.Kind.choices).")
    var constituency: Constituency.Kind

    @Option(help: "For a municipality or care provider: which one.")
    var represents: String?

    @Option(help: "The date they joined.", transform: Day.argument)
    var date: Day
}
