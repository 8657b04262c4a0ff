import Foundation
import TestSupport
import Testing

@testable import EventStore

/// The worked examples of docs/event-log-format.md, "Checkpoints, proofs and receipts": the
/// example log's checkpoints, consistency proof and receipt, signed with RFC 8032's first test key.
///
/// The texts below are the ones printed in the document: when one changes, the document is wrong
/// or the format changed, and both need a decision, not just a new constant.
@Suite("Worked example of checkpoints, proofs and receipts")
struct TransparencyExampleTests {
    @Test("the example's key, checkpoints, consistency proof and receipt are the documented texts")
    func documentedTexts() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("example.sqlite")
            try Example.write(to: path)
            let store = try EventStore(path: path, mode: .readOnly)
            let key = try TransparencyExample.key()
            #expect(key.encoded == TransparencyExample.keyFile)
            #expect(key.verifierKey.encoded == TransparencyExample.verifierKey)

            let second = try LogCheckpoint.sign(size: 2, root: try store.merkleRoot(size: 2), key: key)
            let third = try store.checkpoint(key: key)
            let consistency = try store.consistencyProof(from: 2, to: 3)
            let receipt = try store.receipt(position: 2, checkpoint: third)
            #expect(consistency.encoded == TransparencyExample.consistency)
            // Ed25519 (RFC 8032) signatures are deterministic; a library that adds randomness signs
            // differently but validly, and then only the signed texts are compared.
            let deterministic = try key.sign("x") == key.sign("x")
            let documented = try [TransparencyExample.checkpoint2, TransparencyExample.checkpoint3].map(
                LogCheckpoint.init(encoded:))
            for (made, text) in zip(
                [second, third], [TransparencyExample.checkpoint2, TransparencyExample.checkpoint3])
            {
                let read = try LogCheckpoint(encoded: text)
                #expect(made.body == read.body)
                try read.verify(signedBy: key.verifierKey)
                if deterministic { #expect(made.encoded == text) }
            }
            let readReceipt = try LogReceipt(encoded: TransparencyExample.receipt)
            #expect(receipt.extra == readReceipt.extra && receipt.index == 1 && receipt.proof == readReceipt.proof)
            if deterministic { #expect(receipt.encoded == TransparencyExample.receipt) }

            // They check, as the document says, and round-trip.
            let event = try readReceipt.verify(trusting: [.verifier(key.verifierKey)])
            #expect(event == CanonicalEvent(try store.read(from: 2, limit: 1)[0]))
            #expect(readReceipt.encoded == TransparencyExample.receipt)
            let proof = try ConsistencyProof(encoded: TransparencyExample.consistency)
            #expect(proof.hashes.map(\.hex) == [Example.leafHashes[2]])
            try ConsistencyProof.check(.note(documented[0]), .note(documented[1]), proof: proof)
        }
    }

    @Test("docs/event-log-format.md prints these texts")
    func documentPrintsThem() throws {
        let document = try String(
            contentsOf: packageRoot.appendingPathComponent("docs/event-log-format.md"), encoding: .utf8)
        for text in [
            TransparencyExample.keyFile, TransparencyExample.verifierKey, TransparencyExample.checkpoint2,
            TransparencyExample.checkpoint3, TransparencyExample.consistency, TransparencyExample.receipt,
            TransparencyExample.forkedCheckpoint3,
        ] {
            #expect(document.contains(text), "\(text) is not in the document")
        }
    }

    @Test("the Python verifier checks the documented consistency proof and receipt, and finds the fork")
    func pythonVerifier() async throws {
        try await withTemporaryDirectory { directory in
            func file(_ name: String, _ text: String) throws -> String {
                let path = directory.path(name)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                return path
            }
            let second = try file("2.checkpoint", TransparencyExample.checkpoint2)
            let third = try file("3.checkpoint", TransparencyExample.checkpoint3)
            let forked = try file("3-forked.checkpoint", TransparencyExample.forkedCheckpoint3)
            let proof = try file("2-3.consistency", TransparencyExample.consistency)
            let receipt = try file("2.tlog-proof", TransparencyExample.receipt)
            let trust = ["--trust", TransparencyExample.verifierKey]

            let consistent = try await runVerifier(["--consistency", second, third, proof] + trust)
            #expect(consistent.status == 0, "\(consistent.stdout)\(consistent.stderr)")
            let checked = try await runVerifier(["--receipt", receipt] + trust)
            #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
            #expect(checked.stdout.contains("event 2 (Noted, recorded 2024-03-01T09:30:00.000000Z)"))
            let fork = try await runVerifier(["--consistency", third, forked] + trust)
            #expect(fork.status == 1)
            #expect(fork.stdout.contains("fork: two checkpoints of 3 events with different roots"), "\(fork.stdout)")
            let document = try String(
                contentsOf: packageRoot.appendingPathComponent("docs/event-log-format.md"), encoding: .utf8)
            #expect(document.contains(fork.stdout), "the document prints what the verifier says of the fork")
            #expect(try await runVerifier(["--consistency", second, forked, proof] + trust).status == 1)

            // The Swift side agrees on the fork.
            #expect(throws: TransparencyFailure.self) {
                try ConsistencyProof.check(
                    .note(try LogCheckpoint(encoded: TransparencyExample.checkpoint3)),
                    .note(try LogCheckpoint(encoded: TransparencyExample.forkedCheckpoint3)), proof: nil)
            }
        }
    }

    @Test("the Python verifier reads the published signed-note vectors as the specification has them")
    func pythonNoteVectors() async throws {
        let script = """
            import sys; sys.path.insert(0, sys.argv[1]); import tlog
            peter = tlog.VerifierKey("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
            text = "If you think cryptography is the answer to your problem,\\nthen you don't know what your problem is.\\n"
            sig = "\\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\\n"
            enoch = "\\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\\n"
            peter.verify(tlog.Note(text + "\\n" + sig + enoch))
            foo = tlog.VerifierKey("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")
            foo.verify(tlog.Note("This is an example message.\\n\\n\\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\\n"))
            for bad in [text, text + "\\n", text + "\\n" + sig + "Unexpected line.\\n", "\\x01" + text + "\\n" + sig]:
                try:
                    tlog.Note(bad)
                    sys.exit("malformed note accepted: %r" % bad)
                except tlog.Malformed:
                    pass
            try:
                peter.verify(tlog.Note(text + "\\n" + sig[:60] + "ABCD" + sig[60:]))
                sys.exit("invalid signature accepted")
            except tlog.Refused:
                pass
            print("ok")
            """
        let result = try await Executable(url: URL(fileURLWithPath: "/usr/bin/env")).run([
            "python3", "-c", script, packageRoot.appendingPathComponent("docs/verify").path,
        ])
        #expect(result.status == 0 && result.stdout == "ok\n", "\(result.stdout)\(result.stderr)")
    }
}

