/// The programme was set up with its definition (`programctl init`).
public struct ProgrammeDefined: EventPayload {
    public static let typeName = "ProgrammeDefined"
    public var definition: ProgrammeDefinition

    public init(definition: ProgrammeDefinition) { self.definition = definition }

    public var stream: String { "programme" }
    public var wrapped: ProgramEvent { .programmeDefined(self) }
}
