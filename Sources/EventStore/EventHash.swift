/// A SHA-256 digest stored inline (no allocation).
///
/// Four 64-bit words, not a `SIMD32<UInt8>`: a 32-byte-aligned value held across an `await`
/// was seen to corrupt memory with Swift 6.3, and a head is held across awaits in programd.
public struct EventHash: Sendable, Hashable, CustomStringConvertible {
    private var storage: (UInt64, UInt64, UInt64, UInt64)

    /// 32 zero bytes: the chain hash before the first event.
    public static let zero = EventHash(storage: (0, 0, 0, 0))

    private init(storage: (UInt64, UInt64, UInt64, UInt64)) { self.storage = storage }

    /// Reads 32 bytes; returns `nil` for any other length.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &storage) { out in
            for (index, byte) in bytes.enumerated() { out[index] = byte }
        }
        self.storage = storage
    }

    /// Reads 32 bytes from a raw buffer; returns `nil` for any other length.
    package init?(raw: UnsafeRawBufferPointer) {
        guard raw.count == 32 else { return nil }
        var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: raw) }
        self.storage = storage
    }

    public static func == (lhs: EventHash, rhs: EventHash) -> Bool {
        lhs.storage.0 == rhs.storage.0 && lhs.storage.1 == rhs.storage.1 && lhs.storage.2 == rhs.storage.2
            && lhs.storage.3 == rhs.storage.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
        hasher.combine(storage.2)
        hasher.combine(storage.3)
    }

    /// Parses 64 hexadecimal digits.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        var index = 0
        while index < 64 {
            guard let high = Self.nibble(utf8[index]), let low = Self.nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(bytes: bytes)
    }

    /// The 32 bytes.
    public var bytes: [UInt8] { Swift.withUnsafeBytes(of: storage) { Array($0) } }

    /// Calls `body` with the 32 bytes, without copying them to the heap.
    public func withUnsafeBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try Swift.withUnsafeBytes(of: storage, body)
    }

    /// Lowercase hexadecimal, 64 digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        withUnsafeBytes { bytes in
            for byte in bytes {
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }

    /// Whether these are the same 32 bytes as `raw`.
    func equals(_ raw: UnsafeRawBufferPointer) -> Bool {
        guard raw.count == 32 else { return false }
        return Swift.withUnsafeBytes(of: storage) { $0.elementsEqual(raw) }
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension EventHash: Codable {
    /// Encodes as 64 lowercase hexadecimal digits.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let hash = EventHash(hex: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected 64 hexadecimal digits")
        }
        self = hash
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}
