import Foundation
import TestSupport
import Testing

@testable import EventStore

@Suite("Subject keys (crypto-shredding)")
struct SubjectKeyTests {
    @Test("sealed data opens with its subject's key, and not for another subject")
    func sealAndOpen() throws {
        let key = SubjectKey.generate()
        let sealed = try key.seal(Data("Anna de Vries".utf8), subject: "subject-1")
        #expect(try key.open(sealed, subject: "subject-1") == Data("Anna de Vries".utf8))
        #expect(throws: (any Error).self) { try key.open(sealed, subject: "subject-2") }
        #expect(throws: (any Error).self) { try SubjectKey.generate().open(sealed, subject: "subject-1") }
    }

    @Test("a destroyed key is gone from every file of the store, and the log still verifies")
    func destroyedKeyLeavesNoTrace() async throws {
        try await withStore { store, directory in
            let key = SubjectKey.generate()
            let secret = "Anna de Vries, 06-12345678"
            try store.write { transaction in
                try transaction.storeSubjectKey(key, for: "subject-1")
                let sealed = try key.seal(Data(secret.utf8), subject: "subject-1")
                _ = try transaction.append(
                    [NewEvent(type: "Registered", payload: sealed)], to: "s", expecting: .any, metadata: metadata)
            }
            let raw = try #require(try store.subjectKey("subject-1")).rawBytes
            #expect(try filesContain(raw, in: directory))
            let destroyed = try store.write { transaction in
                let destroyed = try transaction.destroySubjectKey("subject-1")
                _ = try transaction.append(
                    [NewEvent(type: "Forgotten", payload: payload("subject-1"))], to: "s", expecting: .any,
                    metadata: metadata)
                return destroyed
            }
            #expect(destroyed)
            #expect(try store.purgeFreedPages())
            #expect(try store.subjectKey("subject-1") == nil)
            #expect(try !filesContain(raw, in: directory))
            #expect(try !filesContain(Array(secret.utf8), in: directory))
            #expect(try store.verify().isIntact)
        }
    }

    @Test("a destroyed key's trace finds its bytes at any offset, and nothing but them")
    func traceFindsTheKeyAnywhere() throws {
        let key = SubjectKey.generate().rawBytes
        let trace = key.withUnsafeBytes { KeyTrace(subject: "subject-1", key: $0) }
        var random = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        for offset in [0, 1, 31, 2000, noise.count - 1, noise.count] {
            let bytes = Array(noise[..<offset]) + key + Array(noise[offset...])
            #expect(bytes.withUnsafeBytes { KeyTrace.found([trace], in: $0) } == ["subject-1"], "at \(offset)")
        }
        // One byte changed is not the key; nor is the key cut short at the end.
        var changed = noise + key
        changed[noise.count + 16] ^= 1
        #expect(changed.withUnsafeBytes { KeyTrace.found([trace], in: $0) }.isEmpty)
        #expect((noise + key.dropLast()).withUnsafeBytes { KeyTrace.found([trace], in: $0) }.isEmpty)
    }

    private func filesContain(_ needle: [UInt8], in directory: TemporaryDirectory) throws -> Bool {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).contains { name in
            let bytes = try Data(contentsOf: directory.url.appendingPathComponent(name))
            return bytes.range(of: Data(needle)) != nil
        }
    }
}
