/// Whom a core group member represents (achterban).
///
/// In JSON: `{"kind": "youth"}`, `{"kind": "municipality", "code": "GM0917"}`,
/// `{"kind": "care-provider", "name": "…"}`.
public enum Constituency: Sendable, Hashable, Codable {
    /// Youth (jongeren).
    case youth
    /// Parents (ouders).
    case parent
    /// A client representative, e.g. of a client council (cliëntvertegenwoordiger).
    case clientRepresentative
    /// One municipality, by CBS code.
    case municipality(code: String)
    /// One care provider (zorgaanbieder), by name.
    case careProvider(name: String)

    /// The kind, without its detail.
    public var kind: Kind {
        switch self {
        case .youth: .youth
        case .parent: .parent
        case .clientRepresentative: .clientRepresentative
        case .municipality: .municipality
        case .careProvider: .careProvider
        }
    }

    /// The municipality's CBS code or the care provider's name; `nil` for the others.
    public var detail: String? {
        switch self {
        case .municipality(let code): code
        case .careProvider(let name): name
        case .youth, .parent, .clientRepresentative: nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind, code, name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .youth: self = .youth
        case .parent: self = .parent
        case .clientRepresentative: self = .clientRepresentative
        case .municipality: self = .municipality(code: try container.decode(String.self, forKey: .code))
        case .careProvider: self = .careProvider(name: try container.decode(String.self, forKey: .name))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .municipality(let code): try container.encode(code, forKey: .code)
        case .careProvider(let name): try container.encode(name, forKey: .name)
        case .youth, .parent, .clientRepresentative: break
        }
    }

    /// Youth, parents and client representatives: "niet over ons zonder ons" (nothing about us without us).
    public var speaksForClients: Bool { kind.speaksForClients }

    /// The kinds of constituency.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case youth
        case parent
        case clientRepresentative = "client-representative"
        case municipality
        case careProvider = "care-provider"

        public var speaksForClients: Bool { self == .youth || self == .parent || self == .clientRepresentative }

        public var dutchName: String {
            switch self {
            case .youth: "jongeren"
            case .parent: "ouders"
            case .clientRepresentative: "cliëntvertegenwoordiging"
            case .municipality: "gemeenten"
            case .careProvider: "zorgaanbieders"
            }
        }

        public var englishName: String {
            switch self {
            case .youth: "youth"
            case .parent: "parents"
            case .clientRepresentative: "client representatives"
            case .municipality: "municipalities"
            case .careProvider: "care providers"
            }
        }

        public func name(_ language: Language) -> String { language == .dutch ? dutchName : englishName }
    }
}
