import ArgumentParser
import Program

struct DecisionList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The decision register (besluitenlijst), with each decision's amendments and revocation.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try perform(global) {
            let state = try global.store(readOnly: true).currentState().state
            let decisions = state.decisions.values.sorted { $0.id < $1.id }
            if decisions.isEmpty {
                global.output.nothing("no decisions recorded yet")
                return
            }
            if global.json {
                global.output.print(
                    object: decisions.map { decision in
                        [
                            "id": decision.id.rawValue, "title": decision.title, "date": decision.meeting.date.iso,
                            "outcome": decision.outcome.rawValue, "pillars": decision.pillars,
                            "level": decision.participationLevel.rawValue,
                            "informedBy": decision.informedBy.map(\.rawValue),
                            "present": decision.meeting.present.map(\.rawValue),
                            "votes": [
                                "for": decision.meeting.votes.inFavour, "against": decision.meeting.votes.against,
                                "abstain": decision.meeting.votes.abstaining,
                            ],
                            "amendments": decision.amendments.map {
                                ["date": $0.meeting.date.iso, "reason": $0.reason]
                            },
                            "revoked": decision.revocation.map { ["date": $0.meeting.date.iso, "reason": $0.reason] }
                                as Any,
                        ]
                    })
                return
            }
            for decision in decisions {
                let votes = decision.meeting.votes
                global.output.print(
                    "\(decision.id)  \(decision.meeting.date)  \(decision.outcome.rawValue)  \(decision.title)")
                global.output.print(
                    "    level \(decision.participationLevel.rawValue) (\(decision.participationLevel.dutchName)), "
                        + "pillars \(decision.pillars.map(String.init).joined(separator: ",")), "
                        + "vote \(votes.inFavour)-\(votes.against)-\(votes.abstaining), present \(decision.meeting.present.map(\.rawValue).joined(separator: ","))"
                        + (decision.informedBy.isEmpty
                            ? "" : ", informed by \(decision.informedBy.map(\.rawValue).joined(separator: ","))"))
                for amendment in decision.amendments {
                    global.output.print("    amended \(amendment.meeting.date): \(amendment.reason)")
                }
                if let revocation = decision.revocation {
                    global.output.print("    revoked \(revocation.meeting.date): \(revocation.reason)")
                }
            }
        }
    }
}
