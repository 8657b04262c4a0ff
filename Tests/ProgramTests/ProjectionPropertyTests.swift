import Foundation
import Program
import Projections
import Reporting
import Testing

/// Properties of the fold behind every read model, over random programmes: each a seeded sequence
/// of commands decided by the rules (so only valid events are recorded), stored and read back the
/// way the store does it (personal data sealed), with a clock that only moves forward.
@Suite("Projections: properties over random event sequences")
struct ProjectionPropertyTests {
    static let sequences = 200
    static let maximumCommands = 80

    @Test("folding from scratch equals folding a prefix, saving it as JSON (a checkpoint), and applying the rest")
    func checkpointRoundTrip() throws {
        var totalEvents = 0
        var kinds: Set<String> = []
        for seed in 0..<UInt64(Self.sequences) {
            let programme = RandomProgramme(seed: seed, commands: Self.maximumCommands)
            let events = programme.events
            totalEvents += events.count
            kinds.formUnion(events.map(\.event.typeName))
            let whole = fold(events[...])
            var random = SplitMix64(spreading: seed &+ 1_000)
            let cuts = Set([0, events.count, Int(random.next() % UInt64(events.count + 1)), events.count / 2])
            for cut in cuts.sorted() {
                let prefix = fold(events[..<cut])
                let saved = try StateCoding.encode(prefix)
                var restored = try StateCoding.decode(ProgrammeProjection.self, from: saved)
                #expect(
                    restored == prefix, "seed \(seed): the projection at \(cut) changed on its way through a checkpoint"
                )
                for recorded in events[cut...] { restored.apply(recorded) }
                #expect(
                    restored == whole,
                    "seed \(seed): prefix of \(cut) of \(events.count) events, through a checkpoint, then the rest")
                if restored != whole { break }
            }
        }
        // The sequences do exercise the fold: many events, of every kind.
        #expect(totalEvents > Self.sequences * Self.maximumCommands / 3, "only \(totalEvents) events were recorded")
        let expected = Set(ProgramEvent.types.map { $0.typeName })
        #expect(expected.subtracting(kinds).isEmpty, "never recorded: \(expected.subtracting(kinds).sorted())")
    }

    @Test(
        "a history recorded as it happened and the same history recorded all at once later show the same as of every day"
    )
    func twoClocks() throws {
        let later = Instant(iso: "2027-06-01T09:00")!
        var compared = (days: 0, withRegistrations: 0, withLaterFacts: 0)
        for seed in 0..<UInt64(Self.sequences / 4) {
            let live = RandomProgramme(seed: seed, commands: Self.maximumCommands)
            let late = RandomProgramme(replaying: live.accepted, at: later)
            try #require(
                late.events.map(\.event) == live.events.map(\.event),
                "seed \(seed): the rules decided the history differently when it was recorded late")
            let days = Set(live.events.compactMap(\.event.occurredOn)).sorted()
            // Before anything happened, both logs show the same empty programme.
            let before = days[0].adding(days: -1)
            #expect(
                report(fold(late.events[...], happenedBy: before))
                    == report(fold(live.events[...], happenedBy: before)),
                "seed \(seed), before the first day")
            for day in days {
                // What was known at the end of that day, recorded as it happened…
                let known = live.events.filter { $0.recordedAt.dayInNetherlands <= day }
                let projection = fold(known[...], happenedBy: day)
                let then = report(projection)
                let advice = AdviceView(projection)
                // …is what the log says of that day now, whenever it was recorded.
                for (clock, events) in [("live", live.events), ("late", late.events)] {
                    let now = fold(events[...], happenedBy: day)
                    #expect(report(now) == then, "seed \(seed), as of \(day), \(clock)")
                    #expect(AdviceView(now) == advice, "seed \(seed), as of \(day), \(clock): advice")
                }
                compared.days += 1
                if then.conferences.conferences.contains(where: { $0.registrations.value != 0 }) {
                    compared.withRegistrations += 1
                }
                if known.count < live.events.count { compared.withLaterFacts += 1 }
            }
        }
        // The comparison covers many days, with registrations, and with facts after the day left out.
        #expect(compared.days > Self.sequences * 5, "only \(compared.days) days compared")
        #expect(compared.withRegistrations > compared.days / 10, "\(compared)")
        #expect(compared.withLaterFacts > compared.days / 2, "\(compared)")
    }

    @Test("every event of a programme recorded through the rules is what they decide again from the events before it")
    func replayedThroughTheRules() {
        var kinds: Set<String> = []
        for seed in 0..<UInt64(Self.sequences) {
            let programme = RandomProgramme(seed: seed, commands: Self.maximumCommands)
            var replay = RuleReplay()
            for recorded in programme.events {
                if let reason = replay.check(
                    recorded.event, recordedBy: recorded.actor, at: recorded.recordedAt, position: recorded.position)
                {
                    Issue.record("seed \(seed), position \(recorded.position) (\(recorded.event.typeName)): \(reason)")
                    break
                }
                kinds.insert(recorded.event.typeName)
            }
            #expect(replay.unfinished == nil, "seed \(seed)")
            #expect(replay.state == programme.state, "seed \(seed): the replay folded another state")
        }
        // Every kind of event was replayed.
        let all = Set(ProgramEvent.types.map { $0.typeName })
        #expect(kinds == all, "never replayed: \(all.subtracting(kinds).sorted())")
    }

    @Test("the columns of registrations and inputs give back what the events said, folded the plain way")
    func columnsMatchAPlainFold() {
        var checked = (registrations: 0, inputs: 0, answered: 0)
        for seed in 0..<UInt64(Self.sequences) {
            var reference = ReferenceFold()
            var state = ProgrammeState()
            for recorded in RandomProgramme(seed: seed, commands: Self.maximumCommands).events {
                reference.apply(recorded.event, at: recorded.position)
                state.apply(recorded.event, at: recorded.position)
            }
            let inputs = state.inputs.all
            #expect(inputs.map(ExpectedInput.init) == reference.inputs.values.sorted { $0.id < $1.id }, "seed \(seed)")
            #expect(inputs.allSatisfy { state.inputs[$0.id].map(ExpectedInput.init) == ExpectedInput($0) })
            #expect(state.inputs.answered == inputs.count { $0.firstResponse != nil }, "seed \(seed)")
            #expect(state.inputs.withFeedback == inputs.count { !$0.feedback.isEmpty }, "seed \(seed)")
            for conference in state.conferences.values {
                let expected = reference.registrations[conference.id] ?? []
                #expect(conference.registrations.all.map(ExpectedRegistration.init) == expected, "seed \(seed)")
                #expect(conference.placesTaken == expected.count { $0.status == .registered }, "seed \(seed)")
                #expect(conference.waitlist == reference.waitlists[conference.id] ?? [], "seed \(seed)")
                checked.registrations += expected.count
            }
            #expect(Set(state.subjects.all) == reference.subjects, "seed \(seed)")
            #expect(state.subjects.count == reference.subjects.count, "seed \(seed)")
            checked.inputs += inputs.count
            checked.answered += state.inputs.answered
        }
        // The sequences do exercise the columns (200 sequences give about 700 registrations, 1,000 inputs).
        #expect(checked.registrations > 500 && checked.inputs > 500 && checked.answered > 100, "\(checked)")
    }

    @Test("the advice view's statuses and figures are what a plain fold of the events gives, as of every day")
    func adviceMatchesAPlainFold() {
        var checked = (views: 0, advice: 0, answered: 0, overdue: 0, years: 0, shares: 0)
        for seed in 0..<UInt64(Self.sequences / 2) {
            let programme = RandomProgramme(seed: seed, commands: Self.maximumCommands)
            let events = programme.events.map(\.event)
            let days = Set(events.compactMap(\.occurredOn)).sorted()
            // Every tenth day of the story, its last, and the view of every fact (judged on the last day recorded).
            let views =
                days.enumerated().filter { $0.offset % 10 == 0 }.map { Optional($0.element) } + [days.last, nil]
            for happenedBy in views {
                let projection = fold(programme.events[...], happenedBy: happenedBy)
                let view = AdviceView(projection)
                let reference = AdviceReference(events, through: projection.asOfDay, responseDays: 42)
                let label = "seed \(seed), as of \(projection.asOfDay)"
                #expect(view.asOf == projection.asOfDay && view.responseDays == 42, "\(label)")
                #expect(view.advice.map(\.id).sorted() == reference.advice.keys.sorted(), "\(label)")
                for entry in view.advice {
                    #expect(entry.status == reference.status(entry.id), "\(label): \(entry.id)")
                    #expect(entry.daysToResponse == reference.daysToResponse(entry.id), "\(label): \(entry.id)")
                }
                #expect(view.bodies.map(\.id).sorted() == reference.bodies.sorted(), "\(label)")
                for body in view.bodies.map(\.id).map(Optional.some) + [nil] {
                    let years = body.flatMap { id in view.bodies.first { $0.id == id }?.years } ?? view.years
                    let expected = reference.years(of: body)
                    #expect(years.map(\.year) == expected.keys.sorted(), "\(label), body \(body ?? "all")")
                    for year in years {
                        #expect(
                            expected[year.year]?.matches(year) == true,
                            "\(label), body \(body ?? "all"), \(year.year): \(year) is not \(String(describing: expected[year.year]))"
                        )
                    }
                    let overdue = body.flatMap { id in view.bodies.first { $0.id == id }?.overdue } ?? view.overdue
                    #expect(overdue.openRequests == PersonCount(reference.count(of: body, .requested, .requestOverdue)))
                    #expect(overdue.requestsOverdue == PersonCount(reference.count(of: body, .requestOverdue)))
                    #expect(overdue.awaitingResponse == PersonCount(reference.count(of: body, .open, .overdue)))
                    #expect(overdue.responsesOverdue == PersonCount(reference.count(of: body, .overdue)))
                    checked.years += years.count
                    checked.shares += years.count { ($0.shares.adopted ?? 0) > 0 || ($0.shares.notAdopted ?? 0) > 0 }
                }
                checked.views += 1
                checked.advice += view.advice.count
                checked.answered += view.advice.count { $0.daysToResponse != nil }
                checked.overdue += view.advice.count { $0.status == .overdue || $0.status == .requestOverdue }
            }
        }
        // The programmes do give advice, answered and overdue, over years, some with shares shown.
        #expect(
            checked.advice > 1_500 && checked.answered > 700 && checked.overdue > 400 && checked.years > 900
                && checked.shares > 8, "\(checked)")
    }

    @Test("a breakdown never shows a count of 1 to 4, and hides a second cell when exactly one is hidden")
    func breakdownHidesSmallCounts() {
        var random = SplitMix64(spreading: 42)
        var secondaryHidings = 0
        for _ in 0..<5_000 {
            let keys = ["registered", "checked-in", "no-show", "waitlisted", "cancelled", "youth", "parent"]
                .shuffled(using: &random).prefix(Int(random.next() % 8))
            var counts: [String: Int] = [:]
            for key in keys {
                // Mostly small numbers, where hiding matters; now and then zero or a large one.
                let roll = random.next() % 10
                counts[key] = roll < 2 ? 0 : roll < 7 ? Int(random.next() % 6) : Int(random.next() % 40)
            }
            let published = PersonCount.breakdown(counts)
            #expect(Set(published.keys) == Set(counts.keys))
            for (key, count) in counts {
                let cell = published[key]!
                if let shown = cell.value {
                    #expect(shown == count, "\(counts): \(key) shows \(shown)")
                    #expect(!(1...4).contains(shown), "\(counts): \(key) shows \(shown)")
                } else {
                    #expect(count > 0, "\(counts): \(key) is hidden but 0")
                    // A small count says "<5"; a larger one hidden beside it says "x", never "<5".
                    #expect(cell.description == ((1...4).contains(count) ? "<5" : "x"), "\(counts): \(key)")
                }
                if (1...4).contains(count) { #expect(cell.isHidden, "\(counts): \(key) = \(count) is shown") }
            }
            let small = counts.values.count { (1...4).contains($0) }
            let nonZero = counts.values.count { $0 > 0 }
            let hidden = published.values.count(where: \.isHidden)
            if small == 1 && nonZero > 1 {
                #expect(hidden == 2, "\(counts) → \(published): one small cell, so one more must be hidden")
                secondaryHidings += 1
            }
            // One hidden cell alone could be worked out from the published total.
            #expect(hidden != 1 || nonZero == 1, "\(counts) → \(published)")
        }
        #expect(secondaryHidings > 100)
    }

    @Test("a breakdown does not depend on the order the dictionary happens to hold its cells in")
    func breakdownIsDeterministic() {
        var random = SplitMix64(spreading: 7)
        for _ in 0..<2_000 {
            // Ties for the second cell to hide are where an order could leak in.
            let keys = ["registered", "checked-in", "no-show", "waitlisted", "cancelled"].shuffled(using: &random)
            let values = keys.map { _ in [0, 2, 7, 7, 9][Int(random.next() % 5)] }
            var small: [String: Int] = [:]
            var large = [String: Int](minimumCapacity: 512)
            var reversed = [String: Int](minimumCapacity: 40)
            for (key, value) in zip(keys, values) {
                small[key] = value
                large[key] = value
            }
            for (key, value) in zip(keys, values).reversed() { reversed[key] = value }
            let expected = PersonCount.breakdown(small)
            #expect(PersonCount.breakdown(large) == expected, "\(small)")
            #expect(PersonCount.breakdown(reversed) == expected, "\(small)")
        }
    }
}

