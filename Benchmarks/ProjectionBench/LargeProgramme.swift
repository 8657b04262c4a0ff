import EventStore
import Foundation
import Program
import ProgramStore
import Synchronization

/// A large programme, recorded through the rules: day after day, a conference with its
/// registrations, cancellations and check-ins, a survey of inputs with follow-up (a decision of
/// the core group) and feedback, and some spending.
enum LargeProgramme {
    static func record(at path: String, events target: Int) throws {
        let clock = Clock()
        let store = try ProgrammeStore(path: path, mode: .create, clock: { clock.now })
        var day = Day(year: 2023, month: 1, day: 2)!
        func at(_ day: Day, hour: Int) { clock.now = Instant.startOf(day).adding(seconds: hour * 3600).date }
        at(day, hour: 9)
        try store.record(.defineProgramme(.zuidLimburg), actor: nil, name: "init")
        try store.record(
            .addMember(AddMember(name: "Jongere", constituency: .youth, represents: nil, date: day)), actor: nil,
            name: "member add")
        try store.record(
            batch: [
                .addMember(AddMember(name: "Ouder", constituency: .parent, represents: nil, date: day)),
                .addMember(AddMember(name: "Gemeente", constituency: .municipality, represents: "Heerlen", date: day)),
            ], actor: "K1", name: "member add")
        try store.record(
            batch: [
                .awardSubsidy(
                    AwardSubsidy(
                        funder: "Innovatiebudget", amount: Cents(1_000_000_000_000), periodStart: day,
                        periodEnd: Day(year: 2030, month: 12, day: 31)!, conditions: [], date: day)),
                .addGoal(
                    AddGoal(
                        title: "Terugkoppeling", indicator: "Aandeel inbreng met terugkoppeling", unit: "%",
                        direction: .increase,
                        baselineYear: 2023, baseline: 30, targets: [2024: 50, 2028: 90], pillars: [3], date: day)),
            ], actor: "K1", name: "setup")
        var conferences = 0
        var registrations = 0
        var inputs = 0
        var recorded = try store.log.head().position
        while recorded < target {
            let conferenceDay = day.adding(days: 1)
            at(day, hour: 10)
            conferences += 1
            let conference = ConferenceID.numbered(conferences)
            let signUps = min(3_000, max(1, (target - Int(recorded)) * 2 / 5))
            var commands: [Command] = [
                .scheduleConference(
                    ScheduleConference(
                        title: "Bijeenkomst \(conferences)", date: conferenceDay, venue: "Heerlen",
                        capacity: signUps - signUps / 20))
            ]
            for index in 0..<signUps {
                commands.append(
                    .register(
                        Register(
                            conference: conference, category: AttendeeCategory.allCases[index % 6],
                            name: "Deelnemer \(index)",
                            email: "deelnemer\(index)@example.nl", phone: nil,
                            municipality: ["Heerlen", "Kerkrade", "Maastricht"][index % 3],
                            ageGroup: index % 6 == 0 ? .from16to17 : nil, parentConsentBy: nil, date: day)))
            }
            let first = registrations
            registrations += signUps
            for index in stride(from: 0, to: signUps / 2, by: 50) {
                commands.append(
                    .cancelRegistration(
                        CancelRegistration(registration: .numbered(first + index + 1), reason: "verhinderd", date: day))
                )
            }
            let firstInput = inputs
            for index in 0..<(signUps * 3 / 4) {
                inputs += 1
                commands.append(
                    .addInput(
                        AddInput(
                            pillar: index % 3 + 1, source: InputSource.allCases[index % 7],
                            channel: Channel.allCases[index % 8],
                            municipality: ["Heerlen", "Vaals", "Stein", "Beek"][index % 4],
                            themes: ["thema \(index % 12)"], date: day,
                            summary:
                                "Inbreng \(inputs): jongeren en ouders willen eerder meepraten over de hulp die zij krijgen.",
                            participationLevel: ParticipationLevel.allCases[index % 5], quote: nil)))
            }
            try store.record(batch: commands, actor: "K1", name: "bench")
            at(conferenceDay, hour: 18)
            let checkIns = (0..<(signUps * 4 / 5)).filter { $0 % 50 != 0 || $0 >= signUps / 2 }.map { index in
                Command.checkIn(
                    CheckIn(
                        registration: .numbered(first + index + 1),
                        at: Instant.startOf(conferenceDay).adding(seconds: 9 * 3600 + index)))
            }
            // The core group decides on the day's input; half of it is taken up into that decision.
            let decision = DecisionID.numbered(conferences)
            var followUp: [Command] = [
                .recordDecision(
                    RecordDecision(
                        title: "Besluit \(conferences)", text: "De kerngroep neemt de inbreng van de bijeenkomst over.",
                        meeting: Meeting(
                            date: conferenceDay, present: ["K1", "K2", "K3"],
                            votes: Votes(inFavour: 3, against: 0, abstaining: 0)),
                        outcome: .adopted, pillars: [3], participationLevel: .coproduce, informedBy: []))
            ]
            for index in 0..<(inputs - firstInput) / 2 {
                let input = InputID.numbered(firstInput + index + 1)
                followUp.append(
                    index % 4 == 0
                        ? .declineInput(DeclineInput(input: input, reason: "Buiten de jeugdhulp", date: conferenceDay))
                        : .takeUpInput(
                            TakeUpInput(input: input, into: .decision(decision), date: conferenceDay, note: nil)))
                followUp.append(
                    .giveFeedback(GiveFeedback(input: input, channel: .online, date: conferenceDay, note: nil)))
            }
            followUp.append(
                .bookExpenditure(
                    BookExpenditure(
                        subsidy: "S1", amount: Cents(125_000), pillar: conferences % 3 + 1, activity: "Bijeenkomst",
                        description: nil, date: conferenceDay)))
            try store.record(batch: checkIns + followUp, actor: "K1", name: "bench")
            recorded = try store.log.head().position
            day = day.adding(days: 2)
        }
        try (store.log as? EventStore)?.flushWriteAheadLog()
    }

    private final class Clock: Sendable {
        private let moment = Mutex(Date(timeIntervalSince1970: 0))
        var now: Date {
            get { moment.withLock { $0 } }
            set { moment.withLock { $0 = newValue } }
        }
    }
}
