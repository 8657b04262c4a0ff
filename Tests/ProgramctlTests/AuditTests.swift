import Crypto
import EventStore
import Foundation
import Program
import ProgramStore
import Synchronization
import TestSupport
import Testing

/// Auditing (docs/auditing.md): verifying the log, signed checkpoints against truncation and
/// rewritten history, inclusion proofs, exports, replay, and backups taken while others write.
@Suite("programctl: auditing")
struct AuditTests {
    // MARK: audit verify

    @Test("audit verify: an intact store is ok")
    func verifyIntact() async throws {
        try await AuditDesk.withDemo { desk in
            let output = try await desk.succeed(["audit", "verify"])
            #expect(output.hasPrefix("ok  842 events: gapless positions and stream versions, every hash"), "\(output)")
            let head = try desk.head()
            #expect(output.contains("head 842 \(head.chainHash)"))
            let python = try await desk.verifier([desk.db])
            #expect(python.status == 0, "\(python.stdout) \(python.stderr)")
            // Both compute the same Merkle root.
            let root = try #require(
                output.split(separator: "\n").first { $0.contains("merkle root") }?.split(separator: " ").last)
            #expect(python.stdout.contains("merkle root:    \(root)"), "\(python.stdout)")
        }
    }

    @Test("audit verify: one payload byte changed with raw SQL is named by its position (74)")
    func changedPayload() async throws {
        try await AuditDesk.withDemo { desk in
            var payload = try #require(try EventStore(path: desk.db, mode: .readOnly).read(from: 100, limit: 1).first)
                .payload
            let index = payload.startIndex + payload.count / 2
            payload[index] = payload[index] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
            #expect(
                RawSQLite.replacePayload(at: 100, with: payload, on: desk.db) == nil)
            let result = try await desk.expectFailure(["audit", "verify"], status: 74, mentions: ["position 100"])
            #expect(result.stdout.isEmpty || !result.stdout.hasPrefix("ok"))
            let python = try await desk.verifier([desk.db])
            #expect(python.status == 1)
            #expect(python.stdout.contains("FAILED at position 100"), "\(python.stdout)")
        }
    }

    @Test("audit verify: an event of an unknown type with an intact hash chain cannot be read (74)")
    func unknownEventType() async throws {
        try await AuditDesk.withDemo { desk in
            // Appended through the event store itself: every hash is right, only the type is unknown.
            let store = try EventStore(path: desk.db)
            let appended = try store.append(
                [NewEvent(type: "ProgrammeRenamed", payload: Data(#"{"name":"Iets anders"}"#.utf8))],
                to: "programme-extra", expecting: .any, metadata: CommandMetadata(actor: "K1", command: "rename"))
            #expect(appended.positions == 843...843)
            try await desk.expectFailure(
                ["audit", "verify"], status: 74, mentions: ["position 843", "ProgrammeRenamed", "cannot be read"])
            // The hash chain itself is whole: the independent verifier, which does not decode events, passes.
            let python = try await desk.verifier([desk.db])
            #expect(python.status == 0, "\(python.stdout)")
        }
    }

    // MARK: Checkpoints

    @Test(
        "keygen, checkpoint (C2SP), verify --checkpoint with the log's verifier key: ok; without or with another: refused"
    )
    func checkpointAndTrust() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            #expect(
                try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int == 0o600,
                "the key file is readable by its owner only")
            #expect(try String(contentsOfFile: key, encoding: .utf8).hasPrefix("PRIVATE+KEY+\(AuditDesk.demoOrigin)+"))
            let checkpoint = try await desk.checkpoint("2025-Q1.checkpoint", key: key)
            let text = try String(contentsOfFile: checkpoint, encoding: .utf8)
            let root = try await desk.succeed(["audit", "verify"]).split(separator: "\n")
                .first { $0.contains("merkle root") }?.split(separator: " ").last
            let rootHex = try #require(root.map(String.init))
            let rootBase64 = try #require(EventHash(hex: rootHex)?.base64)
            let keyID = String(verifierKey.split(separator: "+")[1])
            #expect(
                text.hasPrefix("\(AuditDesk.demoOrigin)\n842\n\(rootBase64)\n\n— \(AuditDesk.demoOrigin) "),
                "\(text)")
            let signer = "\(AuditDesk.demoOrigin) (key \(keyID))"

            let output = try await desk.succeed(["audit", "verify", "--checkpoint", checkpoint, "--trust", verifierKey])
            #expect(output.contains("ok  extends the checkpoint of 842 events signed by \(signer)"), "\(output)")
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", checkpoint], status: 64, mentions: ["--trust", "verifier key"])
            let other = try await desk.keygen("other.key").verifierKey
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", checkpoint, "--trust", other], status: 74,
                mentions: [
                    "not signed by the trusted key \(other.split(separator: "+").prefix(2).joined(separator: "+"))"
                ])
            let elsewhere = try await desk.keygen("elsewhere.key", origin: "example.org/elders").verifierKey
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", checkpoint, "--trust", elsewhere], status: 64, mentions: ["--trust"]
            )
            // One trusted key of several suffices.
            try await desk.succeed([
                "audit", "verify", "--checkpoint", checkpoint, "--trust", other, "--trust", verifierKey,
            ])
            let python = try await desk.verifier([desk.db, "--checkpoint", checkpoint, "--trust", verifierKey])
            #expect(python.status == 0, "\(python.stdout)")
            #expect(python.stdout.contains("extends the 842 events signed by \(signer)"), "\(python.stdout)")
            #expect(try await desk.verifier([desk.db, "--checkpoint", checkpoint, "--trust", other]).status == 1)
            #expect(try await desk.verifier([desk.db, "--checkpoint", checkpoint]).status == 2)

            // A forged checkpoint: the size changed, the signature no longer holds.
            let forged = try desk.write(
                "forged.checkpoint", Data(text.replacingOccurrences(of: "\n842\n", with: "\n841\n").utf8))
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", forged, "--trust", verifierKey], status: 74, mentions: ["signature"]
            )
            #expect(try await desk.verifier([desk.db, "--checkpoint", forged, "--trust", verifierKey]).status == 1)
            // Not a checkpoint at all, or no such file: usage errors.
            let junk = try desk.write("junk.checkpoint", Data("hello\n".utf8))
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", junk, "--trust", verifierKey], status: 64,
                mentions: ["--checkpoint"])
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", desk.path("missing")], status: 64, mentions: ["--checkpoint"])
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", checkpoint, "--trust", "nonsense"], status: 64,
                mentions: ["--trust", "not a verifier key"])
        }
    }

    @Test("keygen --origin names the key and the checkpoints; an origin with a space or '+' is refused (64)")
    func origins() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen(origin: "participatie.example.nl/log")
            let checkpoint = try await desk.checkpoint("q1.checkpoint", key: key)
            #expect(
                try String(contentsOfFile: checkpoint, encoding: .utf8).hasPrefix("participatie.example.nl/log\n842\n"))
            try await desk.succeed(["audit", "verify", "--checkpoint", checkpoint, "--trust", verifierKey])
            for bad in ["met spatie", "a+b", ""] {
                try await desk.expectFailure(
                    ["audit", "keygen", "-o", desk.path("bad.key"), "--origin", bad], status: 64, mentions: ["--origin"]
                )
            }
            #expect(!FileManager.default.fileExists(atPath: desk.path("bad.key")))
            // Without a store, the origin must be given.
            try await desk.expectFailure(
                raw: ["audit", "keygen", "-o", desk.path("x.key"), "--db", desk.path("none.sqlite")], status: 64,
                mentions: ["--origin"])
        }
    }

    @Test("a checkpoint of the first format (event-log-checkpoint v1) is still checked by its old rules")
    func legacyCheckpoint() async throws {
        try await AuditDesk.withDemo { desk in
            let secret = Curve25519.Signing.PrivateKey()
            let publicHex = secret.publicKey.rawRepresentation.map { String(format: "%02x", $0) }.joined()
            let head = try desk.head()
            let root = try #require(
                try await desk.succeed(["audit", "verify"]).split(separator: "\n")
                    .first { $0.contains("merkle root") }?.split(separator: " ").last)
            let signed = """
                event-log-checkpoint v1
                origin Cliënt- en jongerenparticipatie Zuid-Limburg
                size 842
                root \(root)
                chain \(head.chainHash)
                signer secretariaat
                key \(publicHex)

                """
            let signature = try secret.signature(for: Data(signed.utf8)).base64EncodedString()
            let legacy = try desk.write("2024.checkpoint", Data((signed + "signature \(signature)\n").utf8))

            for trust in [[], ["--trust", publicHex], ["--trust", publicHex.uppercased()]] {
                let output = try await desk.succeed(["audit", "verify", "--checkpoint", legacy] + trust)
                #expect(output.contains("ok  extends the checkpoint of 842 events signed by secretariaat"), "\(output)")
            }
            let (_, verifierKey) = try await desk.keygen()
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", legacy, "--trust", verifierKey], status: 74,
                mentions: ["another key"])
            #expect(try await desk.verifier([desk.db, "--checkpoint", legacy, "--trust", publicHex]).status == 0)
            #expect(try await desk.verifier([desk.db, "--checkpoint", legacy, "--trust", verifierKey]).status == 1)
            let forged = try desk.write(
                "forged.checkpoint",
                Data((signed.replacingOccurrences(of: "size 842", with: "size 841") + "signature \(signature)\n").utf8))
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", forged], status: 74, mentions: ["signature"])
            #expect(try await desk.verifier([desk.db, "--checkpoint", forged]).status == 1)
            // A key file of the first format is refused with what to do.
            let oldKey = try desk.write(
                "old.key",
                Data(
                    "event-log-signing-key v1\nsigner secretariaat\nprivate \(secret.rawRepresentation.base64EncodedString())\n"
                        .utf8))
            try await desk.expectFailure(
                ["audit", "checkpoint", "--key", oldKey], status: 64, mentions: ["old format", "audit keygen"])
        }
    }

    @Test("the last 5 events deleted: verify alone passes, verify --checkpoint says events were removed (74)")
    func truncated() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let checkpoint = try await desk.checkpoint("before.checkpoint", key: key)
            #expect(
                RawSQLite.deleteEvents(where: "position > 786", on: desk.db) == nil)
            #expect(try desk.head().position == 786)
            let alone = try await desk.succeed(["audit", "verify"])
            #expect(alone.hasPrefix("ok  786 events"), "without a checkpoint a shorter log looks whole: \(alone)")
            try await desk.expectFailure(
                ["audit", "verify", "--checkpoint", checkpoint, "--trust", verifierKey], status: 74,
                mentions: ["events were removed"])
            let python = try await desk.verifier([desk.db, "--checkpoint", checkpoint, "--trust", verifierKey])
            #expect(python.status == 1)
            #expect(python.stdout.contains("events were removed"), "\(python.stdout)")
        }
    }

    @Test("a history rewritten with every hash recomputed passes verify alone, not verify --checkpoint (74)")
    func rewrittenHistory() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let checkpoint = try await desk.checkpoint("2025-Q1.checkpoint", key: key)
            let events = try desk.storedEvents()
            #expect(events.count == 842)
            // The forger changes the first decision's title and writes the whole log again into a
            // new file through the event store: positions, ids, times and metadata as they were,
            // every leaf and chain hash consistent.
            let target = try #require(events.first { $0.type == "DecisionRecorded" })
            let original = String(decoding: target.payload, as: UTF8.self)
            #expect(original.contains("bottom-up langs drie pijlers"))
            let forged = Data(original.replacingOccurrences(of: "bottom-up", with: "top-down").utf8)
            let rewritten = desk.path("rewritten.sqlite")
            try Self.rewrite(events, into: rewritten) { $0.position == target.position ? forged : $0.payload }

            let head = try desk.head(of: rewritten)
            #expect(head.position == 842)
            #expect(head.chainHash != (try desk.head().chainHash))
            let alone = try await desk.succeed(raw: ["audit", "verify", "--db", rewritten])
            #expect(alone.hasPrefix("ok  842 events"), "every hash of the rewritten log is consistent: \(alone)")
            #expect(try await desk.verifier([rewritten]).status == 0)
            #expect(
                try await desk.succeed(raw: ["log", "--from", "\(target.position)", "--limit", "1", "--db", rewritten])
                    .contains("top-down"))

            try await desk.expectFailure(
                raw: ["audit", "verify", "--db", rewritten, "--checkpoint", checkpoint, "--trust", verifierKey],
                status: 74,
                mentions: ["rewritten"])
            let python = try await desk.verifier([rewritten, "--checkpoint", checkpoint, "--trust", verifierKey])
            #expect(python.status == 1)
            #expect(python.stdout.contains("history was rewritten"), "\(python.stdout)")
            // The original still extends its checkpoint.
            try await desk.succeed(["audit", "verify", "--checkpoint", checkpoint, "--trust", verifierKey])
        }
    }

    @Test("the log grew after the checkpoint: verify --checkpoint is ok, with a consistency proof of some hashes")
    func grownLog() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let checkpoint = try await desk.checkpoint("2025-Q1.checkpoint", key: key)
            for summary in ["Vast aanspreekpunt", "Begrijpelijke brieven", "Reiskosten vergoeden"] {
                try await desk.addInput(summary)
            }
            #expect(try desk.head().position == 845)
            let output = try await desk.succeed(["audit", "verify", "--checkpoint", checkpoint, "--trust", verifierKey])
            #expect(output.hasPrefix("ok  845 events"), "\(output)")
            let line = try #require(output.split(separator: "\n").first { $0.contains("extends the checkpoint") })
            #expect(
                line.hasPrefix("ok  extends the checkpoint of 842 events signed by \(AuditDesk.demoOrigin) (key "),
                "\(line)")
            let hashes = try #require(line.split(separator: "(consistency proof of ").last?.split(separator: " ").first)
            #expect((Int(hashes) ?? 0) > 0, "\(line)")
            #expect(try await desk.verifier([desk.db, "--checkpoint", checkpoint, "--trust", verifierKey]).status == 0)
        }
    }

    // MARK: Inclusion proofs

    @Test(
        "audit prove N --checkpoint and check-proof; an altered path or another checkpoint fails; the Python verifier agrees"
    )
    func inclusionProofs() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let checkpoint = try await desk.checkpoint("2025-Q1.checkpoint", key: key)
            let decision = try #require(try desk.storedEvents().first { $0.type == "DecisionRecorded" }?.position)
            let proofText = try await desk.succeed(["audit", "prove", "\(decision)", "--checkpoint", checkpoint])
            let proofFile = try desk.write("B1.proof.json", Data(proofText.utf8))
            var proof = try #require(try JSONSerialization.jsonObject(with: Data(proofText.utf8)) as? [String: Any])
            var path = try #require((proof["proof"] as? [String: Any])?["path"] as? [String])
            #expect(path.count == 10, "a tree of 842 leaves has 10 levels")
            #expect((proof["event"] as? [String: Any])?["type"] as? String == "DecisionRecorded")

            let checked = try await desk.succeed(raw: [
                "audit", "check-proof", proofFile, "--checkpoint", checkpoint, "--trust", verifierKey,
            ])
            #expect(
                checked.contains(
                    "ok  event \(decision) (DecisionRecorded) is in the log of 842 events signed by \(AuditDesk.demoOrigin)"
                ),
                "\(checked)")
            let python = try await desk.verifier([
                "--proof", proofFile, "--checkpoint", checkpoint, "--trust", verifierKey,
            ])
            #expect(python.status == 0, "\(python.stdout) \(python.stderr)")
            #expect(python.stdout.contains("event \(decision) (DecisionRecorded) is in the log of 842 events"))

            // One hash of the audit path altered.
            let first = path[3].first == "0" ? "1" : "0"
            path[3] = first + path[3].dropFirst()
            var altered = try #require(proof["proof"] as? [String: Any])
            altered["path"] = path
            proof["proof"] = altered
            let alteredFile = try desk.write(
                "altered.proof.json", try JSONSerialization.data(withJSONObject: proof, options: [.sortedKeys]))
            try await desk.expectFailure(
                raw: ["audit", "check-proof", alteredFile, "--checkpoint", checkpoint, "--trust", verifierKey],
                status: 74,
                mentions: ["does not lead to the root"])
            let pythonAltered = try await desk.verifier([
                "--proof", alteredFile, "--checkpoint", checkpoint, "--trust", verifierKey,
            ])
            #expect(pythonAltered.status == 1, "\(pythonAltered.stdout) \(pythonAltered.stderr)")

            // The event's payload altered in the proof.
            var event = try #require(proof["event"] as? [String: Any])
            let encoded = try #require(event["payloadBase64"] as? String)
            let payload = try #require(Data(base64Encoded: encoded))
            event["payloadBase64"] = Data(
                String(decoding: payload, as: UTF8.self).replacingOccurrences(of: "7", with: "8").utf8
            )
            .base64EncodedString()
            let forged = try JSONSerialization.jsonObject(with: Data(proofText.utf8)) as? [String: Any]
            var withForgedEvent = try #require(forged)
            withForgedEvent["event"] = event
            let forgedFile = try desk.write(
                "forged.proof.json", try JSONSerialization.data(withJSONObject: withForgedEvent, options: [.sortedKeys])
            )
            try await desk.expectFailure(
                raw: ["audit", "check-proof", forgedFile, "--checkpoint", checkpoint, "--trust", verifierKey],
                status: 74,
                mentions: ["do not hash to the proven leaf"])
            #expect(
                try await desk.verifier(["--proof", forgedFile, "--checkpoint", checkpoint, "--trust", verifierKey])
                    .status == 1)

            // The right proof, checked against another (later) checkpoint.
            try await desk.addInput()
            let later = try await desk.checkpoint("2025-Q2.checkpoint", key: key)
            try await desk.expectFailure(
                raw: ["audit", "check-proof", proofFile, "--checkpoint", later, "--trust", verifierKey], status: 74,
                mentions: ["another tree"])
            #expect(
                try await desk.verifier(["--proof", proofFile, "--checkpoint", later, "--trust", verifierKey]).status
                    == 1
            )
            // … while a proof made against that checkpoint checks.
            let again = try await desk.succeed(["audit", "prove", "\(decision)", "--checkpoint", later])
            let againFile = try desk.write("B1.later.proof.json", Data(again.utf8))
            try await desk.succeed(raw: [
                "audit", "check-proof", againFile, "--checkpoint", later, "--trust", verifierKey,
            ])
            #expect(
                try await desk.verifier(["--proof", againFile, "--checkpoint", later, "--trust", verifierKey]).status
                    == 0
            )
            // Positions outside the checkpoint's tree.
            try await desk.expectFailure(
                ["audit", "prove", "843", "--checkpoint", checkpoint], status: 65, mentions: ["843"])
            try await desk.expectFailure(["audit", "prove", "0"], status: 65, mentions: ["position"])
        }
    }

    // MARK: Export

    @Test("audit export: the same log, no keys, not in WAL mode, verified with its checkpoint; names stay unreadable")
    func export() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let directory = desk.path("audit-2025-Q2")
            let output = try await desk.succeed(["audit", "export", directory, "--key", key])
            #expect(output.contains("exported 842 events"), "\(output)")
            let log = directory + "/log.sqlite"
            let checkpoint = directory + "/checkpoint.txt"
            #expect(try desk.head(of: log) == desk.head())
            #expect(RawSQLite.integer("SELECT count(*) FROM subject_keys", on: log) == 0)
            #expect(RawSQLite.integer("SELECT count(*) FROM subject_keys", on: desk.db) ?? 0 > 200)
            let header = try desk.contents(log).prefix(20)
            #expect(
                header[18] == 1 && header[19] == 1,
                "the export is in WAL mode (file format \(header[18]), \(header[19]))")
            #expect(!FileManager.default.fileExists(atPath: log + "-wal"))
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
                    "checkpoint.txt", "log.sqlite",
                ])

            let python = try await desk.verifier([log, "--checkpoint", checkpoint, "--trust", verifierKey])
            #expect(python.status == 0, "\(python.stdout) \(python.stderr)")
            #expect(python.stdout.hasSuffix("intact\n"))
            let verified = try await desk.succeed(
                raw: ["audit", "verify", "--db", log, "--checkpoint", checkpoint, "--trust", verifierKey])
            #expect(verified.contains("ok  extends the checkpoint of 842 events"))

            // Personal data cannot be opened: no name, e-mail address or key is in the export's bytes.
            let bytes = try desk.contents(log)
            #expect(bytes.range(of: Data("Flexiforum, Kerkrade".utf8)) != nil, "the search looks in the right bytes")
            for name in [
                "Sanne Vos", "Marco Hendriks", "Fatima El Amrani", "Ingrid Peters", "Ruud Janssen", "Linda Smeets",
                "Daan Kurvers", "Yvonne Lemmens", "@example.nl", "ouder van", "Ik wil gewoon weten",
            ] {
                #expect(bytes.range(of: Data(name.utf8)) == nil, "'\(name)' is readable in the export")
            }
            for subject in ["P1", "P2", "P100"] {
                let key = try #require(
                    RawSQLite.blob("SELECT key FROM subject_keys WHERE subject = '\(subject)'", on: desk.db))
                #expect(!(try desk.databaseFiles(at: log, contain: key)), "\(subject)'s key is in the export")
            }
            let members = try await desk.succeed(raw: ["member", "list", "--db", log])
            #expect(!members.contains("Sanne Vos"), "\(members)")

            // An export goes to a new directory.
            try await desk.expectFailure(
                ["audit", "export", directory, "--key", key], status: 64, mentions: ["already exists"])
            #expect(
                try await desk.verifier([log, "--checkpoint", checkpoint, "--trust", verifierKey]).status == 0,
                "the first export was left alone")
            try FileManager.default.createDirectory(atPath: desk.path("empty"), withIntermediateDirectories: false)
            try await desk.expectFailure(
                ["audit", "export", desk.path("empty")], status: 64, mentions: ["already exists"])
        }
    }

    // MARK: Replay

    @Test(
        "audit replay --to a date shows what had happened by then; --recorded-by and --to a position, the log as it stood"
    )
    func replay() async throws {
        try await AuditDesk.withDemo { desk in
            func object(_ text: String) throws -> [String: Any] {
                try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            }
            let then = try object(try await desk.succeed(["audit", "replay", "--to", "2023-06-30"]))
            #expect(then["position"] as? Int == Int(AuditDesk.demoEvents), "the whole log is read")
            #expect(then["asOf"] as? String == "2023-06-30")
            #expect(then["happenedBy"] as? String == "2023-06-30")
            let decisions = ((then["coreGroup"] as? [String: Any])?["decisions"] as? [[String: Any]])?.map {
                $0["id"] as? String
            }
            #expect(decisions == ["B1", "B2"])
            let plan = ((then["plan"] as? [String: Any])?["versions"] as? [[String: Any]])?.first
            let adopted = try #require(plan?["adopted"] as? Int)
            #expect(adopted == 2, "by mid-2023 Heerlen and Kerkrade had adopted the plan, not \(adopted)")
            #expect(plan?["municipalities"] as? Int == 16)
            // The demo was recorded as it happened: the log as it stood then says the same of that day.
            let recorded = try object(
                try await desk.succeed(["audit", "replay", "--to", "2023-06-30", "--recorded-by", "2023-06-30"]))
            let position = try #require(recorded["position"] as? Int)
            #expect(position > 100 && position < Int(AuditDesk.demoEvents))
            for model in ["coreGroup", "plan", "pillars", "funds", "conferences", "framework"] {
                #expect(
                    (recorded[model] as? NSDictionary) == (then[model] as? NSDictionary), "\(model) differs as recorded"
                )
            }
            let now = try object(try await desk.succeed(["audit", "replay", "--to", "2026-12-31"]))
            let nowPlan = ((now["plan"] as? [String: Any])?["versions"] as? [[String: Any]])?.first
            #expect(nowPlan?["adopted"] as? Int == 15, "adopted by 15 (all but Vaals, in the demo's story)")

            let atHundred = try object(try await desk.succeed(["audit", "replay", "--to", "100"]))
            #expect(atHundred["position"] as? Int == 100)
            #expect(atHundred["happenedBy"] == nil)
            #expect(atHundred["headHash"] as? String == (try await desk.chainHash(at: 100)))
            let markdown = try await desk.succeed(["audit", "replay", "--to", "100", "--format", "md", "--lang", "en"])
            #expect(markdown.contains("everything as recorded in the log up to and including position 100"))
            // The same as the progress report at that position.
            #expect(markdown == (try await desk.succeed(["report", "progress", "--at", "100", "--lang", "en"])))

            // Before anything happened: an empty programme; before anything was recorded: a note, exit 0.
            let empty = try object(try await desk.succeed(["audit", "replay", "--to", "2020-01-01"]))
            #expect(((empty["coreGroup"] as? [String: Any])?["decisions"] as? [Any])?.isEmpty == true)
            let nothing = try await desk.runOnStore([
                "audit", "replay", "--to", "2024-01-01", "--recorded-by", "2020-01-01",
            ])
            #expect(nothing.status == 0 && nothing.stdout.isEmpty, "\(nothing)")
            #expect(nothing.stderr.contains("nothing was recorded by the end of 2020-01-01"))

            try await desk.expectFailure(
                ["audit", "replay", "--to", "nonsense"], status: 64, mentions: ["--to", "nonsense"])
            try await desk.expectFailure(
                ["audit", "replay", "--to", "100", "--recorded-by", "2024-01-01"], status: 64, mentions: ["--to"])
            try await desk.expectFailure(["audit", "replay", "--to", "0"], status: 65, mentions: ["at: "])
            try await desk.expectFailure(
                ["audit", "replay", "--to", "\(AuditDesk.demoEvents + 1)"], status: 65, mentions: ["at: "])
        }
    }

    // MARK: Backup and restore

    @Test(
        "backup while another writer keeps appending: each backup opens, verifies, has the keys, and is a prefix of the log"
    )
    func backupWhileWriting() async throws {
        try await AuditDesk.withDemo { desk in
            let writer = BackgroundWriter(path: desk.db)
            defer { writer.stop() }
            #expect(await writer.waitUntil(written: 5), "the writer did not get going: \(writer.failure ?? "")")
            var backups: [(path: String, writtenDuring: Int)] = []
            for index in 1...3 {
                let file = desk.path("backup-\(index).sqlite")
                let before = writer.written
                let output = try await desk.succeed(["backup", file])
                backups.append((file, writer.written - before))
                #expect(output.contains("events and their keys to \(file)"), "\(output)")
            }
            writer.stop()
            #expect(writer.failure == nil, "the writer failed: \(writer.failure ?? "")")
            #expect(backups.contains { $0.writtenDuring > 0 }, "nothing was appended while the backups ran")
            let live = try EventStore(path: desk.db, mode: .readOnly)
            let liveHead = StoreHead(try live.head())
            #expect(liveHead.position > 842 + Int64(backups.count))
            var sizes: [Int64] = []
            for (file, _) in backups {
                #expect(!FileManager.default.fileExists(atPath: file + "-wal"))
                let head = try desk.head(of: file)
                sizes.append(head.position)
                #expect(head.position >= 842 && head.position <= liveHead.position)
                // A consistent prefix: its head is the live log's event at that position, unchanged.
                #expect(try live.chainHash(at: head.position)?.hex == head.chainHash, "\(file)")
                let verified = try await desk.succeed(raw: ["audit", "verify", "--db", file])
                #expect(verified.hasPrefix("ok  \(head.position) events"), "\(verified)")
                #expect(
                    RawSQLite.integer("SELECT count(*) FROM subject_keys", on: file)
                        == RawSQLite.integer("SELECT count(*) FROM subject_keys", on: desk.db))
                // The keys came along: the person's own data reads.
                let exported = try await desk.succeed(raw: ["privacy", "export", "P1", "--as", "K1", "--db", file])
                #expect(exported.contains("\"name\" : \"Sanne Vos\""), "\(exported)")
            }
            #expect(sizes == sizes.sorted(), "later backups hold more")
        }
    }

    @Test("restore: a backup copied into place is a working store; a backup onto an existing file is refused (64)")
    func restore() async throws {
        try await AuditDesk.withDemo { desk in
            let backup = desk.path("backup.sqlite")
            try await desk.succeed(["backup", backup])
            try await desk.addInput("Na de back-up")
            // An existing file is never overwritten: a usage error that says so.
            let refused = try await desk.expectFailure(
                ["backup", backup], status: 64, mentions: ["already exists", backup])
            #expect(refused.stderr.hasPrefix("error: "), "\(refused.stderr)")
            #expect(try desk.head(of: backup).position == 842, "the refused backup changed the file")

            do {
                let restoreDirectory = try TemporaryDirectory()
                defer { restoreDirectory.remove() }
                let restored = restoreDirectory.path("programme.sqlite")
                try FileManager.default.copyItem(atPath: backup, toPath: restored)
                let members = try await desk.succeed(raw: ["member", "list", "--db", restored])
                for name in ["Sanne Vos", "Marco Hendriks", "Yvonne Lemmens"] {
                    #expect(members.contains(name), "\(members)")
                }
                let log = try await desk.succeed(raw: ["log", "--db", restored]).split(separator: "\n")
                #expect(log.count == 842)
                #expect(log.last?.trimmingCharacters(in: .whitespaces).hasPrefix("842 ") == true)
                #expect(try await desk.succeed(raw: ["audit", "verify", "--db", restored]).hasPrefix("ok  842 events"))
                // It takes new events, from where the backup ended.
                try await desk.addInput("Na het herstel", db: restored)
                #expect(try desk.head(of: restored).position == 843)
                #expect(try await desk.chainHash(at: 842, db: restored) == (try await desk.chainHash(at: 842)))
            }
        }
    }

    @Test("an erasure after the backup: the restored backup still reads the name until the erasure is applied again")
    func erasureAfterBackup() async throws {
        try await AuditDesk.withDemo { desk in
            let backup = desk.path("backup.sqlite")
            try await desk.succeed(["backup", backup])
            let backupHead = try desk.head(of: backup).position
            try await desk.succeed(["privacy", "forget", "P2", "--as", "K1", "--reason", "verzoek van betrokkene"])
            let live = try await desk.succeed(["privacy", "export", "P2", "--as", "K1"])
            #expect(live.contains("\"forgotten\" : true"), "\(live)")
            #expect(!live.contains("Marco Hendriks"))

            // 1. The subjects forgotten after the backup, from the live store's log.
            let forgotten = try await desk.succeed(["log", "--json"]).split(separator: "\n").compactMap {
                line -> String? in
                guard line.contains("\"SubjectForgotten\""),
                    let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let position = event["position"] as? Int, position > backupHead
                else { return nil }
                return (event["payload"] as? [String: Any])?["subject"] as? String
            }
            #expect(forgotten == ["P2"])

            // 2. The backup put in place.
            do {
                let restoreDirectory = try TemporaryDirectory()
                defer { restoreDirectory.remove() }
                let restored = restoreDirectory.path("programme.sqlite")
                try FileManager.default.copyItem(atPath: backup, toPath: restored)
                let select = "SELECT key FROM subject_keys WHERE subject = 'P2'"
                let key = try #require(RawSQLite.blob(select, on: restored), "the backup holds P2's key")
                let before = try await desk.succeed(raw: ["privacy", "export", "P2", "--as", "K1", "--db", restored])
                #expect(before.contains("\"name\" : \"Marco Hendriks\""), "restored, the name reads again: \(before)")
                #expect(before.contains("\"forgotten\" : false"))

                // 3. Each erasure applied again.
                for subject in forgotten {
                    try await desk.succeed(raw: [
                        "privacy", "forget", subject, "--as", "K1", "--reason", "opnieuw toegepast na herstel", "--db",
                        restored,
                    ])
                }

                // 4. Checked.
                #expect(try await desk.succeed(raw: ["audit", "verify", "--db", restored]).hasPrefix("ok  "))
                let after = try await desk.succeed(raw: ["privacy", "export", "P2", "--as", "K1", "--db", restored])
                #expect(after.contains("\"forgotten\" : true"), "\(after)")
                #expect(!after.contains("Marco Hendriks"))
                #expect(
                    !(try desk.databaseFiles(at: restored, contain: key)), "P2's key is still in the restored store")
                #expect(try await desk.succeed(raw: ["member", "list", "--db", restored]).contains("Sanne Vos"))
                #expect(
                    !(try await desk.succeed(raw: ["member", "list", "--db", restored]).contains("Marco Hendriks")))
            }
        }
    }

    // MARK: Helpers

    /// Writes `events` into a new store at `path` as they were — positions, streams, ids, times,
    /// metadata — with the payloads `payload` gives: a forger's rewrite with every hash recomputed.
    static func rewrite(_ events: [StoredEvent], into path: String, payload: (StoredEvent) -> Data) throws {
        let clock = ControlledClock()
        var options = EventStore.Options()
        options.clock = { clock.now }
        let store = try EventStore(path: path, mode: .create, options: options)
        try store.write { transaction in
            for event in events {
                clock.now = event.metadata.recordedAt
                let appended = try transaction.append(
                    [
                        NewEvent(
                            id: event.id, type: event.type, schemaVersion: event.schemaVersion, payload: payload(event),
                            causationID: event.metadata.causationID)
                    ],
                    to: event.stream, expecting: .exactly(event.streamVersion - 1),
                    metadata: CommandMetadata(
                        actor: event.metadata.actor, command: event.metadata.command,
                        correlationID: event.metadata.correlationID))
                precondition(appended.positions.lowerBound == event.position)
            }
        }
    }
}

