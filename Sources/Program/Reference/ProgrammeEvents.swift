import Foundation

/// The programme was set up with its definition (`programctl init`).
///
/// Schema version 2 added the definition's ``ProgrammeDefinition/adviceResponseDays``, version 3
/// its ``ProgrammeDefinition/themes`` and ``ProgrammeDefinition/peopleConcerned``; an older payload
/// reads with none (six weeks; youth, parents and client representatives).
public struct ProgrammeDefined: EventPayload {
    public static let typeName = "ProgrammeDefined"
    public static let schemaVersion = 3
    public var definition: ProgrammeDefinition

    public init(definition: ProgrammeDefinition) { self.definition = definition }

    public static func decode(schemaVersion: Int, payload: Data) throws -> Self {
        // Version 1 has no `adviceResponseDays`, versions 1 and 2 no `themes` or `peopleConcerned`.
        try decode(schemaVersion: schemaVersion, payload: payload, addingOptionalsSince: 1)
    }

    public var stream: String { "programme" }
    public var wrapped: ProgramEvent { .programmeDefined(self) }
}
