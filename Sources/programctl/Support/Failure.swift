import ArgumentParser
import EventStore
import Foundation
import Program
import ProgramStore

/// A problem with the command line that argument-parser cannot see, e.g. an unreadable file.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A failure already reported with its exit status (e.g. a verification that failed).
struct Reported: Error {
    var status: ExitStatus
}

/// Runs a command's body; every failure becomes one clear message on standard error and its exit code.
func perform(_ global: GlobalOptions, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let reported as Reported {
        throw reported.status.code
    } catch {
        let (status, kind, message) = classify(error, path: global.path)
        if global.json {
            var object: [String: Any] = ["error": ["kind": kind, "message": message], "exitCode": status.rawValue]
            if let refusal = error as? ImportRefusal { object["import"] = refusal.details }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            FileHandle.standardError.write(data + Data("\n".utf8))
        } else {
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        }
        throw status.code
    }
}

/// The exit status, a short kind and the message for an error.
private func classify(_ error: any Error, path: String) -> (ExitStatus, String, String) {
    switch error {
    case let violation as RuleViolation:
        return (.ruleViolation, "rule-violation", "\(violation.field): \(violation.rule); nothing was recorded")
    case let refusal as ImportRefusal:
        return (.ruleViolation, "rule-violation", refusal.description)
    case let usage as UsageError:
        return (.usage, "usage", usage.description)
    case let unreadable as UnreadableEvent:
        return (.damagedStore, "damaged-store", unreadable.description)
    case let failure as VerificationFailure:
        return (.damagedStore, "verification-failed", failure.description)
    case let breach as RuleAudit.Breach:
        return (.damagedStore, "verification-failed", breach.description)
    case let failure as CheckpointFailure:
        return (.damagedStore, "verification-failed", failure.description)
    case let failure as SavedProjectionFailure:
        return (.damagedStore, "verification-failed", failure.description)
    case let unreadable as CheckpointError:
        return (.usage, "usage", unreadable.description)
    case let other as OtherLayout:
        return (.unavailable, "other-layout", other.description)
    case let store as EventStoreError:
        switch store {
        case .notFound:
            return (.noStore, "no-store", "no programme store at \(path): run `programctl init --db \(path)` first")
        case .notADatabase, .foreignDatabase, .newerSchema, .needsMigration, .damaged, .sqlite:
            return (.damagedStore, "damaged-store", store.description)
        case .unreadableCopy:
            return (.damagedStore, "unreadable-store", store.description)
        case .busy, .wrongExpectedVersion, .duplicateEventID:
            return (.conflict, "conflict", store.description)
        case .readOnly, .invalidArgument:
            return (.internalError, "internal", store.description)
        }
    default:
        return (.internalError, "internal", "internal error: \(error)")
    }
}