// MARK: - Folding

/// An event as the store reads it back: decoded from its payload, with its position and time.
private struct Recorded {
    var event: ProgramEvent
    var position: Int64
    var recordedAt: Instant
    /// Who recorded it.
    var actor: MemberID?
}

extension ProgrammeProjection {
    /// Applies an event and sets the head hash, as the projector does after each batch.
    fileprivate mutating func apply(_ recorded: Recorded) {
        apply(recorded.event, position: recorded.position, recordedAt: recorded.recordedAt)
        headHash = String(format: "%064x", recorded.position &* 2_654_435_761)
    }
}

/// The projection of `events`, from scratch (of the facts that happened by `happenedBy`, when given).
private func fold(_ events: ArraySlice<Recorded>, happenedBy: Day? = nil) -> ProgrammeProjection {
    var projection = ProgrammeProjection(happenedBy: happenedBy)
    for recorded in events { projection.apply(recorded) }
    return projection
}

/// Every read model of `projection`, without what depends on how far the log was read.
private func report(_ projection: ProgrammeProjection) -> ProgressReport {
    var report = ProgressReport(projection, previous: nil, language: .dutch)
    report.position = 0
    report.headHash = ""
    report.recordedOn = Day(iso: "2000-01-01")!
    return report
}

// MARK: - Random programmes