/// A clock the test sets.
private final class ControlledClock: Sendable {
    private let date = Mutex(Date(timeIntervalSince1970: 0))

    var now: Date {
        get { date.withLock { $0 } }
        set { date.withLock { $0 = newValue } }
    }
}

/// A second writer in this process: records inputs through the programme's rules, one
/// transaction each, on its own thread until stopped.
private final class BackgroundWriter: Sendable {
    private struct Progress {
        var stop = false
        var running = true
        var written = 0
        var failure: String?
    }

    private let progress = Mutex(Progress())

    init(path: String) {
        Thread.detachNewThread { [self] in
            defer { progress.withLock { $0.running = false } }
            do {
                let store = try ProgrammeStore(path: path)
                let today = Instant(Date()).dayInNetherlands
                while !progress.withLock({ $0.stop }) {
                    try store.record(
                        .addInput(
                            AddInput(
                                pillar: 2, source: .parent, channel: .online, municipality: "Kerkrade",
                                themes: ["inspraak"], date: today, summary: "Inbreng tijdens de back-up",
                                participationLevel: .consult, quote: nil)),
                        actor: "K1", name: "input add")
                    progress.withLock { $0.written += 1 }
                }
            } catch {
                progress.withLock { $0.failure = "\(error)" }
            }
        }
    }

    var written: Int { progress.withLock { $0.written } }
    var failure: String? { progress.withLock { $0.failure } }

    /// Waits (up to 30 s) until at least `count` events were written.
    func waitUntil(written count: Int) async -> Bool {
        for _ in 0..<3000 {
            let (written, running) = progress.withLock { ($0.written, $0.running) }
            if written >= count { return true }
            if !running { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    /// Stops the writer and waits for its thread to finish.
    func stop() {
        progress.withLock { $0.stop = true }
        while progress.withLock({ $0.running }) { usleep(1_000) }
    }
}
