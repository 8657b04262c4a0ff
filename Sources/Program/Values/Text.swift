import Foundation

/// Limits and checks for the text people enter.
public enum Text {
    /// One-line text: titles, names, venues.
    public static let lineLimit = 200
    /// Multi-line text: a decision's text, a summary, a note.
    public static let paragraphLimit = 10_000

    /// Trimmed `value`, checked: not empty (unless `optional`), valid UTF-8, no control characters
    /// (a newline or tab only in multi-line text), at most `limit` characters.
    public static func validated(
        _ value: String, field: String, limit: Int = lineLimit, multiline: Bool = false
    ) throws(RuleViolation) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw RuleViolation(field, "must not be empty") }
        if trimmed.unicodeScalars.contains("\u{FFFD}") {
            throw RuleViolation(field, "is not valid UTF-8 text")
        }
        if !multiline && trimmed.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
            throw RuleViolation(field, "must be a single line")
        }
        let allowed: Set<Unicode.Scalar> = multiline ? ["\n", "\t", "\r"] : []
        if let control = trimmed.unicodeScalars.first(where: {
            $0.properties.generalCategory == .control && !allowed.contains($0)
        }) {
            let hex = String(control.value, radix: 16, uppercase: true)
            throw RuleViolation(
                field,
                "must not contain control characters (found U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex))"
            )
        }
        if trimmed.count > limit {
            throw RuleViolation(field, "is too long: \(trimmed.count) characters, at most \(limit)")
        }
        return trimmed
    }

    /// Like ``validated(_:field:limit:multiline:)`` for an optional value; empty becomes `nil`.
    public static func validatedOptional(
        _ value: String?, field: String, limit: Int = lineLimit, multiline: Bool = false
    ) throws(RuleViolation) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try validated(value, field: field, limit: limit, multiline: multiline)
    }
}
