/// The members of an object node, found by a linear scan over their keys: payload objects
/// are small, so a scan beats building a dictionary.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeDecoder
    let object: Int
    /// How many of the decoder's keys lead here, and the keys of nested containers after them.
    let depth: Int
    let extra: [any CodingKey]

    var codingPath: [any CodingKey] { decoder.path(depth: depth, extra) }

    var allKeys: [Key] {
        var keys: [Key] = []
        var index = object + 1
        while index < Int(decoder.nodes[object].next) {
            if let name = try? decoder.string(at: index, key: nil), let key = Key(stringValue: name) {
                keys.append(key)
            }
            index = Int(decoder.nodes[index + 1].next)
        }
        return keys
    }

    private func index(of key: Key) -> Int? { decoder.member(key.stringValue, of: object) }

    private func value(for key: Key) throws -> Int {
        guard let index = index(of: key) else {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: codingPath,
                    debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return index
    }

    func contains(_ key: Key) -> Bool { index(of: key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { decoder.nodes[try value(for: key)].kind == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try decoder.bool(at: try value(for: key), key: key)
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try decoder.string(at: try value(for: key), key: key)
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try decoder.floatingPoint(type, at: try value(for: key), key: key)
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try decoder.floatingPoint(type, at: try value(for: key), key: key)
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }

    private func integer<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T {
        try decoder.integer(type, at: try value(for: key), key: key)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.value(type, at: try value(for: key), key: key)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let index = index(of: key), decoder.nodes[index].kind != .null else { return nil }
        return try decoder.string(at: index, key: key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = index(of: key), decoder.nodes[index].kind != .null else { return nil }
        return try decoder.value(type, at: index, key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder.keyedContainer(at: try value(for: key), path: extra + [key])
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.unkeyedContainer(at: try value(for: key), path: extra + [key])
    }

    func superDecoder() throws -> any Decoder { throw unsupported }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw unsupported }

    private var unsupported: DecodingError {
        .typeMismatch(
            (any Decoder).self, .init(codingPath: codingPath, debugDescription: "Super decoders are not supported."))
    }
}

/// The elements of an array node, in order.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: TapeDecoder
    let depth: Int
    let extra: [any CodingKey]
    let count: Int?
    private(set) var currentIndex = 0
    /// The node of the next element.
    private var cursor: Int

    init(decoder: TapeDecoder, array: Int, depth: Int, extra: [any CodingKey]) {
        self.decoder = decoder
        self.depth = depth
        self.extra = extra
        var count = 0
        var index = array + 1
        while index < Int(decoder.nodes[array].next) {
            count += 1
            index = Int(decoder.nodes[index].next)
        }
        self.count = count
        cursor = array + 1
    }

    var codingPath: [any CodingKey] { decoder.path(depth: depth, extra) }
    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    /// The next element's node and its key; moves past it.
    private mutating func next(_ type: Any.Type) throws -> (Int, ElementKey) {
        let key = ElementKey(intValue: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        let index = cursor
        cursor = Int(decoder.nodes[index].next)
        currentIndex += 1
        return (index, key)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.nodes[cursor].kind == .null else { return false }
        _ = try next(Never.self)
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        let (index, key) = try next(type)
        return try decoder.bool(at: index, key: key)
    }
    mutating func decode(_ type: String.Type) throws -> String {
        let (index, key) = try next(type)
        return try decoder.string(at: index, key: key)
    }
    mutating func decode(_ type: Double.Type) throws -> Double { try floatingPoint(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try floatingPoint(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    private mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let (index, key) = try next(type)
        return try decoder.integer(type, at: index, key: key)
    }

    private mutating func floatingPoint<T: LosslessStringConvertible>(_ type: T.Type) throws -> T {
        let (index, key) = try next(type)
        return try decoder.floatingPoint(type, at: index, key: key)
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (index, key) = try next(type)
        return try decoder.value(type, at: index, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let (index, key) = try next(KeyedDecodingContainer<NestedKey>.self)
        return try decoder.keyedContainer(at: index, path: extra + [key])
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (index, key) = try next((any UnkeyedDecodingContainer).self)
        return try decoder.unkeyedContainer(at: index, path: extra + [key])
    }

    mutating func superDecoder() throws -> any Decoder {
        throw DecodingError.typeMismatch(
            (any Decoder).self, .init(codingPath: codingPath, debugDescription: "Super decoders are not supported."))
    }
}

/// The key of an array element: its index.
struct ElementKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
