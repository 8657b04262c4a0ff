import Foundation
import Synchronization

extension UUID {
    /// A time-ordered UUID (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits.
    ///
    /// Ids that grow with time keep the log's `event_id` index append-mostly, which keeps appends
    /// fast. The random bits come from a SplitMix64 sequence seeded once per process from the
    /// system's generator: unique with overwhelming probability, and no system call per id.
    public static func v7(at date: Date = Date()) -> UUID {
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        var uuid = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).uuid
        withUnsafeMutableBytes(of: &uuid) { bytes in
            bytes.storeBytes(of: (milliseconds << 16 | (nextRandom() & 0x0FFF) | 0x7000).bigEndian, as: UInt64.self)
            bytes.storeBytes(
                of: ((nextRandom() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000).bigEndian, toByteOffset: 8,
                as: UInt64.self)
        }
        return UUID(uuid: uuid)
    }

    /// The canonical lowercase text form, as the log stores it (`8-4-4-4-12` hexadecimal digits).
    public var lowercasedString: String {
        withLowercasedText { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the 36 bytes of ``lowercasedString``, without allocating them.
    func withLowercasedText<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        var text: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return try Swift.withUnsafeMutableBytes(of: &text) { out in
            withUnsafeBytes(of: uuid) { bytes in
                var cursor = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        out[cursor] = UInt8(ascii: "-")
                        cursor += 1
                    }
                    out[cursor] = hexDigit(byte >> 4)
                    out[cursor + 1] = hexDigit(byte & 0x0F)
                    cursor += 2
                }
            }
            return try body(UnsafeRawBufferPointer(rebasing: out[0..<36]))
        }
    }
}

private let randomState = Atomic<UInt64>(UInt64.random(in: .min ... .max))

/// SplitMix64 over a shared atomic counter.
private func nextRandom() -> UInt64 {
    var z = randomState.wrappingAdd(0x9E37_79B9_7F4A_7C15, ordering: .relaxed).newValue
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

extension UUID {
    /// Parses the `8-4-4-4-12` text form (either case) from raw bytes, without Foundation's scanner.
    init?(text: UnsafeRawBufferPointer) {
        guard text.count == 36 else { return nil }
        var uuid = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).uuid
        let parsed = withUnsafeMutableBytes(of: &uuid) { bytes -> Bool in
            var out = 0
            var index = 0
            while index < 36 {
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard text[index] == UInt8(ascii: "-") else { return false }
                    index += 1
                    continue
                }
                guard let high = hexValue(text[index]), let low = hexValue(text[index + 1]) else { return false }
                bytes[out] = high << 4 | low
                out += 1
                index += 2
            }
            return true
        }
        guard parsed else { return nil }
        self.init(uuid: uuid)
    }
}

private func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
}

private func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
    default: nil
    }
}
