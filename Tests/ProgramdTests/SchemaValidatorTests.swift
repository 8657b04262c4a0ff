import Foundation
import Testing

@testable import programd

/// The test-only JSON Schema validator rejects what it must, so that the conformance tests can fail.
@Suite("the schema validator")
struct SchemaValidatorTests {
    /// A small document in the shape of docs/openapi.json.
    static let document = try! JSON.parse(
        #"""
        {"components": {"schemas": {
          "Day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
          "PersonCount": {"oneOf": [{"type": "integer", "minimum": 0}, {"const": "<5"}]},
          "Level": {"type": "integer", "minimum": 1, "maximum": 6},
          "Entry": {
            "type": "object", "required": ["date", "count"], "additionalProperties": false,
            "properties": {
              "date": {"$ref": "#/components/schemas/Day"},
              "count": {"$ref": "#/components/schemas/PersonCount"},
              "kind": {"type": "string", "enum": ["a", "b"]},
              "note": {"type": ["string", "null"]},
              "tags": {"type": "array", "items": {"type": "string"}},
              "byStatus": {"type": "object", "propertyNames": {"enum": ["open", "closed"]},
                           "additionalProperties": {"$ref": "#/components/schemas/PersonCount"}}
            }
          }
        }}}
        """#)

    let validator = SchemaValidator(document: Self.document)

    func schema(_ name: String) -> JSON { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    func errors(_ json: String, _ name: String) throws -> [String] {
        validator.errors(try JSON.parse(json), against: schema(name))
    }

    @Test("accepts a valid object, with and without its optional fields")
    func acceptsValid() throws {
        #expect(try errors(#"{"date": "2023-06-07", "count": 200}"#, "Entry") == [])
        #expect(
            try errors(
                #"{"date": "2023-06-07", "count": "<5", "kind": "b", "note": null, "tags": ["x"], "byStatus": {"open": 7, "closed": "<5"}}"#,
                "Entry") == [])
        #expect(try errors(#"{"date": "2023-06-07", "count": 0, "note": "text"}"#, "Entry") == [])
    }

    @Test(
        "rejects wrong types",
        arguments: [
            #"{"date": 20230607, "count": 1}"#, #"{"date": "2023-06-07", "count": 1.5}"#,
            #"{"date": "2023-06-07", "count": true}"#, #"{"date": "2023-06-07", "count": 5, "note": 3}"#,
            #"{"date": "2023-06-07", "count": 5, "tags": "x"}"#, #"{"date": "2023-06-07", "count": 5, "tags": [1]}"#,
            #"["2023-06-07", 5]"#, #"null"#,
        ])
    func rejectsWrongTypes(json: String) throws {
        #expect(try !errors(json, "Entry").isEmpty)
    }

    @Test("rejects a missing required field, and names it")
    func rejectsMissingRequired() throws {
        let problems = try errors(#"{"date": "2023-06-07"}"#, "Entry")
        #expect(problems.count == 1)
        #expect(problems.first?.contains("'count'") == true)
    }

    @Test("rejects a property the schema does not allow, and names it")
    func rejectsExtraProperties() throws {
        let problems = try errors(#"{"date": "2023-06-07", "count": 5, "name": "Sanne Vos"}"#, "Entry")
        #expect(problems.count == 1)
        #expect(problems.first?.contains("'name'") == true)
    }

    @Test("checks map keys and values against propertyNames and additionalProperties")
    func maps() throws {
        #expect(try !errors(#"{"date": "2023-06-07", "count": 5, "byStatus": {"lost": 5}}"#, "Entry").isEmpty)
        #expect(try !errors(#"{"date": "2023-06-07", "count": 5, "byStatus": {"open": "3"}}"#, "Entry").isEmpty)
    }

    @Test("a person count is an integer of 0 or more, or \"<5\"")
    func personCount() throws {
        for valid in ["0", "5", "200", #""<5""#] { #expect(try errors(valid, "PersonCount") == [], "\(valid)") }
        for invalid in ["-1", "2.5", #""3""#, #""<10""#, "null", "false"] {
            #expect(try !errors(invalid, "PersonCount").isEmpty, "\(invalid)")
        }
    }

    @Test("checks enum, const, pattern, minimum and maximum")
    func keywords() throws {
        #expect(try !errors(#"{"date": "2023-06-07", "count": 5, "kind": "c"}"#, "Entry").isEmpty)
        #expect(try !errors(#""7 juni 2023""#, "Day").isEmpty)
        #expect(try !errors(#""2023-06-07T10:00""#, "Day").isEmpty)
        #expect(try errors("1", "Level") == [] && errors("6", "Level") == [])
        #expect(try !errors("0", "Level").isEmpty)
        #expect(try !errors("7", "Level").isEmpty)
        let constant = JSON.object(["const": .string("ok")])
        #expect(validator.validates(.string("ok"), against: constant))
        #expect(!validator.validates(.string("OK"), against: constant))
    }

    @Test("oneOf needs exactly one match")
    func oneOf() throws {
        let overlapping = try JSON.parse(#"{"oneOf": [{"type": "integer"}, {"type": "number"}]}"#)
        #expect(!validator.validates(.integer(1), against: overlapping))
        #expect(validator.validates(.number(1.5), against: overlapping))
    }

    @Test("reports a $ref it cannot resolve and a keyword it does not support")
    func unsupported() throws {
        #expect(!validator.validates(.string("x"), against: schema("Missing")))
        let unknown = try JSON.parse(#"{"type": "string", "maxLength": 1}"#)
        #expect(validator.errors(.string("x"), against: unknown).first?.contains("maxLength") == true)
    }

    @Test("parses booleans, integers and strings apart")
    func parsing() throws {
        #expect(
            try JSON.parse("[true, 1, \"1\", null, 1.5]")
                == .array([.bool(true), .integer(1), .string("1"), .null, .number(1.5)]))
    }
}
