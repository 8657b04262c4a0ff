/// An advice and its course: requested (or not), given, answered — responded to or, binding,
/// carried out — and the body's reaction. The events are kept as they were recorded.
public struct Advice: Sendable, Hashable, Codable {
    public var id: AdviceID
    public var body: BodyID
    public var addressee: AdviceAddressee
    /// The request, for requested advice.
    public var request: AdviceRequested?
    /// The advice itself, once given.
    public var given: AdviceGiven?
    public var response: AdviceResponded?
    public var carriedOut: BindingAdviceCarriedOut?
    public var reaction: AdviceResponseReacted?

    /// The day it was first answered: responded to or carried out.
    public var answered: Day? { [response?.date, carriedOut?.date].compactMap { $0 }.min() }

    /// What became of it: the response's outcome; binding advice carried out without one was adopted.
    public var outcome: AdviceOutcome? { response?.outcome ?? carriedOut.map { _ in .adopted } }

    /// The last day for a response: `days` after it was given.
    public func responseDue(within days: Int) -> Day? { given?.date.adding(days: days) }

    /// Where it stands at the end of `day`, the addressee having `responseDays` to respond.
    public func status(on day: Day, responseDays: Int) -> Status {
        guard let given else {
            return request.map { day > $0.due } == true ? .requestOverdue : .requested
        }
        if carriedOut != nil { return .carriedOut }
        switch response?.outcome {
        case .adopted: return .adopted
        case .adoptedInPart: return .adoptedInPart
        case .notAdopted: return .notAdopted
        case nil: return day > given.date.adding(days: responseDays) ? .overdue : .open
        }
    }

    /// Where an advice stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Asked, not given yet, the due date not passed.
        case requested
        /// Asked, not given by its due date.
        case requestOverdue = "request-overdue"
        /// Given, awaiting a response within the programme's response time.
        case open
        /// Given, and not responded to within the programme's response time.
        case overdue
        case adopted
        case adoptedInPart = "adopted-in-part"
        case notAdopted = "not-adopted"
        /// Binding advice, carried out.
        case carriedOut = "carried-out"

        /// Whether it still waits: for the body's advice or for the answer to it.
        public var isOpen: Bool {
            switch self {
            case .requested, .requestOverdue, .open, .overdue: true
            case .adopted, .adoptedInPart, .notAdopted, .carriedOut: false
            }
        }
    }
}
