/// A line of work (pijler) under which input is collected, numbered from 1.
public struct Pillar: Sendable, Hashable, Codable {
    public var number: Int
    /// The short Dutch name, e.g. "Reguliere medezeggenschap".
    public var name: String
    /// The full description.
    public var description: String

    public init(number: Int, name: String, description: String) {
        self.number = number
        self.name = name
        self.description = description
    }
}
