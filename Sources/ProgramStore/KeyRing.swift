import EventStore
import Foundation
import Program

/// The subject keys one write needs: it seals personal data while encoding events.
struct KeyRing: PersonalDataSealer {
    let keys: [SubjectID: SubjectKey]

    func seal(_ plaintext: Data, subject: SubjectID) throws -> Data {
        guard let key = keys[subject] else { throw MissingSubjectKey(subject: subject) }
        return try key.seal(plaintext, subject: subject.rawValue)
    }

    /// The keys of `subjects` in the transaction's store, creating (and storing) the missing ones.
    static func prepare<Transaction: LogTransaction & ~Copyable>(
        _ subjects: [SubjectID], in transaction: inout Transaction
    ) throws -> KeyRing {
        var keys: [SubjectID: SubjectKey] = [:]
        for subject in subjects where keys[subject] == nil {
            if let key = try transaction.subjectKey(subject.rawValue) {
                keys[subject] = key
            } else {
                let key = SubjectKey.generate()
                try transaction.storeSubjectKey(key, for: subject.rawValue)
                keys[subject] = key
            }
        }
        return KeyRing(keys: keys)
    }
}

extension KeyRing: PersonalDataKeys {
    /// The keys that `subjects` have in the transaction's store; a forgotten subject has none.
    static func existing<Transaction: LogTransaction & ~Copyable>(
        _ subjects: [SubjectID], in transaction: inout Transaction
    ) throws -> KeyRing {
        var keys: [SubjectID: SubjectKey] = [:]
        for subject in subjects where keys[subject] == nil {
            keys[subject] = try transaction.subjectKey(subject.rawValue)
        }
        return KeyRing(keys: keys)
    }

    func open(_ sealed: Data, subject: SubjectID) -> Data? {
        try? keys[subject]?.open(sealed, subject: subject.rawValue)
    }
}

/// A subject's data was to be sealed without a key: a defect, never a user error.
struct MissingSubjectKey: Error, CustomStringConvertible {
    var subject: SubjectID
    var description: String { "no key to seal personal data of \(subject)" }
}

/// Opens sealed personal data with the keys in a store.
public struct StoreKeys: PersonalDataKeys {
    let store: any EventLog

    public init(store: any EventLog) { self.store = store }

    public func open(_ sealed: Data, subject: SubjectID) -> Data? {
        guard let key = try? store.subjectKey(subject.rawValue) else { return nil }
        return try? key.open(sealed, subject: subject.rawValue)
    }
}
