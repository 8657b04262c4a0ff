/// One JSON value of a parsed document. Nodes are stored in document order: an object is
/// followed by its members (a key node, then the value's nodes), an array by its elements.
struct JSONNode {
    enum Kind: UInt8 {
        case object, array, string, escapedString, number, `true`, `false`, null
    }

    var kind: Kind
    /// Offset of the value's first byte; for strings, the first byte after the opening quote.
    var start: Int32
    /// Offset after the value's last byte; for strings, the offset of the closing quote.
    var end: Int32
    /// Index of the first node after this value and everything in it.
    var next: Int32
}

/// A JSON text that is not valid JSON (RFC 8259), with the byte offset where reading stopped.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public var offset: Int

    public var description: String { "invalid JSON at byte \(offset): \(reason)" }
}

/// A JSON document parsed into a flat list of nodes in one pass, without building values:
/// decoding then reads only the nodes it asks for, straight from the bytes.
struct JSONTape {
    private(set) var nodes: [JSONNode] = []
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var depth = 0

    static let maximumDepth = 256

    /// Parses `bytes`, which must hold exactly one JSON value (with optional white space around
    /// it), into `nodes`, replacing what they held (their storage is reused).
    static func parse(_ bytes: UnsafeRawBufferPointer, into nodes: inout [JSONNode]) throws(JSONSyntaxError) {
        guard bytes.count < Int(Int32.max) else { throw JSONSyntaxError(reason: "document too large", offset: 0) }
        var tape = JSONTape(bytes: bytes)
        nodes.removeAll(keepingCapacity: true)
        swap(&tape.nodes, &nodes)
        defer { swap(&tape.nodes, &nodes) }
        try tape.value()
        tape.skipWhiteSpace()
        guard tape.offset == bytes.count else { throw tape.error("unexpected text after the value") }
    }

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private func error(_ reason: String) -> JSONSyntaxError { JSONSyntaxError(reason: reason, offset: offset) }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhiteSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONSyntaxError) {
        skipWhiteSpace()
        guard let byte = current else { throw error("expected a value") }
        switch byte {
        case UInt8(ascii: "{"): try container(close: UInt8(ascii: "}"), kind: .object)
        case UInt8(ascii: "["): try container(close: UInt8(ascii: "]"), kind: .array)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true", .true)
        case UInt8(ascii: "f"): try literal("false", .false)
        case UInt8(ascii: "n"): try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw error("expected a value")
        }
    }

    private mutating func container(close: UInt8, kind: JSONNode.Kind) throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("nested more than \(Self.maximumDepth) levels deep") }
        let index = nodes.count
        nodes.append(JSONNode(kind: kind, start: Int32(offset), end: 0, next: 0))
        offset += 1
        skipWhiteSpace()
        if current == close {
            offset += 1
        } else {
            while true {
                if kind == .object {
                    skipWhiteSpace()
                    guard current == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
                    try string()
                    skipWhiteSpace()
                    guard current == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
                    offset += 1
                }
                try value()
                skipWhiteSpace()
                guard let byte = current else { throw error("unterminated \(kind == .object ? "object" : "array")") }
                offset += 1
                if byte == close { break }
                guard byte == UInt8(ascii: ",") else {
                    throw error("expected ',' or '\(Character(Unicode.Scalar(close)))'")
                }
            }
        }
        nodes[index].end = Int32(offset)
        nodes[index].next = Int32(nodes.count)
        depth -= 1
    }

    private mutating func string() throws(JSONSyntaxError) {
        offset += 1
        let start = offset
        var kind = JSONNode.Kind.string
        while true {
            skipPlainText()
            while offset < bytes.count, bytes[offset] >= 0x20, bytes[offset] != UInt8(ascii: "\""),
                bytes[offset] != UInt8(ascii: "\\")
            {
                offset += 1
            }
            guard let byte = current else { throw error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                nodes.append(
                    JSONNode(kind: kind, start: Int32(start), end: Int32(offset), next: Int32(nodes.count + 1)))
                offset += 1
                return
            case UInt8(ascii: "\\"):
                kind = .escapedString
                offset += 1
                guard let escaped = current else { throw error("unterminated string") }
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    offset += 1
                case UInt8(ascii: "u"):
                    guard offset + 4 < bytes.count, (1...4).allSatisfy({ Self.hexValue(bytes[offset + $0]) != nil })
                    else { throw error("\\u must be followed by four hex digits") }
                    offset += 5
                default:
                    throw error("unknown escape '\\\(Character(Unicode.Scalar(escaped)))'")
                }
            case 0..<0x20:
                throw error("control character in a string")
            default:
                offset += 1
            }
        }
    }

    /// Skips eight bytes at a time while none of them is a quote, a backslash or a control
    /// character (a word-at-a-time test: existence is exact, and the byte loop takes over).
    private mutating func skipPlainText() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
                || (word &- ones &* 0x20) & ~word & highBits != 0
            {
                return
            }
            offset += 8
        }
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONNode.Kind) throws(JSONSyntaxError) {
        let start = offset
        let length = word.utf8CodeUnitCount
        guard offset + length <= bytes.count,
            (0..<length).allSatisfy({ bytes[offset + $0] == word.utf8Start[$0] })
        else { throw error("expected a value") }
        offset += length
        nodes.append(JSONNode(kind: kind, start: Int32(start), end: Int32(offset), next: Int32(nodes.count + 1)))
    }

    private mutating func number() throws(JSONSyntaxError) {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
        } else {
            guard digits() > 0 else { throw error("expected a digit") }
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw error("expected a digit after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        nodes.append(JSONNode(kind: .number, start: Int32(start), end: Int32(offset), next: Int32(nodes.count + 1)))
    }

    private mutating func digits() -> Int {
        let start = offset
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
        return offset - start
    }

    /// The value of a hex digit, or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
