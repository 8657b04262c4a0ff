import ArgumentParser
import EventStore
import Foundation

/// `audit checkpoint`'s `--witness URL=KEY` (repeatable) and `--quorum K`: the witnesses whose
/// cosignatures the new checkpoint must gather before it is written.
struct CosigningWitnesses: ParsableArguments {
    @Option(
        name: .customLong("witness"),
        help: ArgumentHelp(
            "A witness to cosign the checkpoint (repeatable): its URL and verifier key, URL=KEY.",
            valueName: "url=key"))
    var witnesses: [String] = []

    @Option(
        help: ArgumentHelp(
            "How many of the --witness witnesses must cosign, or nothing is written (default: all).",
            valueName: "k"))
    var quorum: Int?

    /// The checkpoint with the witnesses' cosignatures added (itself when no witness is given);
    /// throws ``WitnessShortfall`` when fewer than the quorum cosign.
    func cosign(_ checkpoint: LogCheckpoint, log: any EventLog) throws -> LogCheckpoint {
        guard !witnesses.isEmpty else {
            if quorum != nil { throw UsageError("--quorum: give the witnesses with --witness URL=KEY") }
            return checkpoint
        }
        let endpoints = try witnesses.map(WitnessEndpoint.init(argument:))
        guard Set(endpoints.map(\.key.name)).count == endpoints.count else {
            throw UsageError("--witness: each witness is given once: two keys have one name")
        }
        let quorum = quorum ?? endpoints.count
        guard (1...endpoints.count).contains(quorum) else {
            throw UsageError(
                "--quorum: at least 1 and at most the number of witnesses (\(endpoints.count)), not \(quorum)")
        }
        return try collectCosignatures(checkpoint, from: endpoints, quorum: quorum, log: log) { warning in
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
    }

    /// How the output names the witnesses that cosigned: ", cosigned by A, B", or "" for none.
    static func cosigners(of checkpoint: LogCheckpoint) -> String {
        let names = checkpoint.signatures.map(\.keyName).filter { $0 != checkpoint.origin }
        return names.isEmpty ? "" : ", cosigned by " + names.joined(separator: ", ")
    }
}

/// A witness that `audit checkpoint --witness URL=KEY` asks to cosign: where it takes
/// add-checkpoint requests (its submission prefix) and its verifier key.
struct WitnessEndpoint: Sendable {
    var url: URL
    var key: NoteVerifierKey

    /// Reads `URL=KEY`: the witness's URL (http or https, without `=`), its verifier key.
    init(argument: String) throws {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let url = URL(string: String(parts[0])), ["http", "https"].contains(url.scheme),
            url.host != nil
        else {
            throw UsageError(
                "--witness: '\(argument)' is not URL=KEY (e.g. http://witness.example:7380=witness.example+1a2b3c4d+BA…)"
            )
        }
        let key: NoteVerifierKey
        do {
            key = try NoteVerifierKey(encoded: String(parts[1]))
        } catch let error as CheckpointError {
            throw UsageError("--witness \(parts[0]): \(error)")
        }
        guard key.type == .cosignature else {
            throw UsageError(
                "--witness \(parts[0]): the key \(key.name) is \(key.type.described), not a witness's"
                    + " (from `programwitness keygen`)")
        }
        self.url = url
        self.key = key
    }
}

/// Fewer witnesses cosigned than the quorum asks; nothing was written (exit 76).
struct WitnessShortfall: Error, CustomStringConvertible {
    var description: String
}

/// Asks each witness to cosign `checkpoint` (c2sp.org/tlog-witness, add-checkpoint) and adds the
/// valid cosignatures they return to it. A witness that has cosigned a smaller tree of the log
/// answers 409 with its size; it is asked once more with the consistency proof from that size,
/// computed from `log`. Throws ``WitnessShortfall`` naming each witness's refusal when fewer than
/// `quorum` cosign; `warn` hears about the refusals otherwise.
func collectCosignatures(
    _ checkpoint: LogCheckpoint, from witnesses: [WitnessEndpoint], quorum: Int, log: any EventLog,
    warn: (String) -> Void
) throws -> LogCheckpoint {
    var cosigned = checkpoint
    var refusals: [String] = []
    for witness in witnesses {
        switch try askToCosign(checkpoint, witness: witness, log: log) {
        case .success(let cosignature): cosigned.signatures.append(cosignature)
        case .failure(let refusal): refusals.append("\(witness.key.name) (\(witness.url.absoluteString)): \(refusal)")
        }
    }
    let count = witnesses.count - refusals.count
    guard count >= quorum else {
        throw WitnessShortfall(
            description: "the checkpoint of \(checkpoint.size) events is cosigned by \(count) of \(witnesses.count)"
                + " witnesses, \(quorum) required; nothing was written. "
                + refusals.joined(separator: "; "))
    }
    for refusal in refusals { warn("witness \(refusal)") }
    return cosigned
}

/// Why a witness did not cosign.
private struct WitnessRefusal: Error, CustomStringConvertible {
    var description: String
}

/// One witness's cosignature, or why it gave none.
private func askToCosign(_ checkpoint: LogCheckpoint, witness: WitnessEndpoint, log: any EventLog) throws -> Result<
    NoteSignature, WitnessRefusal
> {
    let endpoint = witness.url.appendingPathComponent("add-checkpoint")
    var oldSize: Int64 = 0
    var proof: [EventHash] = []
    for attempt in 1...2 {
        let request = AddCheckpointRequest(oldSize: oldSize, proof: proof, checkpoint: checkpoint)
        let answer: HTTPAnswer
        do {
            answer = try post(Data(request.encoded.utf8), to: endpoint, timeout: 10)
        } catch {
            return .failure(WitnessRefusal(description: "no answer (\(error))"))
        }
        switch answer.status {
        case 200:
            let lines = (try? NoteSignature.lines(answer.text)) ?? []
            guard let cosignature = lines.first(where: { witness.key.isValid($0, of: checkpoint.body) }) else {
                return .failure(WitnessRefusal(description: "answered without a valid cosignature of its key"))
            }
            return .success(cosignature)
        case 409 where attempt == 1:
            let text = answer.text.hasSuffix("\n") ? String(answer.text.dropLast()) : answer.text
            guard let known = Int64(text), known >= 0 else {
                return .failure(WitnessRefusal(description: "409 without the size it knows"))
            }
            guard known <= checkpoint.size else {
                return .failure(
                    WitnessRefusal(
                        description: "it has cosigned a tree of \(known) events, the log has \(checkpoint.size):"
                            + " events were removed, or this is not the log it witnesses"))
            }
            oldSize = known
            proof = try log.consistencyProof(from: known, to: checkpoint.size).hashes
        default:
            return .failure(WitnessRefusal(description: refusal(answer, oldSize: oldSize, checkpoint: checkpoint)))
        }
    }
    return .failure(WitnessRefusal(description: "it answered 409 twice"))
}

/// A witness's refusal in words, by its status (c2sp.org/tlog-witness).
private func refusal(_ answer: HTTPAnswer, oldSize: Int64, checkpoint: LogCheckpoint) -> String {
    let said = answer.text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300)
    let detail = said.isEmpty ? "" : " (\(said))"
    switch answer.status {
    case 422:
        return "refused (422): the log of \(checkpoint.size) events is not consistent with the tree of \(oldSize)"
            + " events it cosigned — a fork of the log\(detail)"
    case 403: return "refused (403): it does not trust the key that signed the checkpoint\(detail)"
    case 404: return "refused (404): it does not witness the log \(checkpoint.origin)\(detail)"
    default: return "answered \(answer.status)\(detail)"
    }
}
