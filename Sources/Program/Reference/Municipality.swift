/// A municipality (gemeente), identified by its CBS code, valid between two dates.
///
/// Municipalities merge: Beekdaelen exists since 2019-01-01, formed from Nuth, Onderbanken and
/// Schinnen. Reference data, not code: a programme lists them with their validity.
public struct Municipality: Sendable, Hashable, Codable {
    /// The CBS code, e.g. `GM0917` for Heerlen.
    public var code: String
    public var name: String
    /// The first day it exists, if it began within the programme's horizon.
    public var validFrom: Day?
    /// The last day it exists, if it ended (e.g. merged).
    public var validUntil: Day?

    public init(code: String, name: String, validFrom: Day? = nil, validUntil: Day? = nil) {
        self.code = code
        self.name = name
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    /// Whether it exists on `day`.
    public func isValid(on day: Day) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validUntil.map { day <= $0 } ?? true)
    }
}
