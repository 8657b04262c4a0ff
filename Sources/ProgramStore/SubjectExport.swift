import EventStore
import Foundation
import Program

/// A person's own data, for a data-access request (inzageverzoek): every record that holds
/// personal data of the subject, opened with the subject's key.
public struct SubjectExport: Sendable, Encodable {
    public var subject: String
    /// Whether the subject's data was erased (then the personal fields read "forgotten").
    public var forgotten: Bool
    public var records: [Record]

    /// One record about the subject: what it is, when it was recorded, and its fields.
    public struct Record: Sendable, Encodable {
        public var position: Int64
        public var type: String
        public var recordedAt: String
        public var fields: [String: String]
    }
}

extension ProgrammeStore {
    /// Gathers everything the log holds about `subject`, personal data opened.
    public func export(subject: SubjectID) throws -> SubjectExport {
        let state = try currentState().state
        let keys = StoreKeys(store: log)
        var records: [SubjectExport.Record] = []
        try log.scan { stored in
            let event = try Self.decode(stored)
            guard let fields = Self.fields(of: event, subject: subject, state: state, keys: keys) else { return }
            records.append(
                SubjectExport.Record(
                    position: stored.position, type: stored.type, recordedAt: stored.metadata.recordedAtText,
                    fields: fields))
        }
        return SubjectExport(
            subject: subject.rawValue, forgotten: state.forgottenSubjects.contains(subject), records: records)
    }

    /// The fields of an event that concern the subject, or `nil` when it does not concern them.
    private static func fields(
        of event: ProgramEvent, subject: SubjectID, state: ProgrammeState, keys: StoreKeys
    ) -> [String: String]? {
        func open<T>(_ sealed: Sealed<T>) -> T? { sealed.opened(with: keys).value }
        switch event {
        case .memberJoined(let e):
            guard e.name.subject == subject else { return nil }
            return [
                "member": e.member.rawValue, "name": open(e.name) ?? "forgotten",
                "constituency": e.constituency.kind.rawValue,
                "date": e.date.iso,
            ]
        case .registrationReceived(let e):
            guard e.subject == subject else { return nil }
            let contact = open(e.contact)
            let registration = state.registration(e.registration)?.1
            return [
                "registration": e.registration.rawValue, "conference": e.conference.rawValue,
                "category": e.category.rawValue, "name": contact?.name ?? "forgotten", "email": contact?.email ?? "",
                "phone": contact?.phone ?? "", "municipality": e.municipality ?? "",
                "ageGroup": e.ageGroup?.rawValue ?? "",
                "parentConsentBy": e.consent.map { open($0.parentName) ?? "forgotten" } ?? "",
                "date": e.date.iso, "status": registration?.status.rawValue ?? "",
                "checkedIn": registration?.checkedIn?.iso ?? "",
            ]
        case .inputCollected(let e):
            guard e.quote?.text.subject == subject else { return nil }
            return [
                "input": e.input.rawValue, "pillar": String(e.pillar), "date": e.date.iso, "summary": e.summary,
                "quote": e.quote.flatMap { open($0.text) } ?? "forgotten",
            ]
        case .bodyMemberJoined(let e):
            guard e.name.subject == subject else { return nil }
            return [
                "bodyMember": e.member.rawValue, "body": e.body.rawValue, "name": open(e.name) ?? "forgotten",
                "constituency": e.constituency.kind.rawValue, "date": e.date.iso,
            ]
        // The events without personal data.
        case .programmeDefined, .memberLeft, .decisionRecorded, .decisionAmended, .decisionRevoked,
            .planVersionDrafted, .planSubmitted, .planDecided, .goalAdded, .goalAdjusted, .measurementRecorded,
            .conferenceScheduled, .registrationCancelled, .registrationPromoted, .attendeeCheckedIn, .inputTakenUp,
            .inputDeclined, .feedbackGiven, .subsidyAwarded, .trancheReceived, .expenditureBooked,
            .accountabilitySubmitted, .subsidySettled, .subjectForgotten, .subjectDataExported, .reportPublished,
            .bodyEstablished, .bodyMemberLeft, .adviceRequested, .adviceGiven, .adviceResponded,
            .bindingAdviceCarriedOut, .adviceResponseReacted:
            return nil
        }
    }
}
