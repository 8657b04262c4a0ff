import ArgumentParser
import Foundation
import Program
import ProgramStore

struct ConferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conference",
        abstract:
            "Conferences (e.g. the startconferentie of 7 June 2023): schedule, registrations (aanmeldingen), check-in.",
        subcommands: [
            ConferenceSchedule.self, ConferenceRegister.self, ConferenceCancel.self, ConferenceCheckIn.self,
            ConferenceImport.self, ConferenceList.self,
        ])
}

struct ConferenceSchedule: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule a conference with its capacity; it gets an id (C1, C2, …).",
        discussion: """
            Example:  programctl conference schedule --as K1 --title "Startconferentie" \\
                        --date 2023-06-07 --venue "Flexiforum, Kerkrade" --capacity 200
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The conference's title.")
    var title: String

    @Option(help: "The day it takes place.", transform: Day.argument)
    var date: Day

    @Option(help: "Where.")
    var venue: String

    @Option(help: "Places; registrations beyond it go on the waitlist (wachtlijst).")
    var capacity: Int

    @Option(
        help: ArgumentHelp(
            "The day it was announced; no registration comes before it.",
            discussion:
                "Default: today for a conference still to come; none for one already held (recording history), which then shows in every view of the past.",
            valueName: "date"), transform: Day.argument)
    var announced: Day?

    func command() throws -> Command {
        .scheduleConference(
            ScheduleConference(title: title, date: date, venue: venue, capacity: capacity, announced: announced)
        )
    }
}

struct ConferenceRegister: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Register someone (aanmelding); when the conference is full, on the waitlist.",
        discussion: """
            Name, e-mail and phone are personal data: stored encrypted under a
            pseudonymous subject (P1, P2, …) and erasable with
            `programctl privacy forget`. Someone under 16 registers with a parent's
            consent (--parent-consent NAME).

            Categories, by code or Dutch name: youth (jongeren), parent (ouders),
              client-representative (cliëntvertegenwoordigers), municipality
              (gemeenten), care-provider (zorgaanbieders), other (overig).
            Age groups: 0-11, 12-15, 16-17, 18-23, 24+.

            Example:  programctl conference register C1 --as K1 --category youth \\
                        --name "Daan" --email daan@example.nl --municipality Kerkrade \\
                        --age-group 12-15 --parent-consent "M. Claessens" \\
                        --date 2023-05-02
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The conference, e.g. C1.")
    var conference: ConferenceID

    @Option(help: "Who registers: \(AttendeeCategory.choices).")
    var category: AttendeeCategory

    @Option(help: "Their name (stored encrypted).")
    var name: String

    @Option(help: "Their e-mail address (stored encrypted).")
    var email: String?

    @Option(help: "Their phone number (stored encrypted).")
    var phone: String?

    @Option(help: "Municipality of residence: name or CBS code.")
    var municipality: String?

    @Option(help: "Age group of a young person: 0-11, 12-15, 16-17, 18-23, 24+.")
    var ageGroup: AgeGroup?

    @Option(help: "Under 16: the name of the parent who consented (stored encrypted).")
    var parentConsent: String?

    @Option(help: "The date of the registration.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .register(
            Register(
                conference: conference, category: category, name: name, email: email, phone: phone,
                municipality: municipality, ageGroup: ageGroup, parentConsentBy: parentConsent, date: date))
    }
}

