import EventStore
import Program

/// The registrations of one conference as the log holds them, their contacts opened with the
/// store's keys, to hold the rows of an import against: one registration per person.
///
/// A row with an e-mail address is the person with that address (without case). Registered with
/// the same details, the row is already recorded; with other details, or a second time in the
/// file, it is refused. A row without one is matched on name, date and category, each recorded
/// registration by one row. A forgotten person (key destroyed) cannot be opened, so matches no
/// row: importing their row again records them anew.
struct RecordedRegistrations {
    let conference: ConferenceID
    /// The open registrations by e-mail address, in log order, with whether they were cancelled.
    private var byEmail: [String: [(id: RegistrationID, details: RegistrationDetails, cancelled: Bool)]] = [:]
    /// The open registrations without e-mail not matched by a row yet, by name, date and category.
    private var withoutEmail: [NameDateCategory: [RegistrationID]] = [:]
    /// The e-mail addresses of the rows so far: the row, and the registration it matched if any.
    private var rows: [String: (number: Int, registration: RegistrationID?)] = [:]

    private struct NameDateCategory: Hashable {
        var name: String
        var date: Day
        var category: AttendeeCategory

        init(_ details: RegistrationDetails) {
            name = details.name
            date = details.date
            category = details.category
        }
    }

    /// Reads the conference's registrations in the write transaction and opens them with its keys.
    init<Transaction: LogTransaction & ~Copyable>(
        _ conference: ConferenceID, state: ProgrammeState, in transaction: inout Transaction
    ) throws {
        self.conference = conference
        var received: [RegistrationReceived] = []
        for stored in try transaction.read(stream: "conference-\(conference)", fromVersion: 1) {
            if case .registrationReceived(let registration) = try ProgrammeStore.decode(stored) {
                received.append(registration)
            }
        }
        let keys = try KeyRing.existing(received.map(\.subject), in: &transaction)
        let registrations = state.conferences[conference]?.registrations
        for var registration in received {
            registration.contact = registration.contact.opened(with: keys)
            if let consent = registration.consent {
                registration.consent?.parentName = consent.parentName.opened(with: keys)
            }
            guard let details = RegistrationDetails(registration) else { continue }
            if let email = details.email {
                let cancelled = registrations?[registration.registration]?.status == .cancelled
                byEmail[email, default: []].append((registration.registration, details, cancelled))
            } else {
                withoutEmail[NameDateCategory(details), default: []].append(registration.registration)
            }
        }
    }

    /// Holds the registration a row decided (personal data still open) against the recorded
    /// ones and the rows before it in the file.
    mutating func match(_ decided: RegistrationReceived, row: Int) -> ImportMatch {
        guard let details = RegistrationDetails(decided) else { return .new }
        guard let email = details.email else {
            let key = NameDateCategory(details)
            guard let first = withoutEmail[key]?.first else { return .new }
            withoutEmail[key]?.removeFirst()
            return .recorded(first.rawValue)
        }
        let shown = decided.contact.value?.email ?? email
        if let earlier = rows[email] {
            let place = earlier.registration.map { "as \($0) (row \(earlier.number))" } ?? "in row \(earlier.number)"
            return .refused(
                RuleViolation(
                    "email", "\(shown) is already registered for \(conference) \(place): a person registers once"))
        }
        let recorded = byEmail[email] ?? []
        if let same = recorded.first(where: { $0.details == details }) {
            rows[email] = (row, same.id)
            return .recorded(same.id.rawValue)
        }
        rows[email] = (row, nil)
        if let other = recorded.first(where: { !$0.cancelled }) {
            let differing = other.details.differences(from: details).joined(separator: ", ")
            return .refused(
                RuleViolation(
                    "email",
                    "\(shown) is already registered for \(conference) as \(other.id), with other details (\(differing)): a person registers once"
                ))
        }
        return .new
    }
}
