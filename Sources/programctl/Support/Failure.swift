import ArgumentParser
import EventStore
import Foundation
import PostgresEventStore
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

/// A command's failure as programctl reports it: its exit status, a short kind and a message.
struct Failure {
    let status: ExitStatus
    let kind: String
    let message: String
    /// The rows of a refused import, for `--json`.
    let refusal: ImportRefusal?

    /// The failure that `error` is, on the store at `path`.
    init(_ error: any Error, store path: String) {
        refusal = error as? ImportRefusal
        (status, kind, message) = Self.classify(error, path: path)
    }

    /// A usage error that argument-parser found in the command line.
    init(usage message: String) {
        (status, kind, self.message, refusal) = (.usage, "usage", message, nil)
    }

    /// Writes the failure on standard error — `error: MESSAGE`, or with `json` one JSON object —
    /// and returns its exit code.
    func report(json: Bool) -> ExitCode {
        if json {
            let object = Report(
                error: Report.Problem(kind: kind, message: message), exitCode: status.rawValue,
                import: refusal.map(\.details))
            FileHandle.standardError.write(Output.line(object, escapingSlashes: true))
        } else {
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        }
        return status.code
    }

    /// The failure as `--json` prints it.
    struct Report: Encodable {
        struct Problem: Encodable {
            var kind: String
            var message: String
        }
        var error: Problem
        var exitCode: Int32
        var `import`: ImportRefusal.Details?
    }

    /// The exit status, a short kind and the message for an error.
    private static func classify(_ error: any Error, path: String) -> (ExitStatus, String, String) {
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
        case let failure as TransparencyFailure:
            return (.damagedStore, "verification-failed", failure.description)
        case let unreadable as CheckpointError:
            return (.usage, "usage", unreadable.description)
        case let untrusted as TrustError:
            return (.usage, "usage", untrusted.description)
        case let shortfall as WitnessShortfall:
            return (.witnessShortfall, "witness-shortfall", shortfall.description)
        case let server as PostgresLogError where server.isTransient:
            return (.unavailable, "unavailable", server.description)
        case let server as PostgresLogError:
            return (.noStore, "no-store", server.description)
        case let other as OtherLayout:
            return (.unavailable, "other-layout", other.description)
        case let store as EventStoreError:
            switch store {
            case .notFound(let missing):
                return (
                    .noStore, "no-store",
                    "no programme store at \(missing): run `programctl init --db \(missing)` first"
                )
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
}