struct ConferenceCancel: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a registration, with a reason; the first on the waitlist gets the place.",
        discussion: """
            Example:  programctl conference cancel A17 --as K1 --reason "ziek" \\
                        --date 2023-06-05
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The registration, e.g. A17.")
    var registration: RegistrationID

    @Option(help: "Why it was cancelled.")
    var reason: String

    @Option(help: "The date of the cancellation.", transform: Day.argument)
    var date: Day

    func command() throws -> Command {
        .cancelRegistration(CancelRegistration(registration: registration, reason: reason, date: date))
    }
}

struct ConferenceCheckIn: RecordingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-in",
        abstract: "Check someone in at the door, now or — recorded afterwards — at the time it happened.",
        discussion: """
            --at takes a local time in Europe/Amsterdam (2023-06-07T09:12) or an ISO 8601
            time with a zone (2023-06-07T07:12:00Z). Those who registered and never
            checked in count as no-shows.

            Example:  programctl conference check-in A17 --as K1 --at 2023-06-07T09:12
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The registration, e.g. A17.")
    var registration: RegistrationID

    @Option(help: "When they checked in (default: now).", transform: Instant.argument)
    var at: Instant?

    func command() throws -> Command {
        .checkIn(CheckIn(registration: registration, at: at ?? Instant(Date())))
    }
}

struct ConferenceList: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Conferences and their registrations: registered, waitlisted, cancelled, checked in, no-show.",
        discussion: "Shows names: this is the core group's own view. programd shows only counts.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "One conference (default: all, counts only).")
    var conference: ConferenceID?

    func execute() throws {
        let store = try global.store(.readOnly)
        let state = try store.currentState().state
        let today = Instant(Date()).dayInNetherlands
        let conferences = state.conferences.values.filter { conference == nil || $0.id == conference }
            .sorted { $0.id < $1.id }
        if conferences.isEmpty {
            global.output.nothing(
                conference.map { "no conference \($0) scheduled (yet)" } ?? "no conferences scheduled yet")
            return
        }
        let keys = StoreKeys(store: store.log)
        // Names are personal data: not kept in the state, read from the registrations themselves.
        var names: [RegistrationID: String] = [:]
        if let conference {
            for recorded in try store.events(inStream: "conference-\(conference)") {
                if case .registrationReceived(let registration) = recorded.event {
                    names[registration.registration] = registration.contact.opened(with: keys).value?.name
                }
            }
        }
        let entries = conferences.map { Entry($0, today: today, names: conference == nil ? nil : names) }
        if global.json {
            global.output.print(json: entries)
            return
        }
        for entry in entries {
            let counts = entry.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")
            global.output.print(
                "\(entry.id)  \(entry.date)  \(entry.title), \(entry.venue)  capacity \(entry.capacity): \(counts)")
            if let rows = entry.registrations {
                global.output.table(
                    ["ID", "SUBJECT", "NAME", "CATEGORY", "STATUS", "CHECKED IN"],
                    rows.map { [$0.id, $0.subject, $0.name, $0.category, $0.status, $0.checkedIn] })
            }
        }
    }
}

extension ConferenceList {
    /// A conference as `--json` shows it: its counts by status, and for one conference its
    /// registrations.
    struct Entry: Encodable {
        /// A registration with the name it was registered under.
        struct Row: Encodable {
            var id: String
            var subject: String
            var name: String
            var category: String
            var status: String
            var checkedIn: String
        }
        var id: String
        var title: String
        var date: String
        var venue: String
        var capacity: Int
        var counts: [String: Int]
        var registrations: [Row]?

        /// `conference` as of `today` (a registration that never checked in is a no-show once the
        /// day has passed); with `names`, its registrations are listed under those names.
        init(_ conference: Conference, today: Day, names: [RegistrationID: String]?) {
            let registrations = conference.registrations.rows.map { conference.registrations[row: $0] }
            let status = { (registration: Registration) -> String in
                if registration.checkedIn != nil { return "checked-in" }
                if registration.status == .registered && conference.date < today { return "no-show" }
                return registration.status.rawValue
            }
            id = conference.id.rawValue
            title = conference.title
            date = conference.date.iso
            venue = conference.venue
            capacity = conference.capacity
            counts = [:]
            for registration in registrations { counts[status(registration), default: 0] += 1 }
            self.registrations = names.map { names in
                registrations.map { registration in
                    Row(
                        id: registration.id.rawValue, subject: registration.subject.rawValue,
                        name: names[registration.id] ?? "(gewist / erased)", category: registration.category.rawValue,
                        status: status(registration), checkedIn: registration.checkedIn?.localText ?? "")
                }
            }
        }
    }
}
