import Program
import Projections

/// Advice as the events tell it, folded the plain way — a record of dates and flags per advice,
/// nothing of ``ProgrammeState`` — to check ``AdviceView``'s statuses and figures.
struct AdviceReference {
    /// One advice, in the events' own terms.
    struct Record {
        var body: String
        var requested = false
        var due: Day?
        var given: Day?
        var binding = false
        var responded: Day?
        var outcome: AdviceOutcome?
        var carriedOut: Day?
    }

    /// The figures of one body (or all bodies) in one year, as plain counts.
    struct Year: Equatable {
        var given = 0
        var requested = 0
        var adopted = 0
        var inPart = 0
        var notAdopted = 0
        var days: [Int] = []
    }

    private(set) var advice: [String: Record] = [:]
    private(set) var bodies: Set<String> = []
    /// The day the view judges on; only the events of that day and before count.
    let day: Day
    let responseDays: Int

    /// The advice of `events` that happened by the end of `day`.
    init(_ events: [ProgramEvent], through day: Day, responseDays: Int) {
        self.day = day
        self.responseDays = responseDays
        for event in events where (event.occurredOn ?? day) <= day {
            switch event {
            case .bodyEstablished(let e):
                bodies.insert(e.body.rawValue)
            case .adviceRequested(let e):
                advice[e.advice.rawValue] = Record(body: e.body.rawValue, requested: true, due: e.due)
            case .adviceGiven(let e):
                var record = advice[e.advice.rawValue] ?? Record(body: e.body.rawValue)
                record.given = e.date
                record.binding = e.binding
                advice[e.advice.rawValue] = record
            case .adviceResponded(let e):
                advice[e.advice.rawValue]?.responded = e.date
                advice[e.advice.rawValue]?.outcome = e.outcome
            case .bindingAdviceCarriedOut(let e):
                advice[e.advice.rawValue]?.carriedOut = e.date
            default:
                break
            }
        }
    }

    /// The status of an advice, worked out from its dates.
    func status(_ id: String) -> Advice.Status? {
        guard let record = advice[id] else { return nil }
        guard let given = record.given else {
            return day.ordinal > record.due!.ordinal ? .requestOverdue : .requested
        }
        if record.carriedOut != nil { return .carriedOut }
        switch record.outcome {
        case .adopted?: return .adopted
        case .adoptedInPart?: return .adoptedInPart
        case .notAdopted?: return .notAdopted
        case nil: return day.ordinal - given.ordinal > responseDays ? .overdue : .open
        }
    }

    /// Days from the advice to its first answer.
    func daysToResponse(_ id: String) -> Int? {
        guard let record = advice[id], let given = record.given else { return nil }
        let answers = [record.responded, record.carriedOut].compactMap { $0?.ordinal }
        return answers.min().map { $0 - given.ordinal }
    }

    /// The plain figures per year of `body`'s advice, or of every body's when `nil`.
    func years(of body: String?) -> [Int: Year] {
        var years: [Int: Year] = [:]
        for (id, record) in advice where body == nil || record.body == body {
            guard let given = record.given else { continue }
            var year = years[given.year] ?? Year()
            year.given += 1
            if record.requested { year.requested += 1 }
            switch (record.outcome, record.carriedOut) {
            case (.adopted?, _), (nil, _?): year.adopted += 1
            case (.adoptedInPart?, _): year.inPart += 1
            case (.notAdopted?, _): year.notAdopted += 1
            case (nil, nil): break
            }
            if let days = daysToResponse(id) { year.days.append(days) }
            years[given.year] = year
        }
        return years
    }

    /// How many of `body`'s advice (every body's when `nil`) have each status.
    func count(of body: String?, _ statuses: Advice.Status...) -> Int {
        advice.keys.count { id in
            (body == nil || advice[id]!.body == body) && statuses.contains(status(id)!)
        }
    }
}

extension AdviceReference.Year {
    /// Checks `published` against these counts, published as ``PersonCount``s.
    func matches(_ published: AdviceYear) -> Bool {
        let asked = PersonCount.breakdown(["requested": requested, "unrequested": given - requested])
        let answered = adopted + inPart + notAdopted
        let outcomes = PersonCount.breakdown([
            "a": adopted, "b": inPart, "c": notAdopted, "d": given - answered,
        ])
        let shown = PersonCount.breakdown(["a": adopted, "b": inPart, "c": notAdopted])
        func share(_ key: String, _ count: Int) -> Int? {
            shown[key]!.isHidden || answered == 0 ? nil : Int((Double(count) * 100 / Double(answered)).rounded())
        }
        let sorted = days.sorted()
        return published.given == PersonCount(given) && published.requested == asked["requested"]
            && published.unrequested == asked["unrequested"]
            && published.outcomes.adopted == outcomes["a"] && published.outcomes.adoptedInPart == outcomes["b"]
            && published.outcomes.notAdopted == outcomes["c"] && published.outcomes.unanswered == outcomes["d"]
            && published.shares.adopted == share("a", adopted)
            && published.shares.adoptedInPart == share("b", inPart)
            && published.shares.notAdopted == share("c", notAdopted)
            && published.medianDaysToResponse == (sorted.isEmpty ? nil : sorted[sorted.count / 2])
    }
}
