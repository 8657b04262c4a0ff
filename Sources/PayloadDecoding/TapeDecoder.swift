import Foundation

/// The `Decoder` over a parsed document. It lives for one ``PayloadDecoder/decode(_:from:)``
/// call and is also the single-value container of the node it is positioned on.
final class TapeDecoder: Decoder, SingleValueDecodingContainer {
    let bytes: UnsafeBufferPointer<UInt8>
    let nodes: UnsafeBufferPointer<JSONNode>
    /// The node being decoded.
    private var node = 0
    /// The keys from the root to ``node``; containers remember how many of them are theirs.
    private var keys: [any CodingKey] = []

    let userInfo: [CodingUserInfoKey: Any]

    init(bytes: UnsafeBufferPointer<UInt8>, nodes: UnsafeBufferPointer<JSONNode>, userInfo: [CodingUserInfoKey: Any]) {
        self.bytes = bytes
        self.nodes = nodes
        self.userInfo = userInfo
    }

    var codingPath: [any CodingKey] { keys }

    /// The first `depth` keys of the current path, followed by `extra`.
    func path(depth: Int, _ extra: [any CodingKey] = []) -> [any CodingKey] { Array(keys.prefix(depth)) + extra }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try keyedContainer(at: node, path: [])
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try unkeyedContainer(at: node, path: []) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func keyedContainer<Key: CodingKey>(at index: Int, path extra: [any CodingKey]) throws
        -> KeyedDecodingContainer<Key>
    {
        guard nodes[index].kind == .object else {
            throw mismatch([String: Any].self, at: index, path: path(depth: keys.count, extra))
        }
        return KeyedDecodingContainer(TapeKeyedContainer(decoder: self, object: index, depth: keys.count, extra: extra))
    }

    func unkeyedContainer(at index: Int, path extra: [any CodingKey]) throws -> any UnkeyedDecodingContainer {
        guard nodes[index].kind == .array else {
            throw mismatch([Any].self, at: index, path: path(depth: keys.count, extra))
        }
        return TapeUnkeyedContainer(decoder: self, array: index, depth: keys.count, extra: extra)
    }

    /// Decodes the value at node `index`, reached through `key`.
    func value<T: Decodable>(_ type: T.Type, at index: Int, key: (any CodingKey)? = nil) throws -> T {
        if T.self == String.self { return try string(at: index, key: key) as! T }
        let saved = node
        node = index
        if let key { keys.append(key) }
        defer {
            node = saved
            if key != nil { keys.removeLast() }
        }
        return try T(from: self)
    }

    /// The index of the value stored under `name` in the object at node `object`, if any:
    /// a linear scan, as payload objects are small.
    ///
    /// The scan starts after the member found last when that is in the same object: members
    /// read in the order they are stored are found at once.
    func member(_ name: String, of object: Int) -> Int? {
        let first = object + 1
        let end = Int(nodes[object].next)
        guard first < end else { return nil }
        let start = lastObject == object && nextMember < end ? nextMember : first
        var name = name
        return name.withUTF8 { name in
            var index = start
            repeat {
                let following = Int(nodes[index + 1].next)
                if key(at: index, is: name) {
                    lastObject = object
                    nextMember = following
                    return index + 1
                }
                index = following == end ? first : following
            } while index != start
            return nil
        }
    }

    /// Where ``member(_:of:)`` starts its next scan in `lastObject`: after the member found last.
    private var nextMember = 0
    private var lastObject = -1

    private func key(at index: Int, is name: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = nodes[index]
        guard key.kind == .string else { return (try? string(at: index, key: nil))?.utf8.elementsEqual(name) == true }
        guard Int(key.end - key.start) == name.count else { return false }
        for offset in 0..<name.count where bytes[Int(key.start) + offset] != name[offset] { return false }
        return true
    }

    // MARK: Scalars

    func string(at index: Int, key: @autoclosure () -> (any CodingKey)?) throws -> String {
        let node = nodes[index]
        let text: String?
        switch node.kind {
        case .string:
            let utf8 = UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
            // ASCII needs no validation; anything else must be valid UTF-8 (never repaired).
            text = Self.isASCII(utf8) ? String(decoding: utf8, as: UTF8.self) : String(validating: utf8, as: UTF8.self)
        case .escapedString:
            text = try unescaped(node, key: key())
        default:
            throw mismatch(String.self, at: index, path: keys + [key()].compactMap { $0 })
        }
        guard let text else { throw corrupted("The string is not valid UTF-8.", key: key()) }
        return text
    }

