import Crypto
import Foundation

/// A secret key for one data subject's personal data: crypto-shredding.
///
/// Personal data is stored in events only as ciphertext sealed with its subject's key. The keys
/// live in the `subject_keys` table, outside the append-only `events` table. Destroying a key
/// (``WriteTransaction/destroySubjectKey(_:)``) makes that subject's data unreadable everywhere
/// while every event, and so every hash, stays as it was.
public struct SubjectKey: Sendable {
    let key: SymmetricKey

    /// A new random 256-bit key.
    public static func generate() -> SubjectKey { SubjectKey(key: SymmetricKey(size: .bits256)) }

    init(key: SymmetricKey) { self.key = key }

    /// The key's bytes, for tests that look for them in files.
    package var rawBytes: [UInt8] { key.withUnsafeBytes { Array($0) } }

    package init?(raw: UnsafeRawBufferPointer) {
        guard raw.count == 32 else { return nil }
        key = SymmetricKey(data: raw)
    }

    /// AES-256-GCM: `nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes)`, bound to `subject`
    /// (the subject id is the authenticated data, so a sealed value cannot be moved to another subject).
    public func seal(_ plaintext: Data, subject: String) throws -> Data {
        try AES.GCM.seal(plaintext, using: key, authenticating: Data(subject.utf8)).combined!
    }

    /// Opens what ``seal(_:subject:)`` made; throws when it was not sealed with this key for this subject.
    public func open(_ sealed: Data, subject: String) throws -> Data {
        try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: key, authenticating: Data(subject.utf8))
    }
}

extension Connection {
    func subjectKey(_ subject: String) throws(SQLiteError) -> SubjectKey? {
        let statement = try statement("SELECT key FROM subject_keys WHERE subject = ?")
        defer { statement.reset() }
        statement.bind(1, subject)
        guard try statement.step() else { return nil }
        return statement.withBytes(0) { SubjectKey(raw: $0) }
    }
}

extension WriteTransaction {
    /// The subject's key, or `nil` when it has none (never had, or was destroyed).
    public func subjectKey(_ subject: String) throws -> SubjectKey? {
        try connection.subjectKey(subject)
    }

    /// Stores a new key for a subject that has none; committed with the transaction's events.
    public func storeSubjectKey(_ key: SubjectKey, for subject: String) throws {
        let statement = try connection.statement(
            "INSERT INTO subject_keys (subject, key, created_at) VALUES (?, ?, ?)")
        statement.bind(1, subject)
        key.key.withUnsafeBytes { statement.bind(2, bytes: $0) }
        statement.bind(3, Timestamp.format(clock()))
        try statement.run()
    }

    /// Destroys the subject's key (its bytes are overwritten: `secure_delete` is on), keeping only
    /// its ``KeyTrace`` to confirm later that its bytes are gone. Returns whether there was one.
    /// Call ``EventStore/purgeFreedPages()`` after the commit to also clear the old page from the
    /// write-ahead log.
    @discardableResult
    public func destroySubjectKey(_ subject: String) throws -> Bool {
        try connection.storeTrace(of: subject, at: Timestamp.format(clock()))
        let statement = try connection.statement("DELETE FROM subject_keys WHERE subject = ?")
        statement.bind(1, subject)
        try statement.run()
        return connection.changes > 0
    }
}

extension EventStore {
    /// The subject's key, or `nil` when it has none (never had, or was destroyed).
    public func subjectKey(_ subject: String) throws -> SubjectKey? {
        try reading { try $0.subjectKey(subject) }
    }
}
