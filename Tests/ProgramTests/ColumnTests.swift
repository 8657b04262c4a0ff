import Foundation
import Program
import Testing

@Suite("Columns: the compact state of registrations and inputs, and its checkpoint form")
struct ColumnTests {
    private static func day(_ text: String) -> Day { Day(iso: text)! }

    /// A saved state's bytes (``StateCoding``): the JSON's length, the JSON, the column section.
    private static func saved(json: String, columns: [UInt8] = []) -> Data {
        var bytes = Data()
        withUnsafeBytes(of: UInt64(json.utf8.count).bigEndian) { bytes.append(contentsOf: $0) }
        return bytes + Data(json.utf8) + columns
    }

    private static func registration(_ id: RegistrationID, subject: SubjectID) -> ProgramEvent {
        .registrationReceived(
            RegistrationReceived(
                conference: "C1", registration: id, subject: subject, category: .youth, municipality: "GM0917",
                ageGroup: nil, contact: Sealed(subject: subject, sealed: "x"), consent: nil, placement: .registered,
                date: day("2023-05-01")))
    }

    private static func input(_ id: InputID) -> ProgramEvent {
        .inputCollected(
            InputCollected(
                input: id, pillar: 2, source: .youth, channel: .survey, municipality: nil, themes: ["school"],
                date: day("2023-05-02"), summary: "Samenvatting \(id)", participationLevel: .advise, quote: nil))
    }

    /// A state with identifiers in the programme's own form and in others a foreign log may hold.
    private static func mixedState() -> ProgrammeState {
        var state = ProgrammeState()
        let events: [ProgramEvent] = [
            .conferenceScheduled(
                ConferenceScheduled(
                    conference: "C1", title: "Start", date: day("2023-06-07"), venue: "Kerkrade", capacity: 10,
                    announced: nil)),
            registration("A7", subject: "P7"), registration("A007", subject: "P007"),
            registration("aanmelding-x", subject: "Px"), registration("A0", subject: "P0"),
            input("I10"), input("I007"), input("I2"), input("inbreng-x"),
            .inputDeclined(InputDeclined(input: "I007", reason: "Buiten de jeugdhulp", date: day("2023-05-03"))),
        ]
        for (index, event) in events.enumerated() { state.apply(event, at: Int64(index + 1)) }
        return state
    }

    @Test("identifiers of any form are kept exactly, found by their own text, and survive a checkpoint")
    func identifiersOfEveryForm() throws {
        let state = Self.mixedState()
        let registrations = try #require(state.conferences["C1"]).registrations
        #expect(registrations.all.map(\.id) == ["A7", "A007", "aanmelding-x", "A0"])
        #expect(registrations["A007"]?.subject == "P007")
        #expect(registrations["A7"]?.subject == "P7")
        #expect(registrations["A07"] == nil)
        #expect(state.inputs["I007"]?.declined?.reason == "Buiten de jeugdhulp")
        #expect(state.inputs["I7"] == nil)
        #expect(state.inputs.all.map(\.id) == ["I10", "I007", "I2", "inbreng-x"])
        #expect(state.inputs.rowsInIDOrder().map(state.inputs.id(at:)) == ["I2", "I007", "I10", "inbreng-x"])
        #expect(state.inputs.rowsInIDOrder(from: "I3").map(state.inputs.id(at:)) == ["I007", "I10", "inbreng-x"])
        for subject: SubjectID in ["P7", "P007", "Px", "P0"] { #expect(state.subjects.contains(subject)) }
        #expect(!state.subjects.contains("P07") && !state.subjects.contains("P8"))
        #expect(state.subjects.count == 4)

        let saved = try StateCoding.encode(state)
        let restored = try StateCoding.decode(ProgrammeState.self, from: saved)
        #expect(restored == state)
        #expect(restored.conferences["C1"]?.registrations["A007"]?.subject == "P007")
        #expect(restored.inputs["inbreng-x"]?.collectedAt == 9)
        #expect(restored.nextID(RegistrationKind.self) == "A8")
    }

    @Test("a column read back from a checkpoint holds only valid values, or is refused")
    func invalidColumnsAreRefused() throws {
        func column<T>(_ type: T.Type, _ bytes: [UInt8]) throws -> T where T: Decodable {
            try StateCoding.decode(type, from: Self.saved(json: "[0,\(bytes.count)]", columns: bytes))
        }
        #expect(try column(Column<AttendeeCategory>.self, [0, 5]).map { $0 } == [.youth, .other])
        #expect(throws: DecodingError.self) { try column(Column<AttendeeCategory>.self, [0, 6]) }
        #expect(try column(Column<AgeGroup?>.self, [5, 0]).map { $0 } == [nil, .under12])
        #expect(throws: DecodingError.self) { try column(Column<AgeGroup?>.self, [6]) }
        #expect(throws: DecodingError.self) { try column(Column<Int32>.self, [1, 2, 3]) }
        // 2023-02-29 is no date; all zeros stands for none.
        #expect(throws: DecodingError.self) { try column(Column<Day>.self, [0xE7, 0x07, 2, 29]) }
        #expect(try column(Column<Day>.self, [0xE7, 0x07, 2, 28, 0, 0, 0, 0]).count == 2)
        #expect(throws: DecodingError.self) {
            try StateCoding.decode(ProgrammeState.self, from: Self.saved(json: #"{"inputs": "AAAA"}"#))
        }
        // A column must lie within the column section.
        #expect(throws: DecodingError.self) {
            try StateCoding.decode(Column<Int32>.self, from: Self.saved(json: "[4,4]", columns: [1, 0, 0, 0]))
        }
        #expect(throws: DecodingError.self) {
            try StateCoding.decode(Column<Int32>.self, from: Self.saved(json: "[-4,4]", columns: [1, 0, 0, 0]))
        }
        // The JSON must lie within the saved bytes.
        #expect(throws: DecodingError.self) { try StateCoding.decode(Column<Int32>.self, from: Data([0, 0, 0])) }
        var tooLong = Self.saved(json: "[0,0]")
        tooLong[7] = 9
        #expect(throws: DecodingError.self) { try StateCoding.decode(Column<Int32>.self, from: tooLong) }
    }

    @Test("an identifier kept twice, or a row without one, is refused")
    func brokenIdentifierColumnsAreRefused() throws {
        func index(_ numbers: [Int32], others: String = #"{"rows":[],"values":[]}"#) throws
            -> IdentifierIndex<InputKind>
        {
            let bytes = numbers.withUnsafeBytes { Array($0) }
            return try StateCoding.decode(
                IdentifierIndex<InputKind>.self,
                from: Self.saved(json: #"{"numbers":[0,\#(bytes.count)],"others":\#(others)}"#, columns: bytes))
        }
        #expect(try index([1, 2, 0], others: #"{"rows":[2],"values":["x"]}"#).row(of: "x") == 2)
        #expect(throws: DecodingError.self) { try index([1, 2, 1]) }
        #expect(throws: DecodingError.self) { try index([1, 0]) }
        #expect(throws: DecodingError.self) { try index([1, 0, 0], others: #"{"rows":[1,2],"values":["x","x"]}"#) }
    }
}
