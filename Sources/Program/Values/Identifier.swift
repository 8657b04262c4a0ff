/// A typed identifier, e.g. `MemberID("K3")`: an identifier of one kind cannot be passed as another.
public struct Identifier<Kind: IdentifierKind>: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    /// Orders `K2` before `K10`: by prefix, then by number.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        let (lp, ln) = lhs.parts
        let (rp, rn) = rhs.parts
        return (lp, ln, lhs.rawValue) < (rp, rn, rhs.rawValue)
    }

    private var parts: (String, Int) {
        let prefix = rawValue.prefix { !$0.isNumber }
        return (String(prefix), Int(rawValue.dropFirst(prefix.count)) ?? -1)
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A kind of identifier, with the prefix of the ids the programme hands out.
public protocol IdentifierKind {
    static var prefix: String { get }
}

public enum MemberKind: IdentifierKind { public static let prefix = "K" }
public enum DecisionKind: IdentifierKind { public static let prefix = "B" }
public enum GoalKind: IdentifierKind { public static let prefix = "D" }
public enum InputKind: IdentifierKind { public static let prefix = "I" }
public enum ConferenceKind: IdentifierKind { public static let prefix = "C" }
public enum RegistrationKind: IdentifierKind { public static let prefix = "A" }
public enum SubsidyKind: IdentifierKind { public static let prefix = "S" }
public enum ExpenditureKind: IdentifierKind { public static let prefix = "U" }
public enum ReportKind: IdentifierKind { public static let prefix = "R" }
public enum SubjectKind: IdentifierKind { public static let prefix = "P" }
public enum BodyKind: IdentifierKind { public static let prefix = "O" }
public enum BodyMemberKind: IdentifierKind { public static let prefix = "L" }
public enum AdviceKind: IdentifierKind { public static let prefix = "AD" }

/// A core group member (kerngroeplid): `K1`, `K2`, …
public typealias MemberID = Identifier<MemberKind>
/// A decision (besluit): `B1`, …
public typealias DecisionID = Identifier<DecisionKind>
/// A goal of the policy framework (doel): `D1`, …
public typealias GoalID = Identifier<GoalKind>
/// A piece of bottom-up input (inbreng): `I1`, …
public typealias InputID = Identifier<InputKind>
/// A conference (conferentie): `C1`, …
public typealias ConferenceID = Identifier<ConferenceKind>
/// A conference registration (aanmelding): `A1`, …
public typealias RegistrationID = Identifier<RegistrationKind>
/// A subsidy (subsidie): `S1`, …
public typealias SubsidyID = Identifier<SubsidyKind>
/// An expenditure booked against a subsidy (uitgave): `U1`, …
public typealias ExpenditureID = Identifier<ExpenditureKind>
/// A published progress report: `R1`, …
public typealias ReportID = Identifier<ReportKind>
/// A data subject: the pseudonym under which a person's personal data is sealed: `P1`, …
public typealias SubjectID = Identifier<SubjectKind>
/// A participation body beside the core group (orgaan: jongerenraad, ouderpanel, …): `O1`, …
public typealias BodyID = Identifier<BodyKind>
/// A member of a participation body (lid): `L1`, …
public typealias BodyMemberID = Identifier<BodyMemberKind>
/// An advice (advies), requested or unrequested: `AD1`, …
public typealias AdviceID = Identifier<AdviceKind>

extension Identifier {
    /// The number after the kind's prefix (`K3` → 3); `nil` for an identifier of another form.
    public var number: Int? {
        var raw = rawValue
        return raw.withUTF8 { utf8 in
            let prefix = Kind.prefix.utf8.count
            guard utf8.count > prefix, utf8.count - prefix <= 18, utf8.starts(with: Kind.prefix.utf8) else {
                return nil
            }
            return utf8.decimal(prefix..<utf8.count)
        }
    }

    /// The number of an identifier in the form ``numbered(_:)`` makes (`A17`: above 0, no leading
    /// zero); `nil` for any other form.
    public var handedOutNumber: Int? {
        guard let number, number > 0, rawValue.utf8.dropFirst(Kind.prefix.utf8.count).first != UInt8(ascii: "0")
        else { return nil }
        return number
    }

    /// The `number`th identifier of its kind, e.g. `MemberID.numbered(3)` is `K3`.
    public static func numbered(_ number: Int) -> Identifier { Identifier("\(Kind.prefix)\(number)") }
}
