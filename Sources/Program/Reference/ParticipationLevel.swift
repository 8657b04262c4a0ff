import Foundation

/// The participation ladder (participatieladder): how much say youth and parents have, 1 to 6.
///
/// Participants should know the level in advance. The programme's ambition is 4 and 5.
public enum ParticipationLevel: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case inform = 1
    case consult = 2
    case advise = 3
    case coproduce = 4
    case codecide = 5
    case selfManage = 6

    /// The Dutch name, as on the ladder: informeren, raadplegen, adviseren, coproduceren, meebeslissen, zelfbeheer.
    public var dutchName: String {
        switch self {
        case .inform: "informeren"
        case .consult: "raadplegen"
        case .advise: "adviseren"
        case .coproduce: "coproduceren"
        case .codecide: "meebeslissen"
        case .selfManage: "zelfbeheer"
        }
    }

    /// The English name: inform, consult, advise, co-produce, co-decide, self-management.
    public var englishName: String {
        switch self {
        case .inform: "inform"
        case .consult: "consult"
        case .advise: "advise"
        case .coproduce: "co-produce"
        case .codecide: "co-decide"
        case .selfManage: "self-management"
        }
    }

    public func name(_ language: Language) -> String { language == .dutch ? dutchName : englishName }

    /// Reads a level from its number (1–6) or its Dutch or English name.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(key), let level = ParticipationLevel(rawValue: number) {
            self = level
            return
        }
        guard let level = Self.allCases.first(where: { [$0.dutchName, $0.englishName].contains(key) }) else {
            return nil
        }
        self = level
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

}
