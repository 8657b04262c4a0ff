import Foundation
import PayloadDecoding
import Testing

@Suite("PayloadDecoder")
struct PayloadDecoderTests {
    struct Sample: Codable, Equatable {
        enum Colour: String, Codable { case red, green }
        struct Inner: Codable, Equatable {
            var name: String
            var tags: [String]
        }

        var text: String
        var flag: Bool
        var small: Int8
        var count: Int
        var big: UInt64
        var negative: Int64
        var ratio: Double
        var colour: Colour
        var missing: String?
        var null: Int?
        var inner: Inner
        var list: [Inner]
        var byYear: [Int: Double]
        var byName: [String: [Int]]
        var nested: [[Bool]]
    }

    let sample = Data(
        """
        { "text": "Kerkrade \\u00e9 \\ud83d\\ude00 \\"quoted\\" \\\\ \\/ \\n\\t", "flag": true, "small": -128,
          "count": 200, "big": 18446744073709551615, "negative": -9223372036854775808, "ratio": 0.25e1,
          "colour": "green", "null": null,
          "inner": {"name": "Flexiforum", "tags": []}, "list": [{"tags": ["a", "b"], "name": "é"}],
          "byYear": {"2024": 50, "2028": 90.5}, "byName": {"x": [1, 2], "y": []}, "nested": [[true], [], [false, true]] }
        """.utf8)

    @Test("decodes what JSONDecoder decodes, equal value for equal input")
    func matchesFoundation() throws {
        let ours = try PayloadDecoder().decode(Sample.self, from: sample)
        let foundation = try JSONDecoder().decode(Sample.self, from: sample)
        #expect(ours == foundation)
        #expect(ours.text == "Kerkrade é 😀 \"quoted\" \\ / \n\t")
        #expect(ours.big == .max && ours.negative == .min && ours.small == -128)
        #expect(ours.ratio == 2.5 && ours.byYear == [2024: 50, 2028: 90.5])
        #expect(ours.missing == nil && ours.null == nil)
    }

    @Test("whole numbers written with a fraction or exponent decode as integers; others are refused")
    func integers() throws {
        struct Number: Decodable { var value: Int8 }
        #expect(try PayloadDecoder().decode(Number.self, from: Data(#"{"value": 2.0}"#.utf8)).value == 2)
        #expect(try PayloadDecoder().decode(Number.self, from: Data(#"{"value": 1e2}"#.utf8)).value == 100)
        for text in [#"{"value": 1.5}"#, #"{"value": 128}"#, #"{"value": -129}"#, #"{"value": 99999999999999999999}"#] {
            let error = try #require(throws: DecodingError.self) {
                try PayloadDecoder().decode(Number.self, from: Data(text.utf8))
            }
            guard case .dataCorrupted(let context) = error else {
                Issue.record("\(error)")
                continue
            }
            #expect(context.codingPath.map(\.stringValue) == ["value"])
            #expect(context.debugDescription.contains("does not fit in Int8"), "\(context.debugDescription)")
        }
    }

    @Test("a missing key, a wrong type and a null name their coding path")
    func codingPaths() throws {
        struct Outer: Decodable {
            struct Inner: Decodable { var day: String }
            var items: [Inner]
        }
        let missing = try #require(throws: DecodingError.self) {
            try PayloadDecoder().decode(Outer.self, from: Data(#"{"items": [{"day": "x"}, {}]}"#.utf8))
        }
        guard case .keyNotFound(let key, let context) = missing else { throw missing }
        #expect(key.stringValue == "day")
        #expect(context.codingPath.map(\.stringValue) == ["items", "Index 1"])

        let mismatch = try #require(throws: DecodingError.self) {
            try PayloadDecoder().decode(Outer.self, from: Data(#"{"items": [{"day": 7}]}"#.utf8))
        }
        guard case .typeMismatch(_, let context) = mismatch else { throw mismatch }
        #expect(context.codingPath.map(\.stringValue) == ["items", "Index 0", "day"])

        let null = try #require(throws: DecodingError.self) {
            try PayloadDecoder().decode(Outer.self, from: Data(#"{"items": null}"#.utf8))
        }
        guard case .valueNotFound(_, let context) = null else { throw null }
        #expect(context.codingPath.map(\.stringValue) == ["items"])
    }

    @Test(
        "refuses text that is not JSON",
        arguments: [
            "", " ", "{", "[1,]", #"{"a":1,}"#, "01", "1.", "-", ".5", "+1", "1e", "tru", "nul", #"{"a" 1}"#,
            #"{a:1}"#, "[1 2]", #""unterminated"#, "\"tab\there\"", #""\x""#, #""\u12G4""#, "{} {}", "[]]",
            "'single'", "NaN",
        ])
    func refusesInvalidJSON(text: String) throws {
        let error = try #require(throws: DecodingError.self) {
            try PayloadDecoder().decode([String: Int].self, from: Data(text.utf8))
        }
        guard case .dataCorrupted(let context) = error else { throw error }
        #expect(context.debugDescription == "The given data was not valid JSON.")
        #expect(context.underlyingError is JSONSyntaxError)
    }

    @Test("refuses strings that are not valid UTF-8 or hold a lone surrogate")
    func refusesInvalidText() throws {
        for bytes in [
            [0x22, 0xC3, 0x28, 0x22], [0x22, 0xFF, 0x22], Array(#""\ud800""#.utf8), Array(#""\udc00x""#.utf8),
        ] {
            let error = try #require(throws: DecodingError.self) {
                try PayloadDecoder().decode(String.self, from: Data(bytes))
            }
            guard case .dataCorrupted = error else { throw error }
        }
    }

    @Test("accepts 256 levels of nesting and refuses deeper documents without exhausting the stack")
    func depthLimit() throws {
        struct Nest: Decodable {
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                if !container.isAtEnd { _ = try container.decode(Nest.self) }
            }
        }
        func nested(_ depth: Int) -> Data {
            Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        }
        _ = try PayloadDecoder().decode(Nest.self, from: nested(256))
        for depth in [257, 100_000] {
            let error = try #require(throws: DecodingError.self) {
                try PayloadDecoder().decode(Nest.self, from: nested(depth))
            }
            guard case .dataCorrupted(let context) = error else { throw error }
            #expect("\(context.underlyingError!)".contains("nested more than 256 levels deep"))
        }
    }
}
