import Program

/// The words of the advice section: the participation bodies and what became of their advice.
extension Words {
    public var advice: String { pick("Advies van jongeren en ouders", "Advice of young people and parents") }
    public var body: String { pick("Adviesorgaan", "Body") }
    public var bodiesCaption: String { pick("Adviesorganen en hun leden", "Bodies and their members") }
    public var openPerBodyCaption: String {
        pick("Wat nu openstaat of te laat is, per orgaan", "What is open or overdue now, per body")
    }
    public var adviceFiguresCaption: String {
        pick("Adviezen per orgaan en jaar van het advies", "Advice per body and year it was given")
    }
    public var adviceSharesCaption: String {
        pick(
            "Wat er met de beantwoorde adviezen is gedaan, in procenten",
            "What became of the answered advice, in per cent")
    }
    public var adviceOpenHeading: String { pick("Open en te laat", "Open and overdue") }
    public var adviceOpenCaption: String {
        pick("Adviezen die nu openstaan of te laat zijn", "Advice open or overdue now")
    }
    public var adviceFollowUpCaption: String {
        pick("Wat is er met het advies gedaan?", "What was done with the advice?")
    }
    public var since: String { pick("Sinds", "Since") }
    public var given: String { pick("Gegeven", "Given") }
    public var requested: String { pick("Gevraagd", "Requested") }
    public var unrequested: String { pick("Ongevraagd", "Unrequested") }
    public var adopted: String { pick("Overgenomen", "Adopted") }
    public var adoptedInPart: String { pick("Deels overgenomen", "Adopted in part") }
    public var notAdopted: String { pick("Niet overgenomen", "Not adopted") }
    public var unanswered: String { pick("Nog geen reactie", "Not answered yet") }
    public var medianDaysToResponse: String { pick("Mediaan dagen tot reactie", "Median days to a response") }
    public var openRequests: String { pick("Open adviesvragen", "Open requests") }
    public var requestsOverdue: String { pick("Adviesvragen te laat", "Requests overdue") }
    public var awaitingResponse: String { pick("Wacht op reactie", "Awaiting a response") }
    public var responsesOverdue: String { pick("Reactie te laat", "Response overdue") }
    public var addressee: String { pick("Aan", "To") }
    public var due: String { pick("Uiterlijk", "Due") }
    public var response: String { pick("Reactie", "Response") }
    public var reason: String { pick("Reden", "Reason") }
    public var bodyReaction: String { pick("Reactie van het orgaan", "The body's reaction") }
    public var noAdviceOpen: String { pick("Er staat nu geen advies open.", "No advice is open now.") }
    public var noAdviceAnswered: String {
        pick("Er is nog geen advies beantwoord.", "No advice has been answered yet.")
    }

    /// The sentence under the section's heading: the response time and what is open on the day.
    public func adviceIntro(responseDays: Int, asOf: Day) -> String {
        pick(
            "Wie om advies vraagt of advies krijgt, reageert binnen \(responseDays) dagen. Wijkt de reactie af van het advies, dan staat de reden erbij. Te laat betekent: op \(day(asOf)) over die termijn heen.",
            "Whoever asks for or receives advice responds within \(responseDays) days. Where the response departs from the advice, the reason is given. Overdue means: past that time on \(day(asOf))."
        )
    }

    public func bodyType(_ type: BodyType) -> String { type.name(language) }

    /// Where an advice stands, in a few words.
    public func adviceStatus(_ status: Advice.Status) -> String {
        switch status {
        case .requested: pick("gevraagd", "requested")
        case .requestOverdue: pick("gevraagd, advies te laat", "requested, advice overdue")
        case .open: pick("wacht op reactie", "awaiting a response")
        case .overdue: pick("reactie te laat", "response overdue")
        case .adopted: AdviceOutcome.adopted.name(language)
        case .adoptedInPart: AdviceOutcome.adoptedInPart.name(language)
        case .notAdopted: AdviceOutcome.notAdopted.name(language)
        case .carriedOut: pick("bindend, uitgevoerd", "binding, carried out")
        }
    }

    /// To whom advice went: "regio", "gemeente Heerlen", "zorgaanbieder Jeugdhulp Parkstad".
    public func addressee(_ kind: AdviceAddressee.Kind, _ name: String?) -> String {
        [kind.name(language), name].compactMap { $0 }.joined(separator: " ")
    }

    /// A share in whole percents, "–" when hidden or there is none.
    public func share(_ percent: Int?) -> String { percent.map { "\($0)%" } ?? "–" }

    /// What became of advice: the outcome and its day, and for binding advice carried out, that day.
    public func followUp(_ entry: AdviceEntry) -> String {
        var parts: [String] = []
        if let outcome = entry.outcome, let date = entry.respondedOn {
            parts.append("\(outcome.name(language)) (\(day(date)))")
        }
        if let use = entry.answeredIn {
            parts.append("\(use.id) \(use.title)")
        }
        if let carried = entry.carriedOutOn {
            parts.append(pick("uitgevoerd op \(day(carried))", "carried out on \(day(carried))"))
        }
        return parts.joined(separator: "; ")
    }
}

extension Words {
    public var typeOfBody: String { pick("Soort", "Kind") }
    public var allBodies: String { pick("Alle organen", "All bodies") }
    public var adviceTitle: String { pick("Advies", "Advice") }

    /// A column of shares: "Overgenomen (%)".
    public func percent(_ header: String) -> String { "\(header) (%)" }

    /// The course of one advice, a line per step: who asked, what the body advised, the response
    /// and its reason, binding advice carried out, the body's reaction.
    public func course(of entry: AdviceEntry) -> [String] {
        // In a sentence the core group and the region take the article: "door de kerngroep".
        let article = entry.addressee == .coreGroup || entry.addressee == .region ? pick("de ", "the ") : ""
        let to = article + addressee(entry.addressee, entry.addresseeName)
        var lines: [String] = []
        if let asked = entry.requestedOn {
            let question = entry.question.map { ": \($0)" } ?? ""
            lines.append(
                pick(
                    "Gevraagd door \(to) op \(day(asked))\(question)", "Requested by \(to) on \(day(asked))\(question)")
            )
        }
        if let given = entry.givenOn {
            let text = entry.text.map { ": \($0)" } ?? ""
            lines.append(
                entry.requested
                    ? pick(
                        "\(entry.bodyName) adviseerde op \(day(given))\(text)",
                        "\(entry.bodyName) advised on \(day(given))\(text)")
                    : pick(
                        "\(entry.bodyName) adviseerde ongevraagd aan \(to) op \(day(given))\(text)",
                        "\(entry.bodyName) advised \(to) unrequested on \(day(given))\(text)"))
        }
        let follow = followUp(entry)
        if !follow.isEmpty { lines.append("\(response): \(follow)") }
        if let reason = entry.reason { lines.append("\(self.reason): \(reason)") }
        if let reaction = entry.reaction, let date = entry.reactedOn {
            lines.append("\(bodyReaction) (\(day(date))): \(reaction)")
        }
        return lines
    }
}
