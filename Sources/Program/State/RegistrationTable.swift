/// A conference's registrations as columns: a large conference has hundreds of thousands, and a
/// row costs about 30 bytes. Names and contact details are not kept (they are sealed in the log).
public struct RegistrationTable: Sendable, Hashable, Codable {
    private var ids = IdentifierIndex<RegistrationKind>()
    private var subjects = IdentifierColumn<SubjectKind>()
    private var categories = Column<AttendeeCategory>()
    private var ageGroups = Column<AgeGroup?>()
    /// Index into ``municipalityCodes``; -1 for none.
    private var municipalities = Column<Int32>()
    private var municipalityCodes = Interned<String>()
    private var received = Column<Day>()
    private var statuses = Column<Registration.Status>()
    /// Seconds since 1970; `Int64.min` for not checked in.
    private var checkIns = Column<Int64>()
    private var promoted = SparseColumn<Day>()
    private var cancelled = SparseColumn<Day>()

    public init() {}

    /// How many registrations were received.
    public var count: Int { ids.count }

    /// The rows, in the order the registrations were received.
    public var rows: Range<Int32> { 0..<Int32(ids.count) }

    public func row(of id: RegistrationID) -> Int32? { ids.row(of: id) }

    public subscript(id: RegistrationID) -> Registration? { row(of: id).map { self[row: $0] } }

    /// The registration at `row`.
    public subscript(row row: Int32) -> Registration {
        Registration(
            id: ids[row], subject: subjects[row], category: categories[row],
            municipality: municipality(at: row), ageGroup: ageGroups[row], received: received[row],
            status: statuses[row], promoted: promoted[row], cancelled: cancelled[row], checkedIn: checkedIn(at: row))
    }

    /// Every registration, in the order received.
    public var all: [Registration] { rows.map { self[row: $0] } }

    /// How many registrations hold a place now.
    public var holdingPlaces: Int { statuses.count { $0 == .registered } }

    /// How many registrations checked in.
    public var checkedIn: Int { checkIns.count { $0 != .min } }

    public func id(at row: Int32) -> RegistrationID { ids[row] }
    public func category(at row: Int32) -> AttendeeCategory { categories[row] }
    public func status(at row: Int32) -> Registration.Status { statuses[row] }
    public func municipality(at row: Int32) -> String? {
        let index = municipalities[row]
        return index < 0 ? nil : municipalityCodes[index]
    }
    public func checkedIn(at row: Int32) -> Instant? {
        let seconds = checkIns[row]
        return seconds == .min ? nil : Instant(secondsSince1970: seconds)
    }

    /// Records a received registration (again, if its id was received before).
    public mutating func receive(_ event: RegistrationReceived) {
        let isNew = row(of: event.registration) == nil
        let row = ids.insert(event.registration)
        subjects.put(event.subject, at: row)
        categories.put(event.category, at: row)
        ageGroups.put(event.ageGroup, at: row)
        municipalities.put(event.municipality.map { municipalityCodes.intern($0) } ?? -1, at: row)
        received.put(event.date, at: row)
        statuses.put(event.placement == .registered ? .registered : .waitlisted, at: row)
        checkIns.put(.min, at: row)
        if !isNew {
            promoted[row] = nil
            cancelled[row] = nil
        }
    }

    mutating func cancel(_ row: Int32, on date: Day) {
        statuses[row] = .cancelled
        cancelled[row] = date
    }

    mutating func promote(_ row: Int32, on date: Day) {
        statuses[row] = .registered
        promoted[row] = date
    }

    mutating func checkIn(_ row: Int32, at instant: Instant) { checkIns[row] = instant.secondsSince1970 }
}
