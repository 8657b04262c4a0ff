import Hummingbird
import Program
import Projections

/// A query parameter that breaks its rule: `400 Bad Request`, naming the parameter, its value and
/// the rule, in English for the API and in the page's language for the dashboard.
struct InvalidParameter: HTTPResponseError {
    /// The rules a parameter can break.
    enum Rule: Sendable {
        /// `lang`: nl or en.
        case language
        /// `as_of`, `recorded_by`: a date or a log position.
        case dateOrPosition
        /// `as_of`: a position, given with `recorded_by`.
        case positionWithRecordedBy
        /// `as_of`: a position beyond the served head.
        case beyondHead(position: Int64, head: Int64)
        /// A whole number within a range.
        case wholeNumber(ClosedRange<Int64>)
        /// An input's id.
        case inputID
        /// `format`: a report format.
        case reportFormat
        /// `dialect`: a CSV dialect.
        case csvDialect
    }

    let name: String
    let value: String
    let rule: Rule

    var status: HTTPResponse.Status { .badRequest }

    /// What is wrong and what is right, without the parameter's name.
    func reason(_ language: Language) -> String {
        let words = Words(language)
        switch rule {
        case .language:
            return words.pick(
                "'\(value)' is geen taal van deze pagina's: kies nl (Nederlands) of en (Engels)",
                "'\(value)' is not a supported language (nl or en)")
        case .dateOrPosition:
            return words.pick(
                "'\(value)' is geen datum in de vorm JJJJ-MM-DD (zoals 2024-12-31) en geen positie in het logboek (1 of hoger)",
                "'\(value)' is neither a date (YYYY-MM-DD) nor a log position (1 or more)")
        case .positionWithRecordedBy:
            return words.pick(
                "een positie in het logboek gaat niet samen met recorded_by; geef een datum (JJJJ-MM-DD)",
                "a log position cannot be combined with recorded_by; give as_of a date")
        case .beyondHead(let position, let head):
            return words.pick(
                "positie \(position) ligt voorbij het einde van het logboek (\(head)); kies 1 tot en met \(head) of een datum",
                "position \(position) is beyond the log's head (\(head))")
        case .wholeNumber(let range):
            return words.pick(
                "'\(value)' moet een geheel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn",
                "'\(value)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        case .inputID:
            return words.pick(
                "'\(value)' is geen nummer van inbreng (I1, I2, …)",
                "'\(value)' is not an input id (I1, I2, …)")
        case .reportFormat:
            return words.pick(
                "'\(value)' is geen vorm van de rapportage (md, html, json of csv)",
                "'\(value)' is not a report format (md, html, json or csv)")
        case .csvDialect:
            return words.pick(
                "'\(value)' is geen soort CSV (machine of excel-nl)",
                "'\(value)' is not a CSV dialect (machine or excel-nl)")
        }
    }

    /// The English message, the parameter first: `as_of: 'x' is neither …`.
    var message: String { "\(name): \(reason(.english))" }

    /// As the API's v1 answered it, when nothing renders it otherwise.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        try HTTPError(.badRequest, message: message).response(from: request, context: context)
    }
}
