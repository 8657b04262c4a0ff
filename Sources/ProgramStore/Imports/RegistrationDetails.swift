import Foundation
import Program

/// What a registration says of a person, opened: what a row of an import must repeat to be the
/// same registration. The e-mail address is compared without case.
struct RegistrationDetails: Equatable {
    var name: String
    var email: String?
    var phone: String?
    var category: AttendeeCategory
    var municipality: String?
    var ageGroup: AgeGroup?
    var parentConsent: String?
    var date: Day

    /// The details of a registration whose personal data is open; `nil` once it was forgotten.
    init?(_ registration: RegistrationReceived) {
        guard let contact = registration.contact.value else { return nil }
        var parentConsent: String?
        if let consent = registration.consent {
            guard let parent = consent.parentName.value else { return nil }
            parentConsent = parent
        }
        name = contact.name
        email = contact.email.map(Self.emailKey)
        phone = contact.phone
        category = registration.category
        municipality = registration.municipality
        ageGroup = registration.ageGroup
        self.parentConsent = parentConsent
        date = registration.date
    }

    /// An e-mail address as compared: trimmed, without case.
    static func emailKey(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The columns (as an import names them) in which `other` says something else.
    func differences(from other: RegistrationDetails) -> [String] {
        [
            ("name", name == other.name), ("phone", phone == other.phone), ("category", category == other.category),
            ("municipality", municipality == other.municipality), ("age-group", ageGroup == other.ageGroup),
            ("parent-consent", parentConsent == other.parentConsent), ("date", date == other.date),
        ].filter { !$0.1 }.map(\.0)
    }
}