extension SplitMix64 {
    /// A generator whose first state is spread from `seed` (small seeds give unrelated sequences).
    fileprivate init(spreading seed: UInt64) { self.init(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1) }
}

/// "Seals" personal data reversibly, without keys: enough to store and read back events.
private struct TestSealer: PersonalDataSealer {
    func seal(_ plaintext: Data, subject: SubjectID) throws -> Data { Data(plaintext.reversed()) }
}

/// A programme recorded from random commands: each decided against the state so far, its events
/// encoded and decoded as the store does, the clock moving forward between commands.
private struct RandomProgramme {
    private(set) var events: [Recorded] = []
    private(set) var state = ProgrammeState()
    /// The commands the rules accepted, with who recorded each and when.
    private(set) var accepted: [(command: Command, actor: MemberID?, now: Instant)] = []
    private var random: SplitMix64
    /// The participation bodies' own generator (``bodiesMeet()``).
    private var bodiesRandom: SplitMix64
    private var now = Instant(iso: "2023-09-04T09:00")!
    private let encoder = JSONEncoder.eventPayloads(sealer: TestSealer())

    private static let municipalities = [
        "Heerlen", "Kerkrade", "Maastricht", "Sittard-Geleen", "Landgraaf", "Brunssum", "Beekdaelen", "Vaals",
        "Beek", "Stein", "Meerssen", "Simpelveld", "Voerendaal", "Eijsden-Margraten", "Gulpen-Wittem",
        "Valkenburg aan de Geul",
    ]

