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
    }

    @Test("days count across months and years")
    func arithmetic() throws {
        let kickOff = try #require(Day(iso: "2023-06-07"))
        #expect(kickOff.adding(days: 30).iso == "2023-07-07")
        #expect(try #require(Day(iso: "2024-01-01")).days(since: kickOff) == 208)
        #expect(Day(ordinal: kickOff.ordinal) == kickOff)
    }
}
