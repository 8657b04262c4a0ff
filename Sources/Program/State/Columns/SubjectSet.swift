/// The data subjects a log names: one bit per subject the programme numbered (`P17`), and the
/// rare other form on the side.
public struct SubjectSet: Sendable, Hashable {
    private var bits = Column<UInt64>()
    private var others: Set<SubjectID> = []
    public private(set) var count = 0

    /// The highest number kept as a bit (a log naming `P999999999` must not cost 120 MB).
    private static let bitLimit = 1 << 24

    public init() {}

    /// Every subject: the numbered ones in order, then the others.
    public var all: [SubjectID] {
        var numbered: [SubjectID] = []
        for (word, bits) in bits.enumerated() {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 { numbered.append(.numbered(word * 64 + bit)) }
        }
        return numbered + others.sorted()
    }

    public func contains(_ subject: SubjectID) -> Bool {
        guard let number = Self.bit(of: subject) else { return others.contains(subject) }
        let word = Int32(number / 64)
        return Int(word) < bits.count && bits[word] & (1 << UInt64(number % 64)) != 0
    }

    public mutating func insert(_ subject: SubjectID) {
        guard let number = Self.bit(of: subject) else {
            if others.insert(subject).inserted { count += 1 }
            return
        }
        let word = Int32(number / 64)
        while bits.count <= Int(word) { bits.put(0, at: Int32(bits.count)) }
        let mask: UInt64 = 1 << UInt64(number % 64)
        if bits[word] & mask == 0 { count += 1 }
        bits[word] |= mask
    }

    private static func bit(of subject: SubjectID) -> Int? {
        guard let number = subject.handedOutNumber, number < bitLimit else { return nil }
        return number
    }
}

extension SubjectSet: Codable {
    private enum CodingKeys: String, CodingKey { case bits, others }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bits, forKey: .bits)
        try container.encode(others, forKey: .others)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bits = try container.decode(Column<UInt64>.self, forKey: .bits)
        others = try container.decode(Set<SubjectID>.self, forKey: .others)
        count = bits.reduce(others.count) { $0 + $1.nonzeroBitCount }
    }
}
