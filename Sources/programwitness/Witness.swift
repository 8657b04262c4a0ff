import EventStore
import Foundation
import Logging

/// A witness (c2sp.org/tlog-witness): for each log it knows, it keeps the last checkpoint it
/// cosigned, and cosigns a new one only when the log's key signed it and a consistency proof shows
/// that it extends that one. It never cosigns a smaller tree, nor another tree of the same size.
///
/// An actor: checking a request against the last checkpoint and recording the new one happen
/// as one step, so two requests cannot roll the record back.
actor Witness {
    /// The witness's cosigning key.
    let key: NoteSigningKey
    /// The logs it witnesses: origin → the log's verifier keys.
    let logs: [String: [NoteVerifierKey]]
    private let state: WitnessState
    private var latest: [String: LogCheckpoint]
    private let logger: Logger

    /// A witness with the state `state` holds (read once, here).
    init(key: NoteSigningKey, logs: [String: [NoteVerifierKey]], state: WitnessState, logger: Logger) throws {
        self.key = key
        self.logs = logs
        self.state = state
        self.logger = logger
        var latest: [String: LogCheckpoint] = [:]
        for origin in logs.keys {
            if let checkpoint = try state.read(origin: origin) { latest[origin] = checkpoint }
        }
        self.latest = latest
    }

    /// The last checkpoint cosigned for the log whose origin hashes to `originHash` (SHA-256,
    /// lowercase hex), with the log's signature and the cosignature.
    func checkpoint(originHash: String) -> LogCheckpoint? {
        latest.first { WitnessState.hash(of: $0.key) == originHash }?.value
    }

    /// Answers an add-checkpoint request body, recording the checkpoint when it cosigns it.
    func add(_ body: String) -> WitnessAnswer {
        let request: AddCheckpointRequest
        do {
            request = try AddCheckpointRequest(encoded: body)
        } catch {
            logger.notice("add-checkpoint refused", metadata: ["status": "400", "reason": "\(error)"])
            return .refused(status: 400, reason: "\(error)")
        }
        let answer = decide(request)
        let checkpoint = request.checkpoint
        var metadata: Logger.Metadata = [
            "origin": "\(checkpoint.origin)", "old": "\(request.oldSize)", "size": "\(checkpoint.size)",
            "status": "\(answer.status)",
        ]
        switch answer {
        case .cosigned: logger.info("add-checkpoint cosigned", metadata: metadata)
        case .conflict(let known):
            metadata["known"] = "\(known)"
            logger.info("add-checkpoint: another old size", metadata: metadata)
        case .refused(let status, let reason):
            metadata["reason"] = "\(reason)"
            // A checkpoint validly signed by the log that does not extend the last one may be
            // evidence of a fork: kept in the log, as the protocol suggests.
            if status == 422 { metadata["checkpoint"] = "\(checkpoint.encoded)" }
            logger.warning("add-checkpoint refused", metadata: metadata)
        }
        return answer
    }

    /// The checks of tlog-witness, in its order; records and cosigns when all hold.
    private func decide(_ request: AddCheckpointRequest) -> WitnessAnswer {
        let checkpoint = request.checkpoint
        guard let keys = logs[checkpoint.origin] else {
            return .refused(status: 404, reason: "this witness does not witness the log \(checkpoint.origin)")
        }
        let logSignatures = checkpoint.signatures.filter { signature in keys.contains { $0.names(signature) } }
        guard !logSignatures.isEmpty else {
            return .refused(
                status: 403, reason: "the checkpoint is not signed by a key this witness trusts for the log")
        }
        guard logSignatures.allSatisfy({ signature in keys.contains { $0.isValid(signature, of: checkpoint.body) } })
        else {
            return .refused(status: 403, reason: "the log's signature of the checkpoint is not valid")
        }
        guard request.oldSize <= checkpoint.size else {
            return .refused(status: 400, reason: "the old size \(request.oldSize) is more than the checkpoint's size")
        }
        let known = latest[checkpoint.origin]
        guard request.oldSize == known?.size ?? 0 else { return .conflict(knownSize: known?.size ?? 0) }
        if checkpoint.size == 0 && checkpoint.root != MerkleTree.root(of: [EventHash]()) {
            return .refused(status: 422, reason: "a checkpoint of size 0 has the empty tree's root")
        }
        if let known {
            if known.size == checkpoint.size {
                guard known.root == checkpoint.root, request.proof.isEmpty else {
                    return .refused(
                        status: 422,
                        reason: "fork: the checkpoint of \(known.size) events this witness cosigned has the root"
                            + " \(known.root.base64), this one \(checkpoint.root.base64)")
                }
            } else {
                guard
                    MerkleTree.verifyConsistency(
                        fromSize: Int(known.size), oldRoot: known.root, toSize: Int(checkpoint.size),
                        newRoot: checkpoint.root, proof: request.proof)
                else {
                    return .refused(
                        status: 422,
                        reason: "the consistency proof does not show that the log of \(checkpoint.size) events extends"
                            + " the checkpoint of \(known.size) events this witness cosigned (root \(known.root.base64))"
                    )
                }
            }
        } else if !request.proof.isEmpty {
            return .refused(status: 422, reason: "from old size 0 the consistency proof is empty")
        }
        do {
            let cosignature = try key.sign(checkpoint.body)
            var recorded = checkpoint
            recorded.signatures = logSignatures + [cosignature]
            try state.write(recorded)
            latest[checkpoint.origin] = recorded
            return .cosigned(cosignature)
        } catch {
            logger.error("cannot record the checkpoint", metadata: ["error": "\(error)"])
            return .refused(status: 500, reason: "the witness cannot record the checkpoint")
        }
    }
}
