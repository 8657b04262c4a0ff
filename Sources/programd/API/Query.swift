import EventStore
import Foundation
import Hummingbird
import Program
import Reporting

/// The query parameters the API and dashboard understand, checked: a bad one is an
/// ``InvalidParameter`` (400) that says why.
struct Query {
    let parameters: Parameters

    init(_ request: Request) { parameters = request.uri.queryParameters }

    /// No parameter but the language: `lang=en` for English, nothing for Dutch.
    init(language: Language) { parameters = language == .english ? ["lang": "en"] : [:] }

    /// `lang`: `nl` (default) or `en`.
    func language() throws -> Language {
        guard let text = parameters.get("lang") else { return .dutch }
        guard let language = Language(rawValue: text) else {
            throw InvalidParameter(name: "lang", value: text, rule: .language)
        }
        return language
    }

    /// The view asked for, by both clocks. `as_of`: a date (what had happened by the end of that
    /// day, Europe/Amsterdam, as the log knows it now) or a log position (the log as it stood
    /// there). `recorded_by`: a date (what the log had recorded by the end of that day) or a
    /// position; it combines with an `as_of` date.
    func moment() throws -> ProgressReports.Moment {
        var moment = ProgressReports.Moment.now
        if let text = recordedBy {
            if let day = Day(iso: text) {
                moment.recorded = .endOf(day)
            } else if let position = Int64(text), position >= 1 {
                moment.recorded = .position(position)
            } else {
                throw InvalidParameter(name: "recorded_by", value: text, rule: .dateOrPosition)
            }
        }
        guard let text = asOf else { return moment }
        if let day = Day(iso: text) {
            moment.happenedBy = day
        } else if let position = Int64(text), position >= 1 {
            if recordedBy != nil {
                throw InvalidParameter(name: "as_of", value: text, rule: .positionWithRecordedBy)
            }
            moment.recorded = .position(position)
        } else {
            throw InvalidParameter(name: "as_of", value: text, rule: .dateOrPosition)
        }
        return moment
    }

    /// The `as_of` text, if any: an empty one (the dashboard's form with no date chosen) means now.
    var asOf: String? { parameters.get("as_of").flatMap { $0.isEmpty ? nil : $0 } }

    /// The `recorded_by` text, if any (empty: now).
    var recordedBy: String? { parameters.get("recorded_by").flatMap { $0.isEmpty ? nil : $0 } }

    /// An integer parameter within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int64>, default fallback: Int64) throws -> Int64 {
        guard let text = parameters.get(name) else { return fallback }
        guard let value = Int64(text), range.contains(value) else {
            throw InvalidParameter(name: name, value: text, rule: .wholeNumber(range))
        }
        return value
    }

    /// An integer parameter within `range`, or `nil` when absent.
    func integer(_ name: String, in range: ClosedRange<Int64>) throws -> Int64? {
        guard parameters.get(name) != nil else { return nil }
        return try integer(name, in: range, default: 0)
    }

    /// An input id parameter (`I12`, any case), or `nil` when absent.
    func inputID(_ name: String) throws -> InputID? {
        guard let text = parameters.get(name), !text.isEmpty else { return nil }
        let id = InputID(text.uppercased())
        guard id.number != nil else {
            throw InvalidParameter(name: name, value: text, rule: .inputID)
        }
        return id
    }

    /// The query string to carry along in links (`lang`, `as_of`, `recorded_by`), e.g. `?lang=en`.
    var carried: String {
        let kept = [("lang", parameters.get("lang")), ("as_of", asOf), ("recorded_by", recordedBy)].compactMap {
            name, value in
            value.map { "\(name)=\($0)" }
        }
        return kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
    }
}
