import Foundation
import PayloadDecoding

@testable import programd

/// A JSON value, parsed so that booleans, numbers and strings stay apart: the project's own.
typealias JSON = JSONValue

extension JSONValue: CustomStringConvertible {
    /// Parses JSON text.
    static func parse(_ data: Data) throws -> JSON { try JSONDecoder().decode(JSON.self, from: data) }

    static func parse(_ text: String) throws -> JSON { try parse(Data(text.utf8)) }

    subscript(key: String) -> JSON? {
        if case .object(let fields) = self { fields[key] } else { nil }
    }

    subscript(index: Int) -> JSON? {
        if case .array(let values) = self, values.indices.contains(index) { values[index] } else { nil }
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var number: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }
    var int: Int? { number.flatMap { Int(exactly: $0) } }
    var array: [JSON]? { if case .array(let values) = self { values } else { nil } }
    var fields: [String: JSON]? { if case .object(let fields) = self { fields } else { nil } }

    /// The JSON Schema type names this value has (an integral number is both `integer` and `number`).
    var types: Set<String> {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .integer: ["number", "integer"]
        case .number(let value): value.rounded() == value ? ["number", "integer"] : ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }

    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let value): value.rounded() == value && abs(value) < 1e15 ? "\(Int64(value))" : "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let values): "[" + values.map(\.description).joined(separator: ",") + "]"
        case .object(let fields):
            "{" + fields.keys.sorted().map { "\"\($0)\":\(fields[$0]!)" }.joined(separator: ",") + "}"
        }
    }
}

/// Validates JSON values against the subset of JSON Schema (2020-12) that docs/openapi.json uses:
/// `type` (a name or an array of names), `properties`, `required`, `additionalProperties` (a
/// boolean or a schema), `propertyNames`, `items`, `enum`, `const`, `oneOf`, `pattern`, `minimum`,
/// `maximum` and `$ref` to a JSON pointer in the document (`#/components/schemas/…`).
///
/// A keyword outside that subset is reported as an error rather than ignored, so that a schema
/// can never pass because the validator does not understand it. Annotations (`description`,
/// `format`, `default`, …) are ignored.
struct SchemaValidator {
    /// The document `$ref`s point into.
    let document: JSON

    static let assertions: Set<String> = [
        "type", "properties", "required", "additionalProperties", "propertyNames", "items", "enum", "const",
        "oneOf", "pattern", "minimum", "maximum", "$ref",
    ]
    static let annotations: Set<String> = [
        "description", "title", "format", "default", "example", "examples", "$comment", "deprecated",
    ]

    /// Every way `value` fails `schema`, each as `path: problem`; empty when it conforms.
    func errors(_ value: JSON, against schema: JSON, at path: String = "$") -> [String] {
        switch schema {
        case .bool(true): return []
        case .bool(false): return ["\(path): no value is allowed here"]
        case .object(let keywords): return errors(value, keywords: keywords, at: path)
        default: return ["\(path): the schema \(schema) is neither an object nor a boolean"]
        }
    }

    /// Whether `value` conforms to `schema`.
    func validates(_ value: JSON, against schema: JSON) -> Bool { errors(value, against: schema).isEmpty }

    /// The schema a `$ref` such as `#/components/schemas/Day` points to.
    func resolve(_ reference: String) -> JSON? {
        guard reference.hasPrefix("#") else { return nil }
        var target: JSON? = document
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            target = target?[key]
        }
        return target
    }

    private func errors(_ value: JSON, keywords: [String: JSON], at path: String) -> [String] {
        var problems: [String] = []
        for keyword in keywords.keys.sorted()
        where !Self.assertions.contains(keyword) && !Self.annotations.contains(keyword) {
            problems.append("\(path): the schema uses '\(keyword)', which this validator does not support")
        }
        if let reference = keywords["$ref"] {
            if let target = reference.string.flatMap(resolve) {
                problems += errors(value, against: target, at: path)
            } else {
                problems.append("\(path): cannot resolve $ref \(reference)")
            }
        }
        if let type = keywords["type"] {
            let allowed = Set(type.array?.compactMap(\.string) ?? [type.string].compactMap { $0 })
            if value.types.isDisjoint(with: allowed) {
                problems.append("\(path): \(value) is not of type \(allowed.sorted().joined(separator: " or "))")
                return problems
            }
        }
        if let allowed = keywords["enum"]?.array, !allowed.contains(value) {
            problems.append("\(path): \(value) is not one of \(JSON.array(allowed))")
        }
        if let constant = keywords["const"], constant != value {
            problems.append("\(path): \(value) is not \(constant)")
        }
        if let choices = keywords["oneOf"]?.array {
            let matching = choices.count { errors(value, against: $0, at: path).isEmpty }
            if matching != 1 {
                problems.append("\(path): \(value) matches \(matching) of the oneOf schemas instead of exactly one")
            }
        }
        if case .string(let text) = value, let pattern = keywords["pattern"]?.string {
            if let regex = try? Regex(pattern) {
                if !text.contains(regex) { problems.append("\(path): \"\(text)\" does not match /\(pattern)/") }
            } else {
                problems.append("\(path): the pattern /\(pattern)/ is not a regular expression")
            }
        }
        if let number = value.number {
            if let minimum = keywords["minimum"]?.number, number < minimum {
                problems.append("\(path): \(value) is less than the minimum \(JSON.number(minimum))")
            }
            if let maximum = keywords["maximum"]?.number, number > maximum {
                problems.append("\(path): \(value) is more than the maximum \(JSON.number(maximum))")
            }
        }
        if case .array(let items) = value, let schema = keywords["items"] {
            for (index, item) in items.enumerated() {
                problems += errors(item, against: schema, at: "\(path)[\(index)]")
            }
        }
        if case .object(let fields) = value {
            problems += objectErrors(fields, keywords: keywords, at: path)
        }
        return problems
    }

    private func objectErrors(_ fields: [String: JSON], keywords: [String: JSON], at path: String) -> [String] {
        var problems: [String] = []
        let properties = keywords["properties"]?.fields ?? [:]
        for name in keywords["required"]?.array?.compactMap(\.string) ?? [] where fields[name] == nil {
            problems.append("\(path): the required property '\(name)' is missing")
        }
        for name in fields.keys.sorted() {
            let field = fields[name]!
            if let names = keywords["propertyNames"] {
                problems += errors(.string(name), against: names, at: "\(path) (property name '\(name)')")
            }
            if let schema = properties[name] {
                problems += errors(field, against: schema, at: "\(path).\(name)")
            } else if let additional = keywords["additionalProperties"] {
                if additional == .bool(false) {
                    problems.append("\(path): the property '\(name)' is not allowed")
                } else {
                    problems += errors(field, against: additional, at: "\(path).\(name)")
                }
            }
        }
        return problems
    }
}
