/// The members of one JSON object, read by key without `Decodable`: for the few payload types
/// a large log holds most of, where `Decodable`'s generic machinery costs more than the parse.
///
/// Errors are the `DecodingError`s `Decodable` would throw, with the key in their coding path.
/// It is valid only inside the closure given to ``PayloadDecoder/decodeFields(from:_:)``.
public struct PayloadFields {
    let decoder: TapeDecoder
    let object: Int
    /// The coding path to the enclosing object, and the key of this one in it (none at the root).
    let parentPath: [any CodingKey]
    let key: FieldKey?

    private var path: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }

    /// The string under `key`.
    public func string(_ key: String) throws -> String { try decoder.string(at: value(key), key: FieldKey(key)) }

    /// The string under `key`, or `nil` when it is missing or null.
    public func stringIfPresent(_ key: String) throws -> String? {
        guard let index = index(of: key), decoder.nodes[index].kind != .null else { return nil }
        return try decoder.string(at: index, key: FieldKey(key))
    }

    /// The integer under `key`.
    public func int(_ key: String) throws -> Int { try decoder.integer(Int.self, at: value(key), key: FieldKey(key)) }

    /// The array of strings under `key`.
    public func strings(_ key: String) throws -> [String] {
        let array = try value(key)
        guard decoder.nodes[array].kind == .array else {
            throw decoder.mismatch([String].self, at: array, path: path + [FieldKey(key)])
        }
        var strings: [String] = []
        var index = array + 1
        while index < Int(decoder.nodes[array].next) {
            strings.append(try decoder.string(at: index, key: FieldKey(key)))
            index = Int(decoder.nodes[index].next)
        }
        return strings
    }

    /// The object under `key`, read by `read`.
    public func object<T>(_ key: String, _ read: (PayloadFields) throws -> T) throws -> T {
        let index = try value(key)
        guard decoder.nodes[index].kind == .object else {
            throw decoder.mismatch([String: Any].self, at: index, path: path + [FieldKey(key)])
        }
        return try read(PayloadFields(decoder: decoder, object: index, parentPath: path, key: FieldKey(key)))
    }

    /// The value under `key`, through `Decodable`.
    public func decode<T: Decodable>(_ key: String, as type: T.Type = T.self) throws -> T {
        try decoder.value(type, at: value(key), key: FieldKey(key))
    }

    /// The value under `key` through `Decodable`, or `nil` when it is missing or null.
    public func decodeIfPresent<T: Decodable>(_ key: String, as type: T.Type = T.self) throws -> T? {
        guard let index = index(of: key), decoder.nodes[index].kind != .null else { return nil }
        return try decoder.value(type, at: index, key: FieldKey(key))
    }

    private func index(of key: String) -> Int? { decoder.member(key, of: object) }

    private func value(_ key: String) throws -> Int {
        guard let index = index(of: key) else {
            throw DecodingError.keyNotFound(
                FieldKey(key), .init(codingPath: path, debugDescription: "No value associated with key \"\(key)\"."))
        }
        return index
    }

    /// The error for a value under `key` that is not one its type allows.
    public func invalid(_ text: String, key: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: path + [FieldKey(key)], debugDescription: "Not a valid value: \(text)"))
    }
}

/// A key named at run time.
struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
