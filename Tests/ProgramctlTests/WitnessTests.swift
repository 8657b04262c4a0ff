import EventStore
import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Witnesses (docs/auditing.md, "Witnesses"): real `programwitness serve` processes on loopback,
/// the secretary collecting cosignatures with `programctl audit checkpoint --witness`, auditors
/// requiring k of n with programctl and the Python verifier.
@Suite("programwitness: cosigning checkpoints, refusing forks")
struct WitnessTests {
    @Test(
        "three witnesses: 2 of 3 cosign, the log grows and is cosigned again, a fork is refused by all, even after a restart; the verifiers require k of n"
    )
    func witnessing() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, logKey) = try await desk.keygen()
            let origin = AuditDesk.demoOrigin
            var witnesses: [WitnessDesk] = []
            defer { for witness in witnesses { witness.stop() } }
            for town in ["maastricht", "heerlen", "sittard"] {
                witnesses.append(try await WitnessDesk.create(town, desk: desk, origin: origin, logKey: logKey))
            }
            let all = witnesses.flatMap { ["--witness", "\($0.url)=\($0.verifierKey)"] }
            // The log as it is now, and a copy that a fork will grow from.
            let older = desk.path("older.sqlite")
            let other = desk.path("other.sqlite")
            try FileManager.default.copyItem(atPath: desk.db, toPath: older)
            try FileManager.default.copyItem(atPath: desk.db, toPath: other)

            // Sittard's witness is down: 2 of 3 cosign, which is the quorum; Sittard is named.
            await witnesses[2].kill()
            let first = desk.path("first.checkpoint")
            let collected = try await desk.run(
                ["audit", "checkpoint", "--key", key, "-o", first, "--quorum", "2", "--db", desk.db] + all)
            #expect(collected.status == 0, "\(collected.stderr)")
            #expect(collected.stderr.contains("witness witness.sittard.example"), "\(collected.stderr)")
            let firstText = try String(contentsOfFile: first, encoding: .utf8)
            #expect(firstText.components(separatedBy: "\n— ").count == 4, "\(firstText)")
            #expect(
                firstText.contains("— witness.maastricht.example ") && firstText.contains("— witness.heerlen.example "))

            // Auditors require 2 of 3, or all 3 (which Sittard's absence fails).
            let keys = witnesses.flatMap { ["--witness", $0.verifierKey] }
            let verified = try await desk.succeed(
                ["audit", "verify", "--checkpoint", first, "--trust", logKey, "--quorum", "2"] + keys)
            #expect(
                verified.contains(
                    "cosigned by witness.maastricht.example, witness.heerlen.example (2 of 3, 2 required)"))
            let short = try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", first, "--trust", logKey] + keys, status: 74,
                mentions: ["cosigned by 2 of the 3 witnesses given, 3 required: not by witness.sittard.example"])
            #expect(!short.stdout.contains("extends"))
            let python = try await desk.verifier(
                [desk.db, "--checkpoint", first, "--trust", logKey, "--quorum", "2"] + keys)
            #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
            let pythonShort = try await desk.verifier([desk.db, "--checkpoint", first, "--trust", logKey] + keys)
            #expect(pythonShort.status == 1)
            #expect(pythonShort.stdout.contains("3 required"), "\(pythonShort.stdout)")

            // Sittard comes back, on its port, with its (empty) state; the log grows. Maastricht
            // and Heerlen answer 409 with the size they cosigned, and cosign with the proof from it.
            witnesses[2] = try await witnesses[2].restarted()
            try await desk.addInput("Wat de secretaris iedereen liet zien")
            let second = desk.path("second.checkpoint")
            try await desk.succeed(["audit", "checkpoint", "--key", key, "-o", second] + all)
            let proof = desk.path("first-second.consistency")
            try await desk.succeed(["audit", "consistency", first, second, "-o", proof])
            try await desk.succeed(
                raw: ["audit", "check-consistency", first, second, proof, "--trust", logKey, "--quorum", "2"] + keys)
            #expect(
                try await desk.verifier(
                    ["--consistency", first, second, proof, "--trust", logKey, "--quorum", "2"] + keys
                )
                .status == 0)
            let receipt = desk.path("843.tlog-proof")
            try await desk.succeed(["audit", "receipt", "--position", "843", "--checkpoint", second, "-o", receipt])
            try await desk.succeed(raw: ["audit", "check-receipt", receipt, "--trust", logKey] + keys)
            #expect(try await desk.verifier(["--receipt", receipt, "--trust", logKey] + keys).status == 0)

            // A fork: the same origin and key, another event at position 843. Every witness refuses
            // it (422 after the 409), nothing is written, and the exit status is 76.
            try await desk.addInput("Wat een ander te zien kreeg", db: other)
            let forked = desk.path("forked.checkpoint")
            let refused = try await desk.expectFailure(
                raw: ["audit", "checkpoint", "--key", key, "-o", forked, "--quorum", "1", "--db", other] + all,
                status: 76, mentions: ["cosigned by 0 of 3 witnesses, 1 required; nothing was written"])
            #expect(refused.stderr.components(separatedBy: "refused (422)").count == 4, "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: forked))

            // A restarted witness keeps its state: Maastricht still refuses the fork, and still
            // cosigns the honest log.
            witnesses[0] = try await witnesses[0].restarted()
            let maastricht = ["--witness", "\(witnesses[0].url)=\(witnesses[0].verifierKey)"]
            try await desk.expectFailure(
                raw: ["audit", "checkpoint", "--key", key, "-o", forked, "--db", other] + maastricht, status: 76,
                mentions: ["witness.maastricht.example", "fork"])
            #expect(!FileManager.default.fileExists(atPath: forked))
            try await desk.succeed(
                ["audit", "checkpoint", "--key", key, "-o", desk.path("third.checkpoint")] + maastricht)

            // A log that lost events is refused: a witness never cosigns a smaller tree.
            try await desk.expectFailure(
                raw: ["audit", "checkpoint", "--key", key, "--db", older] + maastricht, status: 76,
                mentions: ["it has cosigned a tree of 843 events, the log has 842"])
        }
    }

    @Test(
        "the witness speaks tlog-witness: 409 with text/x.tlog.size, 404, 403, 400; bad configuration exits 64, 73, 74")
    func protocolAndConfiguration() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, logKey) = try await desk.keygen()
            let witness = try await WitnessDesk.create(
                "maastricht", desk: desk, origin: AuditDesk.demoOrigin, logKey: logKey)
            defer { witness.stop() }
            let plain = try await desk.checkpoint("plain.checkpoint", key: key)
            let checkpoint = try String(contentsOfFile: plain, encoding: .utf8)

            let stale = try await witness.post("old 7\n\n" + checkpoint)
            #expect(stale.status == 409 && stale.body == "0\n" && stale.contentType == "text/x.tlog.size")
            let cosigned = try await witness.post("old 0\n\n" + checkpoint)
            #expect(cosigned.status == 200 && cosigned.body.hasPrefix("— witness.maastricht.example "))
            let again = try await witness.post("old 0\n\n" + checkpoint)
            #expect(again.status == 409 && again.body == "842\n")
            let same = try await witness.post("old 842\n\n" + checkpoint)
            #expect(same.status == 200, "the same checkpoint again is cosigned again")
            let (strangerKey, _) = try await desk.keygen("stranger.key", origin: "stranger.example/log")
            let stranger = try String(
                contentsOfFile: try await desk.checkpoint("stranger.checkpoint", key: strangerKey), encoding: .utf8)
            #expect(try await witness.post("old 0\n\n" + stranger).status == 404)
            let (impostor, _) = try await desk.keygen("impostor.key", origin: AuditDesk.demoOrigin)
            let unsigned = try String(
                contentsOfFile: try await desk.checkpoint("impostor.checkpoint", key: impostor), encoding: .utf8)
            #expect(try await witness.post("old 842\n\n" + unsigned).status == 403)
            #expect(try await witness.post("old 842\n" + checkpoint).status == 400)
            #expect(try await witness.post("old 900\n\n" + checkpoint).status == 400)
            let monitored = try await witness.get(WitnessDesk.originHash(AuditDesk.demoOrigin) + "/checkpoint")
            #expect(monitored.status == 200 && monitored.body.contains("— witness.maastricht.example "))

            // A log's key where a witness's is asked for, or a quorum without witnesses: 64.
            for arguments in [
                ["audit", "checkpoint", "--key", key, "--witness", "\(witness.url)=\(logKey)"],
                ["audit", "verify", "--checkpoint", plain, "--trust", logKey, "--witness", logKey],
            ] {
                try await desk.expectFailure(arguments, status: 64, mentions: ["not a witness's"])
            }
            try await desk.expectFailure(
                ["audit", "checkpoint", "--key", key, "--quorum", "1"], status: 64, mentions: ["--quorum"])
            try await desk.expectFailure(
                ["audit", "check-consistency", plain, plain, "--trust", logKey, "--quorum", "1"], status: 64,
                mentions: ["--quorum"])

            // One state serves one process (73); a damaged state file stops the witness (74); a
            // log key given as the witness's key, or no --log, is a usage error (64).
            let second = try await WitnessDesk.programwitness.run(witness.serveArguments(port: 0))
            #expect(second.status == 73, "\(second.stderr)")
            #expect(second.stderr.contains("another witness process holds"))
            await witness.kill()
            let stateFile = witness.state + "/" + WitnessDesk.originHash(AuditDesk.demoOrigin) + ".checkpoint"
            try Data("not a checkpoint\n".utf8).write(to: URL(fileURLWithPath: stateFile))
            let damaged = try await WitnessDesk.programwitness.run(witness.serveArguments(port: 0))
            #expect(damaged.status == 74 && damaged.stderr.contains("restore it from a backup"), "\(damaged.stderr)")
            let logKeyFile = try await WitnessDesk.programwitness.run(
                ["serve", "--key", key, "--state", desk.path("w2"), "--log", "\(AuditDesk.demoOrigin)=\(logKey)"])
            #expect(logKeyFile.status == 64 && logKeyFile.stderr.contains("not a witness's"), "\(logKeyFile.stderr)")
            let noLog = try await WitnessDesk.programwitness.run(
                ["serve", "--key", witness.keyFile, "--state", desk.path("w3")])
            #expect(noLog.status == 64, "\(noLog.stderr)")
        }
    }
}
