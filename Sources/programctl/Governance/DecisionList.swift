import ArgumentParser
import Program

struct DecisionList: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The decision register (besluitenlijst), with each decision's amendments and revocation.")

    @OptionGroup var global: GlobalOptions

    func execute() throws {
        let state = try global.store(.readOnly).currentState().state
        let decisions = state.decisions.values.sorted { $0.id < $1.id }
        if decisions.isEmpty {
            global.output.nothing("no decisions recorded yet")
            return
        }
        if global.json {
            global.output.print(json: decisions.map(Entry.init))
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

extension DecisionList {
    /// A decision as `--json` shows it.
    struct Entry: Encodable {
        /// How the meeting voted.
        struct Votes: Encodable {
            var `for`: Int
            var against: Int
            var abstain: Int
        }
        /// An amendment or the revocation: when, and why.
        struct Change: Encodable {
            var date: String
            var reason: String
        }
        var id: String
        var title: String
        var date: String
        var outcome: String
        var pillars: [Int]
        var level: Int
        var informedBy: [String]
        var present: [String]
        var votes: Votes
        var amendments: [Change]
        @NullWhenAbsent var revoked: Change?

        init(_ decision: Decision) {
            id = decision.id.rawValue
            title = decision.title
            date = decision.meeting.date.iso
            outcome = decision.outcome.rawValue
            pillars = decision.pillars
            level = decision.participationLevel.rawValue
            informedBy = decision.informedBy.map(\.rawValue)
            present = decision.meeting.present.map(\.rawValue)
            let votes = decision.meeting.votes
            self.votes = Votes(for: votes.inFavour, against: votes.against, abstain: votes.abstaining)
            amendments = decision.amendments.map { Change(date: $0.meeting.date.iso, reason: $0.reason) }
            revoked = decision.revocation.map { Change(date: $0.meeting.date.iso, reason: $0.reason) }
        }
    }
}