    init(seed: UInt64, commands: Int) {
        random = SplitMix64(spreading: seed)
        bodiesRandom = SplitMix64(spreading: seed &+ 7_000)
        record(.defineProgramme(.zuidLimburg), actor: nil)
        record(
            .addMember(AddMember(name: "Eerste Jongere", constituency: .youth, represents: nil, date: today)),
            actor: nil)
        let count = 2 + Int(random.next() % UInt64(commands - 1))
        for _ in 2..<count {
            advanceClock()
            let command = nextCommand()
            record(command, actor: pick(state.activeMembers(on: today).map(\.id)))
            bodiesMeet()
        }
    }

    /// The same commands recorded at `now`, each by a member active then: a history entered late.
    init(replaying commands: [(command: Command, actor: MemberID?, now: Instant)], at now: Instant) {
        random = SplitMix64(spreading: 0)
        bodiesRandom = random
        self.now = now
        for (command, actor, _) in commands {
            record(command, actor: actor.flatMap { _ in state.activeMembers(on: today).first?.id })
        }
    }

    private var today: Day { now.dayInNetherlands }

    /// The event as Foundation's `JSONDecoder` reads the payload.
    private static func foundationDecode<T: EventPayload>(_ payload: T, _ data: Data) -> ProgramEvent? {
        try? JSONDecoder().decode(T.self, from: data).wrapped
    }

    /// Decides `command`; when the rules accept it, stores and reads back its events.
    private mutating func record(_ command: Command, actor: MemberID?) {
        guard let decided = try? decide(command, state: state, context: CommandContext(actor: actor, now: now))
        else { return }
        accepted.append((command, actor, now))
        for event in decided {
            let payload = event.payload
            let data = try! encoder.encode(payload)
            let stored = try! ProgramEvent.decode(
                type: type(of: payload).typeName, schemaVersion: type(of: payload).schemaVersion, payload: data)
            let foundation = Self.foundationDecode(payload, data)
            #expect(stored == foundation, "the payload decoder and JSONDecoder agree")
            state.apply(stored, at: Int64(events.count + 1))
            events.append(Recorded(event: stored, position: Int64(events.count + 1), recordedAt: now, actor: actor))
        }
    }

    /// Minutes to weeks later; now and then straight to the morning of an upcoming conference,
    /// and on a conference day, mostly minutes at the door.
    private mutating func advanceClock() {
        let upcoming = state.conferences.values.map(\.date).filter { $0 > today }.min()
        if !waitingAtTheDoor.isEmpty && chance(0.8) {
            now = now.adding(seconds: 60 + Int(random.next() % 600))
        } else if let upcoming, chance(0.15) {
            now = Instant.startOf(upcoming).adding(seconds: 9 * 3600 + Int(random.next() % 18_000))
        } else {
            let days = chance(0.2) ? 60 : 3
            now = now.adding(seconds: Int(random.next() % UInt64(days * 86_400)) + 60)
        }
    }

