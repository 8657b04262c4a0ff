/// To whom advice is given, and who asks for it: the core group, the region (the sixteen
/// municipalities together), one municipality or one care provider.
///
/// In JSON: `{"kind": "core-group"}`, `{"kind": "region"}`, `{"kind": "municipality", "code":
/// "GM0917"}`, `{"kind": "care-provider", "name": "…"}`.
public enum AdviceAddressee: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The core group (kerngroep).
    case coreGroup
    /// The region's municipalities together (de regio).
    case region
    /// One municipality, by CBS code.
    case municipality(code: String)
    /// One care provider (zorgaanbieder), by name.
    case careProvider(name: String)

    /// The kinds of addressee.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case coreGroup = "core-group"
        case region
        case municipality
        case careProvider = "care-provider"

        public func name(_ language: Language) -> String {
            switch (self, language) {
            case (.coreGroup, .dutch): "kerngroep"
            case (.region, .dutch): "regio"
            case (.municipality, .dutch): "gemeente"
            case (.careProvider, .dutch): "zorgaanbieder"
            case (.coreGroup, .english): "core group"
            case (.region, .english): "region"
            case (.municipality, .english): "municipality"
            case (.careProvider, .english): "care provider"
            }
        }
    }

    /// The kind, without its detail.
    public var kind: Kind {
        switch self {
        case .coreGroup: .coreGroup
        case .region: .region
        case .municipality: .municipality
        case .careProvider: .careProvider
        }
    }

    /// The municipality's code or the care provider's name.
    public var detail: String? {
        switch self {
        case .municipality(let code): code
        case .careProvider(let name): name
        case .coreGroup, .region: nil
        }
    }

    /// `core-group`, `region`, `municipality GM0917`, `care-provider Mondriaan`.
    public var description: String { [kind.rawValue, detail].compactMap { $0 }.joined(separator: " ") }

    private enum CodingKeys: String, CodingKey {
        case kind, code, name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .coreGroup: self = .coreGroup
        case .region: self = .region
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
        case .coreGroup, .region: break
        }
    }
}
