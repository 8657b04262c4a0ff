import EventStore
import Foundation
import TestSupport
import Testing

/// Consistency proofs between checkpoints, forks, and receipts (docs/auditing.md): real
/// `programctl` processes on the demo programme, and the independent Python verifier.
@Suite("programctl: consistency proofs, forks and receipts")
struct TransparencyTests {
    @Test(
        "audit consistency OLD NEW writes an RFC 9162 proof; check-consistency and the verifier accept it without the log"
    )
    func consistency() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let q1 = try await desk.checkpoint("2025-Q1.checkpoint", key: key)
            for summary in ["Vast aanspreekpunt", "Begrijpelijke brieven", "Reiskosten vergoeden"] {
                try await desk.addInput(summary)
            }
            let q2 = try await desk.checkpoint("2025-Q2.checkpoint", key: key)
            let written = try await desk.succeed(["audit", "consistency", q1, q2, "-o", desk.path("q1-q2.consistency")])
            #expect(written.contains("wrote the consistency proof from 842 to 845 events (7 hashes)"), "\(written)")
            let proof = try String(contentsOfFile: desk.path("q1-q2.consistency"), encoding: .utf8)
            let lines = proof.split(separator: "\n")
            #expect(lines.first == "event-log-consistency v1")
            #expect(lines.count == 3 + 7, "RFC 9162 gives 7 hashes from 842 to 845: \(proof)")
            #expect(
                try await desk.succeed(["audit", "consistency", "842", "845"]) == proof, "sizes give the same proof")

            for (old, new) in [(q1, q2), (q2, q1)] {
                let checked = try await desk.succeed(
                    raw: [
                        "audit", "check-consistency", old, new, desk.path("q1-q2.consistency"), "--trust", verifierKey,
                    ])
                #expect(
                    checked.contains(
                        "ok  the log of 845 events extends the log of 842, signed by \(AuditDesk.demoOrigin)"),
                    "\(checked)")
            }
            let python = try await desk.verifier([
                "--consistency", q1, q2, desk.path("q1-q2.consistency"), "--trust", verifierKey,
            ])
            #expect(python.status == 0, "\(python.stdout) \(python.stderr)")
            #expect(python.stdout.contains("extends the log of 842"), "\(python.stdout)")
            // One checkpoint against itself needs no proof.
            let same = try await desk.succeed(raw: ["audit", "check-consistency", q2, q2, "--trust", verifierKey])
            #expect(same.contains("no fork"), "\(same)")

            try await desk.expectFailure(
                raw: ["audit", "check-consistency", q1, q2, "--trust", verifierKey], status: 64,
                mentions: ["give the consistency proof from 842 to 845"])
            try await desk.expectFailure(
                raw: ["audit", "check-consistency", q1, q2, desk.path("q1-q2.consistency")], status: 64,
                mentions: ["--trust"])
            try await desk.expectFailure(["audit", "consistency", "842", "900"], status: 64, mentions: ["845"])
            try await desk.expectFailure(["audit", "consistency", q2, q1], status: 64, mentions: ["older one first"])
            #expect(try await desk.verifier(["--consistency", q1, q2, "--trust", verifierKey]).status == 2)
        }
    }

    @Test("a fork — one size, two roots; or a proof that does not reconcile — is refused (74), by both verifiers")
    func fork() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let other = desk.path("other.sqlite")
            try FileManager.default.copyItem(atPath: desk.db, toPath: other)
            try await desk.addInput("Wat de secretaris iedereen liet zien")
            let shown = try await desk.checkpoint("shown.checkpoint", key: key)
            try await desk.addInput("Wat een ander te zien kreeg", db: other)
            let hidden = try await desk.checkpoint("hidden.checkpoint", key: key, db: other)

            let forked = try await desk.expectFailure(
                raw: ["audit", "check-consistency", shown, hidden, "--trust", verifierKey], status: 74,
                mentions: ["fork: two checkpoints of 843 events with different roots"])
            #expect(!forked.stdout.contains("ok"))
            let python = try await desk.verifier(["--consistency", shown, hidden, "--trust", verifierKey])
            #expect(python.status == 1)
            #expect(python.stdout.contains("fork"), "\(python.stdout)")

            // Both logs grow; a proof made from the other log does not fit the checkpoint the secretary showed.
            try await desk.addInput("Nog een")
            try await desk.addInput("Nog een", db: other)
            let later = try await desk.checkpoint("later.checkpoint", key: key)
            let fromOther = try await desk.succeed(raw: ["audit", "consistency", "843", "844", "--db", other])
            let otherProof = try desk.write("other.consistency", Data(fromOther.utf8))
            try await desk.expectFailure(
                raw: ["audit", "check-consistency", shown, later, otherProof, "--trust", verifierKey], status: 74,
                mentions: ["other roots"])
            // …and with the roots written over, its hashes do not reconcile them.
            var lines = fromOther.split(separator: "\n").map(String.init)
            let shownRoot = try #require(
                try String(contentsOfFile: shown, encoding: .utf8).split(separator: "\n").dropFirst(2).first)
            let laterRoot = try #require(
                try String(contentsOfFile: later, encoding: .utf8).split(separator: "\n").dropFirst(2).first)
            lines[1] = "old 843 \(shownRoot)"
            lines[2] = "new 844 \(laterRoot)"
            let rewritten = try desk.write("rewritten.consistency", Data((lines.joined(separator: "\n") + "\n").utf8))
            try await desk.expectFailure(
                raw: ["audit", "check-consistency", shown, later, rewritten, "--trust", verifierKey], status: 74,
                mentions: ["does not reconcile"])
            #expect(
                try await desk.verifier(["--consistency", shown, later, rewritten, "--trust", verifierKey]).status == 1)
            // The honest proof reconciles them.
            let honest = try desk.write(
                "honest.consistency", Data(try await desk.succeed(["audit", "consistency", shown, later]).utf8))
            try await desk.succeed(raw: ["audit", "check-consistency", shown, later, honest, "--trust", verifierKey])
            // The log refuses to prove from a checkpoint of the other log.
            try await desk.expectFailure(
                ["audit", "consistency", hidden, later], status: 74, mentions: ["not the ones", "hidden.checkpoint"])
        }
    }

    @Test("audit receipt for an input or a registration: a tlog-proof checked offline; personal data stays sealed")
    func receipts() async throws {
        try await AuditDesk.withDemo { desk in
            let (key, verifierKey) = try await desk.keygen()
            let checkpoint = try await desk.checkpoint("2025-Q2.checkpoint", key: key)
            let events = try desk.storedEvents()
            for (option, id, type) in [
                ("--input", "I3", "InputCollected"), ("--registration", "A1", "RegistrationReceived"),
            ] {
                let file = desk.path("\(id).tlog-proof")
                try await desk.succeed(["audit", "receipt", option, id, "--checkpoint", checkpoint, "-o", file])
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines[0] == "c2sp.org/tlog-proof@v1")
                #expect(
                    text.hasSuffix(try String(contentsOfFile: checkpoint, encoding: .utf8)), "the checkpoint, verbatim")
                let index = try #require(lines[2].hasPrefix("index ") ? Int64(lines[2].dropFirst(6)) : nil)
                let event = try #require(events.first { $0.position == index + 1 })
                #expect(event.type == type)
                #expect(String(decoding: event.payload, as: UTF8.self).contains("\"\(id)\""))
                let extra = try #require(
                    lines[1].hasPrefix("extra ") ? Data(base64Encoded: String(lines[1].dropFirst(6))) : nil)
                #expect(try CanonicalEvent(canonical: extra) == CanonicalEvent(event), "the event's canonical encoding")
                for personal in ["@example.nl", "ouder van", "Ik wil"] {
                    #expect(extra.range(of: Data(personal.utf8)) == nil, "'\(personal)' in \(id)'s receipt")
                }
                #expect(type == "InputCollected" || extra.range(of: Data(#"{"sealed":"#.utf8)) != nil)

                let checked = try await desk.succeed(raw: ["audit", "check-receipt", file, "--trust", verifierKey])
                #expect(
                    checked.contains("ok  event \(index + 1) (\(type), recorded ") && checked.contains("842 events"),
                    "\(checked)")
                let python = try await desk.verifier(["--receipt", file, "--trust", verifierKey])
                #expect(python.status == 0, "\(python.stdout) \(python.stderr)")
                #expect(python.stdout.contains("event \(index + 1) (\(type)"), "\(python.stdout)")
            }

            // By position, with a checkpoint signed now.
            try await desk.addInput()
            let now = try await desk.succeed(["audit", "receipt", "--position", "843", "--key", key])
            let nowFile = try desk.write("843.tlog-proof", Data(now.utf8))
            #expect(now.contains("\n843\n"), "signed over the log of 843 events: \(now)")
            try await desk.succeed(raw: ["audit", "check-receipt", nowFile, "--trust", verifierKey])

            // Altered: another index, a proof hash changed, another key, no key.
            let receipt = try String(contentsOfFile: desk.path("I3.tlog-proof"), encoding: .utf8)
            var lines = receipt.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let index = try #require(Int(lines[2].dropFirst(6)))
            lines[2] = "index \(index + 1)"
            let moved = try desk.write("moved.tlog-proof", Data(lines.joined(separator: "\n").utf8))
            try await desk.expectFailure(
                raw: ["audit", "check-receipt", moved, "--trust", verifierKey], status: 74, mentions: ["position"])
            #expect(try await desk.verifier(["--receipt", moved, "--trust", verifierKey]).status == 1)
            lines[2] = "index \(index)"
            lines[3] = (lines[3].first == "A" ? "B" : "A") + lines[3].dropFirst()
            let damaged = try desk.write("damaged.tlog-proof", Data(lines.joined(separator: "\n").utf8))
            try await desk.expectFailure(
                raw: ["audit", "check-receipt", damaged, "--trust", verifierKey], status: 74,
                mentions: ["does not lead from the event's leaf hash"])
            #expect(try await desk.verifier(["--receipt", damaged, "--trust", verifierKey]).status == 1)
            let other = try await desk.keygen("other.key").verifierKey
            try await desk.expectFailure(
                raw: ["audit", "check-receipt", desk.path("I3.tlog-proof"), "--trust", other], status: 74,
                mentions: ["not signed by the trusted key"])
            try await desk.expectFailure(
                raw: ["audit", "check-receipt", desk.path("I3.tlog-proof")], status: 64, mentions: ["--trust"])
            #expect(try await desk.verifier(["--receipt", desk.path("I3.tlog-proof")]).status == 2)

            // What cannot be given a receipt.
            try await desk.expectFailure(
                ["audit", "receipt", "--input", "I999", "--key", key], status: 65, mentions: ["I999"])
            try await desk.expectFailure(
                ["audit", "receipt", "--input", "I3", "--position", "3", "--key", key], status: 64, mentions: ["one of"]
            )
            try await desk.expectFailure(["audit", "receipt", "--input", "I3"], status: 64, mentions: ["--key"])
            try await desk.expectFailure(
                ["audit", "receipt", "--position", "900", "--key", key], status: 65, mentions: ["900"])
        }
    }
}
