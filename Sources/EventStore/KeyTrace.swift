import Crypto
import Foundation

/// What the store keeps of a destroyed subject key: enough to recognise its bytes in a file, never
/// the key itself.
///
/// Two hashes of the key's 32 bytes: a 64-bit polynomial fingerprint, which a scan rolls along a
/// file to find candidate windows at any offset in one pass, and SHA-256, which confirms a
/// candidate. Neither gives the key back: the fingerprint leaves 192 of its 256 bits unknown.
package struct KeyTrace: Sendable {
    package var subject: String
    package var fingerprint: UInt64
    package var digest: [UInt8]

    /// The width of a key, and of the window the fingerprint rolls along.
    static let width = 32
    private static let base: UInt64 = 0x0000_0100_0000_01B3
    /// `base` to the power `width - 1`: what the oldest byte of a window was multiplied by.
    private static let outgoing: UInt64 = (1..<width).reduce(1) { power, _ in power &* base }

    package init(subject: String, fingerprint: UInt64, digest: [UInt8]) {
        self.subject = subject
        self.fingerprint = fingerprint
        self.digest = digest
    }

    /// The trace of `key`, a subject's 32 key bytes.
    package init(subject: String, key: UnsafeRawBufferPointer) {
        self.init(subject: subject, fingerprint: Self.fingerprint(key), digest: Array(SHA256.hash(data: key)))
    }

    /// The polynomial hash of a window of ``width`` bytes.
    static func fingerprint(_ window: UnsafeRawBufferPointer) -> UInt64 {
        window.reduce(0) { $0 &* base &+ UInt64($1) }
    }

    /// The subjects of `traces` whose key's bytes lie anywhere in `bytes`.
    static func found(_ traces: [KeyTrace], in bytes: UnsafeRawBufferPointer) -> Set<String> {
        guard bytes.count >= width, !traces.isEmpty else { return [] }
        let candidates = Dictionary(grouping: traces, by: \.fingerprint)
        // A bit per top 16 bits of a fingerprint: most windows are passed over without a lookup.
        var filter = [UInt64](repeating: 0, count: 1024)
        for fingerprint in candidates.keys { filter[Int(fingerprint >> 54)] |= 1 << ((fingerprint >> 48) & 63) }
        var found = Set<String>()
        var hash = fingerprint(UnsafeRawBufferPointer(rebasing: bytes[0..<width]))
        var start = 0
        while true {
            if filter[Int(hash >> 54)] & (1 << ((hash >> 48) & 63)) != 0, let matching = candidates[hash] {
                let digest = Array(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + width)])))
                for trace in matching where trace.digest == digest { found.insert(trace.subject) }
            }
            let next = start + width
            guard next < bytes.count else { return found }
            hash = (hash &- UInt64(bytes[start]) &* outgoing) &* base &+ UInt64(bytes[next])
            start += 1
        }
    }
}

extension Connection {
    /// Keeps the trace of the subject's key, read before it is destroyed at `time` (a timestamp).
    func storeTrace(of subject: String, at time: String) throws(SQLiteError) {
        let select = try statement("SELECT key FROM subject_keys WHERE subject = ?")
        defer { select.reset() }
        select.bind(1, subject)
        guard try select.step() else { return }
        let trace = select.withBytes(0) { KeyTrace(subject: subject, key: $0) }
        let insert = try statement(
            "INSERT OR REPLACE INTO destroyed_keys (subject, fingerprint, digest, destroyed_at) VALUES (?, ?, ?, ?)")
        insert.bind(1, subject)
        insert.bind(2, Int64(bitPattern: trace.fingerprint))
        trace.digest.withUnsafeBytes { insert.bind(3, bytes: $0) }
        insert.bind(4, time)
        try insert.run()
    }

    /// The traces of every key destroyed in this store.
    func keyTraces() throws(SQLiteError) -> [KeyTrace] {
        let statement = try statement("SELECT subject, fingerprint, digest FROM destroyed_keys ORDER BY subject")
        defer { statement.reset() }
        var traces: [KeyTrace] = []
        while try statement.step() {
            traces.append(
                KeyTrace(
                    subject: statement.text(0), fingerprint: UInt64(bitPattern: statement.int64(1)),
                    digest: statement.withBytes(2) { Array($0) }))
        }
        return traces
    }
}