    /// Registrations with a place at a conference held today, not checked in yet.
    private var waitingAtTheDoor: [RegistrationID] {
        let day = today
        return state.conferences.values.filter { $0.date == day }.flatMap { conference in
            conference.registrations.all.filter { $0.status == .registered && $0.checkedIn == nil }.map(\.id)
        }.sorted()
    }

    private mutating func nextCommand() -> Command {
        if !waitingAtTheDoor.isEmpty && chance(0.7) { return checkIn() }
        // A place given up while others wait: the first of them is promoted.
        if state.conferences.values.contains(where: { $0.date >= today && !$0.waitlist.isEmpty }) && chance(0.15) {
            return cancelRegistration()
        }
        switch random.next() % 30 {
        case 0...2: return addMember()
        case 3: return removeMember()
        case 4...5: return recordDecision()
        case 6: return amendDecision()
        case 7: return revokeDecision()
        case 8...10: return addInput()
        case 11...12: return respondToInput()
        case 13: return scheduleConference()
        case 14...16: return register()
        case 17: return cancelRegistration()
        case 18...19: return checkIn()
        case 20...21: return subsidyCommand()
        case 22...24: return planCommand()
        case 25...26: return goalCommand()
        case 27...28: return privacyCommand()
        default: return publishReport()
        }
    }

    // MARK: Commands

    private mutating func addMember() -> Command {
        let kind = pick(Constituency.Kind.allCases)!
        let represents: String? =
            switch kind {
            case .municipality: pick(Self.municipalities)
            case .careProvider: pick(["Mondriaan", "Jeugdhulp Parkstad", "Xonar"])
            default: nil
            }
        return .addMember(
            AddMember(name: "Lid \(random.next() % 1000)", constituency: kind, represents: represents, date: today))
    }

    private mutating func removeMember() -> Command {
        let active = state.activeMembers(on: today).map(\.id)
        guard active.count > 3, let member = pick(active) else { return addMember() }
        return .removeMember(RemoveMember(member: member, date: today, reason: chance(0.5) ? "verhuisd" : nil))
    }

    /// A meeting today: mostly every active member, sometimes a few; votes that add up.
    private mutating func meeting(adopting: Bool = true) -> Meeting {
        var present = state.activeMembers(on: today).map(\.id)
        if chance(0.3) { present = Array(present.shuffled(using: &random).prefix(max(1, present.count / 2 + 1))) }
        let against = adopting ? Int(random.next() % UInt64(max(1, present.count / 3 + 1))) : present.count
        let abstaining = present.count - against > 1 && chance(0.3) ? 1 : 0
        let inFavour = max(0, present.count - against - abstaining)
        return Meeting(
            date: today, present: present,
            votes: Votes(inFavour: inFavour, against: present.count - inFavour - abstaining, abstaining: abstaining))
    }

    private mutating func recordDecision() -> Command {
        let outcome = pick([DecisionOutcome.adopted, .adopted, .adopted, .rejected, .deferred])!
        let meeting = meeting(adopting: outcome == .adopted)
        return .recordDecision(
            RecordDecision(
                title: "Besluit \(random.next() % 100)", text: "De kerngroep besluit.", meeting: meeting,
                outcome: outcome, pillars: pillars(), participationLevel: pick(ParticipationLevel.allCases)!,
                informedBy: inputs(upTo: 3)))
    }

    private mutating func amendDecision() -> Command {
        guard let decision = pick(state.decisions.keys.sorted()) else { return recordDecision() }
        return .amendDecision(
            AmendDecision(
                decision: decision, reason: "Bijgesteld", meeting: meeting(),
                title: "Gewijzigd besluit", text: chance(0.5) ? "Aangepaste tekst." : nil,
                pillars: chance(0.5) ? pillars() : nil,
                participationLevel: chance(0.5) ? pick(ParticipationLevel.allCases) : nil, informedBy: inputs(upTo: 1)))
    }

    private mutating func revokeDecision() -> Command {
        guard let decision = pick(state.decisions.keys.sorted()) else { return recordDecision() }
        return .revokeDecision(RevokeDecision(decision: decision, reason: "Vervallen", meeting: meeting()))
    }

    private mutating func addInput() -> Command {
        .addInput(
            AddInput(
                pillar: 1 + Int(random.next() % 3), source: pick(InputSource.allCases)!,
                channel: pick(Channel.allCases)!, municipality: chance(0.8) ? pick(Self.municipalities) : nil,
                themes: chance(0.5) ? [pick(["wachttijden", "school", "wonen"])!] : [], date: today,
                summary: "Inbreng \(random.next() % 1000)", participationLevel: pick(ParticipationLevel.allCases)!,
                quote: chance(0.3) ? "Ik wil weten waar ik aan toe ben." : nil))
    }

