import Program
import Testing

@Suite("Calendar dates")
struct DayTests {
    @Test("ISO dates parse and print, invalid ones are refused")
    func parsing() {
        #expect(Day(iso: "2023-06-07")?.iso == "2023-06-07")
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-6-7") == nil)
        #expect(Day(iso: "07-06-2023") == nil)
        #expect(Day(iso: "2023-06-0x") == nil)
        #expect(Day(iso: "2023/06/07") == nil)
        #expect(Day(iso: "2023-06-07 ") == nil)
    }

    @Test("UTC instants as payloads hold them parse; other forms are refused")
    func instants() throws {
        let instant = try #require(Instant(utc: "2023-06-07T08:30:05Z"))
        #expect(instant.secondsSince1970 == 1_686_126_605)
        for text in [
            "2023-06-07T08:30:05", "2023-06-07T24:00:00Z", "2023-06-07T08:60:00Z", "2023-06-07 08:30:05Z",
            "2023-02-30T08:30:05Z", "2023-06-07T8:30:05Z",
        ] {
            #expect(Instant(utc: text) == nil, "\(text)")
        }
    }

    @Test("an identifier's number follows its kind's prefix")
    func identifierNumbers() {
        #expect(MemberID("K12").number == 12)
        #expect(RegistrationID("A1").number == 1)
        #expect(MemberID("K").number == nil)
        #expect(MemberID("B12").number == nil)
        #expect(MemberID("K-1").number == nil)
        #expect(MemberID("K1x").number == nil)
    }

    @Test("days count across months and years")
    func arithmetic() throws {
        let kickOff = try #require(Day(iso: "2023-06-07"))
        #expect(kickOff.adding(days: 30).iso == "2023-07-07")
        #expect(try #require(Day(iso: "2024-01-01")).days(since: kickOff) == 208)
        #expect(Day(ordinal: kickOff.ordinal) == kickOff)
    }
}
