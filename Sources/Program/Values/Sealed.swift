import Foundation

/// Personal data in an event, stored only as ciphertext sealed with its subject's key.
///
/// A command carries the plain value; when the event is encoded for the log, the encoder's
/// ``PersonalDataSealer`` seals it, so plain personal data never reaches an event payload. Read
/// back, it is ``Content/sealed(_:)`` until opened with the subject's key, and
/// ``Content/forgotten`` once that key was destroyed.
///
/// In JSON: `{"subject":"P12","sealed":"<base64 of nonce ‖ ciphertext ‖ tag>"}`.
public struct Sealed<Value: Codable & Sendable & Hashable>: Sendable, Hashable, Codable {
    public var subject: SubjectID
    public var content: Content

    public enum Content: Sendable, Hashable {
        /// In memory only: before sealing, or after opening.
        case plain(Value)
        /// As stored: base64 of `nonce ‖ ciphertext ‖ tag`, decoded only when opened.
        case sealed(String)
        /// The subject's key was destroyed: the value is gone for good.
        case forgotten
    }

    public init(_ value: Value, subject: SubjectID) {
        self.subject = subject
        self.content = .plain(value)
    }

    /// A value as stored: base64 of `nonce ‖ ciphertext ‖ tag`.
    public init(subject: SubjectID, sealed: String) {
        self.subject = subject
        self.content = .sealed(sealed)
    }

    /// The plain value, if this is open.
    public var value: Value? {
        if case .plain(let value) = content { return value }
        return nil
    }

    /// Opens the sealed value with `keys`; ``Content/forgotten`` when the subject has no key.
    public func opened(with keys: any PersonalDataKeys) -> Sealed {
        guard case .sealed(let text) = content else { return self }
        var copy = self
        guard let data = Data(base64Encoded: text), let plaintext = keys.open(data, subject: subject),
            let value = try? JSONDecoder().decode(Value.self, from: plaintext)
        else {
            copy.content = .forgotten
            return copy
        }
        copy.content = .plain(value)
        return copy
    }

    private enum CodingKeys: String, CodingKey {
        case subject, sealed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            subject: try container.decode(SubjectID.self, forKey: .subject),
            sealed: try container.decode(String.self, forKey: .sealed))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject, forKey: .subject)
        // Masked: only whose data it is, for comparing events whatever their personal data.
        if encoder.userInfo[.personalDataMasked] as? Bool == true { return }
        let sealed: String
        switch content {
        case .sealed(let text):
            sealed = text
        case .plain(let value):
            guard let sealer = encoder.userInfo[.personalDataSealer] as? any PersonalDataSealer else {
                throw EncodingError.invalidValue(
                    value, .init(codingPath: encoder.codingPath, debugDescription: "personal data must be sealed"))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            sealed = try sealer.seal(try encoder.encode(value), subject: subject).base64EncodedString()
        case .forgotten:
            throw EncodingError.invalidValue(
                subject, .init(codingPath: encoder.codingPath, debugDescription: "forgotten data cannot be stored"))
        }
        try container.encode(sealed, forKey: .sealed)
    }
}

/// Seals personal data for a subject (AES-GCM with the subject's key, in the store).
public protocol PersonalDataSealer: Sendable {
    func seal(_ plaintext: Data, subject: SubjectID) throws -> Data
}

/// Opens sealed personal data; `nil` when the subject's key is gone.
public protocol PersonalDataKeys {
    func open(_ sealed: Data, subject: SubjectID) -> Data?
}

extension CodingUserInfoKey {
    /// Where an encoder finds its ``PersonalDataSealer``.
    public static let personalDataSealer = CodingUserInfoKey(rawValue: "personalDataSealer")!
    /// `true`: personal data is written as its subject alone, sealed or not (see
    /// ``JSONEncoder/eventsWithoutPersonalData()``).
    public static let personalDataMasked = CodingUserInfoKey(rawValue: "personalDataMasked")!
}
