import Foundation
import ProgramStore

extension Output {
    /// Reports what a committed write left to do, one warning each on standard error (a JSON
    /// object with `--json`), naming what was recorded — it stays recorded — and what is still to
    /// do. Throws ``Reported`` with exit status 3 when someone has to act (`privacy purge`); a
    /// warning alone leaves the status at 0.
    func followUps(_ pending: [FollowUp], store path: String) throws {
        for followUp in pending {
            let (kind, message) = Self.describe(followUp, store: path)
            if json {
                FileHandle.standardError.write(
                    Self.line(Warning(warning: .init(kind: kind, message: message)), escapingSlashes: true))
            } else {
                FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
            }
        }
        if pending.contains(where: \.needsAction) { throw Reported(status: .followUpPending) }
    }

    /// A follow-up as `--json` shows it on standard error.
    struct Warning: Encodable {
        struct Detail: Encodable {
            var kind: String
            var message: String
        }
        var warning: Detail
    }

    /// A follow-up's kind and the sentence that explains it.
    static func describe(_ followUp: FollowUp, store path: String) -> (String, String) {
        switch followUp {
        case .purgeDestroyedKeys(let erasures, let reason):
            let forgotten = erasures.map { "\($0.subject) forgotten at position \($0.position)" }
            return (
                "purge-pending",
                "\(forgotten.joined(separator: ", ")) (recorded: SubjectForgotten); the key is destroyed in the "
                    + "log's current state, but \(reason). Nothing needs recording again: run "
                    + "`programctl privacy purge --db \(path)` to finish and confirm."
            )
        case .saveCheckpoint(let position, let reason):
            return (
                "checkpoint-not-saved",
                "recorded through position \(position), but the projection's checkpoint was not saved (\(reason)); "
                    + "readers start from the previous one until a later write saves it. Nothing needs doing."
            )
        }
    }
}
