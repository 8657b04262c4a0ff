/// Where a tile of the log is (c2sp.org/tlog-tiles): a hash tile at a level, or an entry bundle;
/// its index; and its width, 256 for a full tile and 1 to 255 for a partial one.
///
/// ```
/// tile/0/000            the first 256 leaf hashes
/// tile/1/000.p/3        3 hashes, each the root of 256 leaves
/// tile/entries/x001/234.p/17
/// ```
public struct TileAddress: Sendable, Hashable, CustomStringConvertible {
    /// The hashes at a level (0: leaf hashes), or the entries themselves.
    public enum Kind: Sendable, Hashable {
        case hashes(level: Int)
        case entries
    }

    public var kind: Kind
    public var index: Int64
    public var width: Int

    /// The hashes or entries in a full tile.
    public static let fullWidth = 256
    /// The highest level the format allows.
    public static let maximumLevel = 63

    public init(kind: Kind, index: Int64, width: Int = fullWidth) {
        self.kind = kind
        self.index = index
        self.width = width
    }

    public var isFull: Bool { width == Self.fullWidth }

    /// The level whose hashes it holds, or whose leaves an entry bundle hashes to (0).
    public var level: Int {
        switch kind {
        case .hashes(let level): level
        case .entries: 0
        }
    }

    /// The path below the log's prefix: `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`, the
    /// index in 3-digit elements, all but the last starting with `x`.
    public var path: String {
        var digits: [String] = []
        var rest = index
        repeat {
            let element = String(rest % 1000)
            digits.insert(
                (digits.isEmpty ? "" : "x") + String(repeating: "0", count: 3 - element.count) + element, at: 0)
            rest /= 1000
        } while rest > 0
        let name =
            switch kind {
            case .hashes(let level): String(level)
            case .entries: "entries"
            }
        return "tile/\(name)/" + digits.joined(separator: "/") + (isFull ? "" : ".p/\(width)")
    }

    public var description: String { path }

    /// Reads a path below the log's prefix; throws ``CheckpointError`` naming the rule it breaks.
    public init(path: some StringProtocol) throws {
        var elements = path.split(separator: "/", omittingEmptySubsequences: false)
        guard elements.count >= 3, elements[0] == "tile" else {
            throw CheckpointError("a tile's path is tile/<level or entries>/<index>[.p/<width>]")
        }
        let name = elements[1]
        if name == "entries" {
            kind = .entries
        } else if let level = Int64(treeSize: name), level <= Self.maximumLevel {
            kind = .hashes(level: Int(level))
        } else {
            throw CheckpointError(
                "a tile's level is 'entries' or a decimal number from 0 to \(Self.maximumLevel) without leading zeros, not '\(name)'"
            )
        }
        elements.removeFirst(2)
        width = Self.fullWidth
        if elements.count >= 2, elements[elements.count - 2].hasSuffix(".p") {
            guard let width = Int64(treeSize: elements.removeLast()), (1..<Int64(Self.fullWidth)).contains(width) else {
                throw CheckpointError("a partial tile's width is a decimal number from 1 to 255 without leading zeros")
            }
            self.width = Int(width)
            elements[elements.count - 1].removeLast(2)
        }
        let rule =
            "a tile's index is written in 3-digit elements, all but the last starting with 'x' (1234067: x001/x234/067)"
        var index: Int64 = 0
        for (offset, element) in elements.enumerated() {
            let isLast = offset == elements.count - 1
            let digits = isLast ? element[...] : element.dropFirst()
            guard isLast || element.first == "x", digits.count == 3,
                digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                let value = Int64(digits)
            else { throw CheckpointError(rule) }
            let (shifted, overflow) = index.multipliedReportingOverflow(by: 1000)
            guard !overflow, shifted <= Int64.max - value else { throw CheckpointError(rule) }
            index = shifted + value
        }
        // One encoding per index: no leading element of zeros.
        guard elements.count == 1 || elements[0] != "x000" else { throw CheckpointError(rule) }
        self.index = index
    }

    /// The tiles of a tree of `size` leaves: every full tile, and at each level the partial one its
    /// size leaves (none where it would be empty), level by level from 0; the entry bundles beside
    /// level 0's.
    public static func tiles(ofTreeSize size: Int64) -> [TileAddress] {
        var tiles: [TileAddress] = []
        var count = size
        var level = 0
        while count > 0 {
            for index in 0..<count / Int64(fullWidth) {
                tiles.append(TileAddress(kind: .hashes(level: level), index: index))
                if level == 0 { tiles.append(TileAddress(kind: .entries, index: index)) }
            }
            let rest = Int(count % Int64(fullWidth))
            if rest > 0 {
                let index = count / Int64(fullWidth)
                tiles.append(TileAddress(kind: .hashes(level: level), index: index, width: rest))
                if level == 0 { tiles.append(TileAddress(kind: .entries, index: index, width: rest)) }
            }
            count /= Int64(fullWidth)
            level += 1
        }
        return tiles
    }

    /// The leaves of the tree this tile covers, 0-based — `index × 256 × 256^level` on, `width ×
    /// 256^level` of them — and how many each of its hashes covers; `nil` beyond 64 bits.
    public var leaves: (range: Range<Int64>, perHash: Int64)? {
        var perHash: Int64 = 1
        for _ in 0..<level {
            guard perHash <= Int64.max / Int64(Self.fullWidth) else { return nil }
            perHash *= Int64(Self.fullWidth)
        }
        let (first, overflow) = index.multipliedReportingOverflow(by: Int64(Self.fullWidth))
        let (start, overflow2) = first.multipliedReportingOverflow(by: perHash)
        let (count, overflow3) = Int64(width).multipliedReportingOverflow(by: perHash)
        guard !overflow, !overflow2, !overflow3, start <= Int64.max - count else { return nil }
        return (start..<start + count, perHash)
    }
}
