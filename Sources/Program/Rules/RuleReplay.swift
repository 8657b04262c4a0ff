import Foundation

/// Replays a log through the rules: for each event, the command it records (recreated from it,
/// ``Command/init(recreating:)``) is decided again on the state before it, and what the rules
/// decide must be what the log holds — personal data, sealed in the log, left out.
public struct RuleReplay {
    /// The state after the events checked so far.
    public private(set) var state = ProgrammeState()
    /// The events the current command yields that the log has not shown yet.
    private var expected: [ProgramEvent] = []
    private let encoder = JSONEncoder.eventsWithoutPersonalData()

    public init() {}

    /// Checks the next event of the log, recorded by `actor` (`nil`: before anyone could record)
    /// at `instant`: `nil` when it is what the rules decide, else the reason it is not.
    public mutating func check(_ event: ProgramEvent, recordedBy actor: MemberID?, at instant: Instant, position: Int64)
        -> String?
    {
        if expected.isEmpty {
            guard let command = Command(recreating: event) else { return "no command records it on its own" }
            do throws(RuleViolation) {
                expected = try decide(command, state: state, context: CommandContext(actor: actor, now: instant))
            } catch {
                return "\(error.field): \(error.rule)"
            }
        }
        let decided = expected.removeFirst()
        guard let mine = try? encoder.encode(decided.payload), let theirs = try? encoder.encode(event.payload) else {
            return "it cannot be encoded"
        }
        guard decided.typeName == event.typeName, mine == theirs else {
            return "the rules record \(decided.typeName) \(String(decoding: mine.prefix(300), as: UTF8.self)) here"
        }
        state.apply(event, at: position)
        return nil
    }

    /// After the last event: what the last command also records and the log does not hold, if anything.
    public var unfinished: String? {
        expected.first.map { "the rules also record \($0.typeName) with it, and the log does not hold it" }
    }
}