/// The documented texts.
enum TransparencyExample {
    /// RFC 8032 section 7.1, TEST 1: the secret key (the Ed25519 seed).
    static let seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
    static let origin = "example.org/participatie"

    static func key() throws -> NoteSigningKey {
        let bytes = stride(from: 0, to: seed.count, by: 2).map {
            UInt8(seed.dropFirst($0).prefix(2), radix: 16)!
        }
        return try NoteSigningKey(name: origin, seed: Data(bytes))
    }

    static let keyFile = "PRIVATE+KEY+example.org/participatie+519d91e5+AZ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
    static let verifierKey = "example.org/participatie+519d91e5+AddamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea"

    static let checkpoint2 = """
        example.org/participatie
        2
        ug6pO8E3axfC48yZT4KGVBUCYIclOqhgQrtmSmVWWI4=

        — example.org/participatie UZ2R5VSLYzc+LUev8maoGWGcL8sSgB9VyL/NOPfnfjEcpe+uIBCXJnnoZOiV3pmvS8kcAMh8Ktfse/lrePbzz1n52w8=

        """

    static let checkpoint3 = """
        example.org/participatie
        3
        U+t3eGyeLp+GkjXc0p4QX8rr8TRfSdHyAdScA+vrPr8=

        — example.org/participatie UZ2R5cz1mAZR9Pc6fWPpNTxLropyieons2SHo766uw3rY6sCHk4xlhGKNTgZgIB0aX9pMPErDFkiEyLzBcaKfTHAxQU=

        """

    static let consistency = """
        event-log-consistency v1
        old 2 ug6pO8E3axfC48yZT4KGVBUCYIclOqhgQrtmSmVWWI4=
        new 3 U+t3eGyeLp+GkjXc0p4QX8rr8TRfSdHyAdScA+vrPr8=
        //Qfd3km5Q+p2uheRVrz6kz53IiYmzIQfb5JiOC2t1A=

        """

    static let receipt = """
        c2sp.org/tlog-proof@v1
        extra AAAAAAAAAAIAAAAEZGVtbwAAAAAAAAACAAAAJDAxOGRmOTU5LTVkYzAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMgAAAAVOb3RlZAAAAAEAAAAbMjAyNC0wMy0wMVQwOTozMDowMC4wMDAwMDBaAAAAAksxAAAACWRlbW8gbm90ZQAAACQwMThkZjk1OS01ZGMwLTcwMDAtODAwMC0wMDAwMDAwMDAwYWEAAAAkMDE4ZGY5NTktNWRjMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAxAAAAEHsidGV4dCI6IndvcmxkIn0=
        index 1
        5P2XJCo+olJ1VbJI/kECTCv6CCsa3+rRQPOPe2ahtdg=
        //Qfd3km5Q+p2uheRVrz6kz53IiYmzIQfb5JiOC2t1A=


        """ + checkpoint3

    /// A checkpoint of 3 events with another root — event 3's payload `{"count":4}` — signed with
    /// the same key: a fork.
    static let forkedCheckpoint3 = """
        example.org/participatie
        3
        VA/un3wesIPtjRV6xpeTgedJUrqiXUrnArX+raBUrmE=

        — example.org/participatie UZ2R5QVikYdeGtDLN7iy4Onb8uvz5mXIpGSEp7wumTezQimX1AAcNGnc/G8VvKE7+u21Ukm/xhxa3AqKH2k2TZBYug8=

        """
}