    private mutating func respondToInput() -> Command {
        guard let input = pick(state.inputs.all.map(\.id).sorted()) else { return addInput() }
        let answered = state.inputs.all.filter { $0.firstResponse != nil }.map(\.id).sorted()
        switch random.next() % 4 {
        case 0:
            return .declineInput(DeclineInput(input: input, reason: "Valt buiten het programma", date: today))
        case 1:
            return .giveFeedback(
                GiveFeedback(
                    input: pick(answered) ?? input, channel: pick(Channel.allCases)!, date: today, note: nil))
        default:
            // Mostly into what came after the input (the rules refuse the rest), now and then into anything.
            let collected = chance(0.9) ? state.inputs[input]?.collected ?? today : Day(year: 2000, month: 1, day: 1)!
            let uses: [InputUse] =
                state.decisions.values.filter { $0.meeting.date >= collected }.map { .decision($0.id) }
                + state.planVersions.values.filter { $0.drafted >= collected }.map { .planVersion($0.version) }
                + state.goals.values.filter { $0.added >= collected }.map { .goal($0.id) }
            guard let use = pick(uses.sorted { $0.description < $1.description }) else { return recordDecision() }
            return .takeUpInput(TakeUpInput(input: input, into: use, date: today, note: chance(0.3) ? "Zie plan" : nil))
        }
    }

    private mutating func scheduleConference() -> Command {
        .scheduleConference(
            ScheduleConference(
                title: "Conferentie \(random.next() % 100)", date: today.adding(days: 3 + Int(random.next() % 150)),
                venue: "Flexiforum, Kerkrade", capacity: 1 + Int(random.next() % 3), announced: today))
    }

    private mutating func register() -> Command {
        let open = state.conferences.values.filter { $0.date >= today }.map(\.id).sorted()
        guard !open.isEmpty || chance(0.05) else { return scheduleConference() }
        let category = pick(AttendeeCategory.allCases)!
        let age = category == .youth ? pick(AgeGroup.allCases) : nil
        return .register(
            Register(
                conference: (chance(0.7) ? open.first : pick(open)) ?? pick(state.conferences.keys.sorted()) ?? "C1",
                category: category,
                name: "Deelnemer \(random.next() % 1000)", email: chance(0.5) ? "iemand@example.nl" : nil,
                phone: chance(0.3) ? "06-12345678" : nil, municipality: chance(0.7) ? pick(Self.municipalities) : nil,
                ageGroup: age, parentConsentBy: age?.needsParentalConsent == true ? "Ouder" : nil, date: today))
    }

    private mutating func registrations(where condition: (Conference, Registration) -> Bool) -> [RegistrationID] {
        state.conferences.values.flatMap { conference in
            conference.registrations.all.filter { condition(conference, $0) }.map(\.id)
        }.sorted()
    }

    private mutating func cancelRegistration() -> Command {
        let day = today
        let holdingPlaces = registrations { conference, registration in
            conference.date >= day && registration.status == .registered && !conference.waitlist.isEmpty
        }
        let open = registrations { _, registration in
            registration.status != .cancelled && registration.checkedIn == nil
        }
        guard let id = pick(holdingPlaces) ?? pick(open) else { return register() }
        return .cancelRegistration(CancelRegistration(registration: id, reason: "ziek", date: today))
    }

    private mutating func checkIn() -> Command {
        guard let id = pick(waitingAtTheDoor) ?? (chance(0.1) ? pick(registrations { _, _ in true }) : nil) else {
            return register()
        }
        return .checkIn(CheckIn(registration: id, at: now))
    }

    private mutating func subsidyCommand() -> Command {
        guard let subsidy = pick(state.subsidies.values.filter { $0.settlement == nil }.sorted { $0.id < $1.id }),
            chance(0.8)
        else {
            return .awardSubsidy(
                AwardSubsidy(
                    funder: "Bovenregionaal Expertisenetwerk Limburg",
                    amount: Cents(Int64(1 + random.next() % 50) * 100_000),
                    periodStart: today, periodEnd: today.adding(days: 365), conditions: ["Verantwoording"], date: today)
            )
        }
        let amount = Cents(Int64(1 + random.next() % 400_000))
        if subsidy.accountability != nil && chance(0.5) {
            return .settleSubsidy(SettleSubsidy(subsidy: subsidy.id, amount: subsidy.spent, date: today, note: nil))
        }
        switch random.next() % 10 {
        case 0...2:
            return .receiveTranche(ReceiveTranche(subsidy: subsidy.id, amount: amount, date: today, reference: nil))
        case 3...7:
            return .bookExpenditure(
                BookExpenditure(
                    subsidy: subsidy.id, amount: amount, pillar: 1 + Int(random.next() % 3),
                    activity: pick(["startconferentie", "jongerenraad", "training"])!, description: nil, date: today))
        default:
            return .submitAccountability(SubmitAccountability(subsidy: subsidy.id, date: today, note: nil))
        }
    }