    /// Whether every byte is below 0x80, eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= bytes.count {
            high |= UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    func bool(at index: Int, key: @autoclosure () -> (any CodingKey)?) throws -> Bool {
        switch nodes[index].kind {
        case .true: true
        case .false: false
        default: throw mismatch(Bool.self, at: index, path: keys + [key()].compactMap { $0 })
        }
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type, at index: Int, key: @autoclosure () -> (any CodingKey)?) throws
        -> T
    {
        let node = nodes[index]
        guard node.kind == .number else { throw mismatch(T.self, at: index, path: keys + [key()].compactMap { $0 }) }
        var offset = Int(node.start)
        let negative = bytes[offset] == UInt8(ascii: "-")
        if negative { offset += 1 }
        var magnitude: UInt64 = 0
        while offset < Int(node.end) {
            let digit = bytes[offset] &- UInt8(ascii: "0")
            guard digit < 10 else {
                // A fraction or an exponent: accepted when the number is a whole one.
                guard let value = Double(text(of: node)), let exact = T(exactly: value) else { break }
                return exact
            }
            let (times10, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflow, !carry else { break }
            magnitude = sum
            offset += 1
        }
        if offset == Int(node.end) {
            if !negative, let value = T(exactly: magnitude) { return value }
            if negative, magnitude <= UInt64(Int64.max) + 1,
                let value = T(exactly: magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude))
            {
                return value
            }
        }
        throw corrupted("Parsed JSON number <\(text(of: node))> does not fit in \(T.self).", key: key())
    }

    func floatingPoint<T: LosslessStringConvertible>(
        _ type: T.Type, at index: Int, key: @autoclosure () -> (any CodingKey)?
    ) throws -> T {
        let node = nodes[index]
        guard node.kind == .number else { throw mismatch(T.self, at: index, path: keys + [key()].compactMap { $0 }) }
        guard let value = T(text(of: node)) else {
            throw corrupted("Parsed JSON number <\(text(of: node))> does not fit in \(T.self).", key: key())
        }
        return value
    }

    private func text(of node: JSONNode) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)]), as: UTF8.self)
    }

    /// The text of a string with escapes; the tape checked their form already.
    private func unescaped(_ node: JSONNode, key: @autoclosure () -> (any CodingKey)?) throws -> String? {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(Int(node.end - node.start))
        var offset = Int(node.start)
        func hex(_ at: Int) -> UInt32 { (0..<4).reduce(0) { $0 << 4 | JSONTape.hexValue(bytes[at + $1])! } }
        while offset < Int(node.end) {
            let byte = bytes[offset]
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                offset += 1
                continue
            }
            let escape = bytes[offset + 1]
            offset += 2
            switch escape {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex(offset)
                offset += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard offset + 6 <= Int(node.end), bytes[offset] == UInt8(ascii: "\\"),
                        bytes[offset + 1] == UInt8(ascii: "u"), case let low = hex(offset + 2),
                        (0xDC00..<0xE000).contains(low)
                    else { throw corrupted("Unpaired UTF-16 surrogate in a string.", key: key()) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    offset += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw corrupted("Unpaired UTF-16 surrogate in a string.", key: key())
                }
                utf8.append(contentsOf: UTF8.encode(unicode)!)
            default: utf8.append(escape)
            }
        }
        return String(validating: utf8, as: UTF8.self)
    }

    // MARK: Errors

    func mismatch(_ type: Any.Type, at index: Int, path: [any CodingKey]) -> DecodingError {
        if nodes[index].kind == .null {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Expected \(type) but found null."))
        }
        return .typeMismatch(
            type,
            .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(nodes[index].kind)."))
    }

    func corrupted(_ description: String, key: @autoclosure () -> (any CodingKey)?) -> DecodingError {
        .dataCorrupted(.init(codingPath: keys + [key()].compactMap { $0 }, debugDescription: description))
    }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool { nodes[node].kind == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try bool(at: node, key: nil) }
    func decode(_ type: String.Type) throws -> String { try string(at: node, key: nil) }
    func decode(_ type: Double.Type) throws -> Double { try floatingPoint(type, at: node, key: nil) }
    func decode(_ type: Float.Type) throws -> Float { try floatingPoint(type, at: node, key: nil) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type, at: node, key: nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type, at: node, key: nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type, at: node, key: nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type, at: node, key: nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type, at: node, key: nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type, at: node, key: nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type, at: node, key: nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type, at: node, key: nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type, at: node, key: nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type, at: node, key: nil) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}