    private mutating func planCommand() -> Command {
        let versions = state.planVersions.values.sorted { $0.version < $1.version }
        guard let version = versions.last, chance(0.85) else {
            return .draftPlan(
                DraftPlan(title: "Plan van aanpak", summary: "Drie pijlers", date: today, informedBy: inputs(upTo: 2)))
        }
        if version.submitted == nil {
            return .submitPlan(SubmitPlan(version: version.version, date: today))
        }
        return .recordPlanDecision(
            RecordPlanDecision(
                version: version.version, municipality: pick(Self.municipalities)!,
                outcome: pick(PlanOutcome.allCases)!, date: today, note: nil))
    }

    private mutating func goalCommand() -> Command {
        guard let goal = pick(state.goals.keys.sorted()), chance(0.7) else {
            return .addGoal(
                AddGoal(
                    title: "Doel", indicator: "Aandeel", unit: "%", direction: pick([.increase, .decrease])!,
                    baselineYear: 2023, baseline: Double(random.next() % 50), targets: [2028: 60, 2026: 40],
                    pillars: pillars(), date: today))
        }
        if chance(0.2) {
            return .adjustGoal(
                AdjustGoal(
                    goal: goal, reason: "Herijkt", date: today, title: chance(0.5) ? "Bijgesteld doel" : nil,
                    indicator: nil, targets: [2028: Double(50 + random.next() % 40)]))
        }
        let year = 2024 + Int(random.next() % UInt64(max(1, today.year - 2023)))
        let period = chance(0.5) ? Period(year: year) : Period(year: year, part: .quarter(1 + Int(random.next() % 4)))
        return .recordMeasurement(
            RecordMeasurement(
                goal: goal, period: period, value: Double(random.next() % 1000) / 10, note: nil, date: today))
    }

    private mutating func privacyCommand() -> Command {
        let subject = pick(state.subjects.all) ?? "P1"
        if chance(0.5) {
            return .forgetSubject(ForgetSubject(subject: subject, reason: "verzoek van betrokkene", date: today))
        }
        return .recordDataExport(RecordDataExport(subject: subject, date: today))
    }

    private mutating func publishReport() -> Command {
        .publishReport(
            PublishReport(
                position: Int64(max(1, events.count)), headHash: String(repeating: "ab", count: 32),
                digest: String(repeating: "cd", count: 32), format: "md", language: chance(0.5) ? .dutch : .english,
                date: today, happenedBy: chance(0.5) ? today.adding(days: -Int(random.next() % 30)) : nil,
                layout: 1 + Int(random.next() % 2)))
    }

    /// Now and then the participation bodies' business of the day: bodies and their members,
    /// advice asked, given and answered. Drawn from a generator of their own, so that the rest of
    /// the story — and what the other properties count of it — is what it is without them.
    private mutating func bodiesMeet() {
        swap(&random, &bodiesRandom)
        defer { swap(&random, &bodiesRandom) }
        while chance(0.3) {
            record(chance(0.3) ? bodyCommand() : adviceCommand(), actor: pick(state.activeMembers(on: today).map(\.id)))
        }
    }

    private mutating func bodyCommand() -> Command {
        let bodies = state.bodies.values.sorted { $0.id < $1.id }
        guard let body = pick(bodies), !(bodies.count < 2 && chance(0.1)) else {
            let constituencies = Constituency.Kind.allCases.filter { _ in chance(0.4) }
            return .establishBody(
                EstablishBody(
                    name: "Orgaan \(random.next() % 1000)", type: pick(BodyType.allCases)!,
                    constituencies: constituencies.isEmpty ? [.youth] : constituencies,
                    municipality: chance(0.2) ? pick(Self.municipalities) : nil, bindingAdvice: chance(0.3),
                    date: today))
        }
        let members = state.bodyMembers.values.filter { $0.left == nil && $0.joined < today }.map(\.id).sorted()
        if let member = pick(members), chance(0.2) {
            return .leaveBody(LeaveBody(member: member, date: today, reason: chance(0.5) ? "18 geworden" : nil))
        }
        let kind = pick(body.constituencies)!
        let represents: String? =
            switch kind {
            case .municipality: pick(Self.municipalities)
            case .careProvider: pick(["Mondriaan", "Xonar"])
            default: nil
            }
        return .joinBody(
            JoinBody(
                body: body.id, name: "Lid \(random.next() % 1000)", constituency: kind, represents: represents,
                date: today))
    }

    /// Advice asked, given, answered and reacted to; given and answered more often than asked,
    /// so that much of it is answered, late or in time.
    private mutating func adviceCommand() -> Command {
        switch random.next() % 10 {
        case 0: return requestAdvice()
        case 1...3: return giveRequested() ?? giveUnrequested()
        case 4: return giveUnrequested()
        case 5...7: return respondToAdvice() ?? giveRequested() ?? giveUnrequested()
        case 8: return carryOutAdvice() ?? respondToAdvice() ?? requestAdvice()
        default: return reactToAdviceResponse() ?? respondToAdvice() ?? requestAdvice()
        }
    }

    private mutating func giveRequested() -> Command? {
        guard let request = pick(state.advice.values.filter { $0.given == nil }.map(\.id).sorted()) else { return nil }
        return .giveAdvice(
            GiveAdvice(
                request: request, body: nil, addressee: nil, addresseeName: nil, title: chance(0.2) ? "Advies" : nil,
                text: "Het advies", pillars: chance(0.2) ? pillars() : nil, themes: [], participationLevel: nil,
                members: bodyMembers(of: state.advice[request]!.body), date: today))
    }

    private mutating func giveUnrequested() -> Command {
        guard let body = pick(state.bodies.keys.sorted()) else { return bodyCommand() }
        return .giveAdvice(
            GiveAdvice(
                request: nil, body: body, addressee: .coreGroup, addresseeName: nil, title: "Ongevraagd advies",
                text: "Het advies", pillars: pillars(), themes: chance(0.5) ? ["wachttijden"] : [],
                participationLevel: pick([.consult, .advise, .advise, .coproduce]), members: bodyMembers(of: body),
                date: today))
    }

    private mutating func respondToAdvice() -> Command? {
        let awaiting = state.advice.values.filter { $0.given != nil && $0.answered == nil }.sorted { $0.id < $1.id }
        guard let advice = pick(awaiting), let given = advice.given else { return nil }
        // Binding advice mostly adopted (the rules refuse the rest).
        let outcome = given.binding && chance(0.7) ? .adopted : pick(AdviceOutcome.allCases)!
        let into = pick(state.decisions.values.filter { $0.meeting.date >= given.date }.map(\.id).sorted())
        return .respondToAdvice(
            RespondToAdvice(
                advice: advice.id, outcome: outcome,
                reason: outcome != .adopted || chance(0.1) ? "Past niet in de begroting" : nil,
                into: chance(0.3) ? into.map(InputUse.decision) : nil, date: today))
    }

    private mutating func carryOutAdvice() -> Command? {
        let binding = state.advice.values.filter { $0.given?.binding == true && $0.carriedOut == nil }
        guard let advice = pick(binding.map(\.id).sorted()) else { return nil }
        return .carryOutAdvice(CarryOutAdvice(advice: advice, note: chance(0.5) ? "Uitgevoerd" : nil, date: today))
    }

    private mutating func reactToAdviceResponse() -> Command? {
        let answered = state.advice.values.filter { $0.answered != nil && $0.reaction == nil }
        guard let advice = pick(answered.map(\.id).sorted()) else { return nil }
        return .reactToAdviceResponse(ReactToAdviceResponse(advice: advice, text: "Reactie", date: today))
    }

    private mutating func requestAdvice() -> Command {
        guard let body = pick(state.bodies.keys.sorted()) else { return bodyCommand() }
        let addressee = pick(AdviceAddressee.Kind.allCases)!
        return .requestAdvice(
            RequestAdvice(
                body: body, addressee: addressee,
                addresseeName: addressee == .municipality
                    ? pick(Self.municipalities) : addressee == .careProvider ? "Mondriaan" : nil,
                title: "Adviesvraag \(random.next() % 100)", question: "Wat vinden jullie?", pillars: pillars(),
                themes: chance(0.5) ? ["school"] : [], participationLevel: pick([.consult, .advise, .coproduce])!,
                date: today, due: today.adding(days: Int(random.next() % 60))))
    }

    /// Some of the members of `body` today.
    private mutating func bodyMembers(of body: BodyID) -> [BodyMemberID] {
        let members = state.members(of: body, on: today).map(\.id)
        return members.filter { _ in chance(0.5) }
    }

    // MARK: Choices

    private mutating func pillars() -> [Int] {
        let chosen = [1, 2, 3].filter { _ in chance(0.5) }
        return chosen.isEmpty ? [1 + Int(random.next() % 3)] : chosen
    }

    private mutating func inputs(upTo count: Int) -> [InputID] {
        Array(
            state.inputs.all.map(\.id).sorted().shuffled(using: &random).prefix(Int(random.next() % UInt64(count + 1))))
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double(random.next() % 1_000_000) < probability * 1_000_000
    }

    private mutating func pick<T>(_ choices: [T]) -> T? {
        choices.isEmpty ? nil : choices[Int(random.next() % UInt64(choices.count))]
    }
}
