import Foundation
import TestSupport
import Testing

@testable import EventStore

/// The worked example of a witness's cosignature in docs/event-log-format.md ("Cosignatures"):
/// the example's checkpoint of 3 events cosigned by a witness whose key is RFC 8032's second test
/// key, at a fixed time. The texts are the ones the document prints.
@Suite("Worked example of a cosignature")
struct CosignatureExampleTests {
    @Test("the witness's key, its cosignature and the cosigned checkpoint are the documented texts")
    func documentedTexts() throws {
        let witness = try CosignatureExample.key()
        #expect(witness.encoded == CosignatureExample.keyFile)
        #expect(witness.verifierKey.encoded == CosignatureExample.verifierKey)
        #expect(witness.verifierKey.keyIDHex == "8de15c5c")

        var checkpoint = try LogCheckpoint(encoded: TransparencyExample.checkpoint3)
        let cosignature = try witness.sign(checkpoint.body, at: CosignatureExample.time)
        let parsed = try #require(Cosignature(cosignature.signature))
        #expect(parsed.timestamp == 1_735_732_800)
        #expect(
            parsed.message(signing: checkpoint.body)
                == Data(("cosignature/v1\ntime 1735732800\n" + checkpoint.body).utf8))
        // Ed25519 is deterministic (RFC 8032); a library that adds randomness signs differently
        // but validly, and then only the validity is compared.
        let deterministic = try witness.sign("x") == witness.sign("x")
        checkpoint.signatures.append(cosignature)
        if deterministic { #expect(checkpoint.encoded == CosignatureExample.cosignedCheckpoint) }

        let documented = try LogCheckpoint(encoded: CosignatureExample.cosignedCheckpoint)
        try documented.verify(signedBy: try TransparencyExample.key().verifierKey)
        let quorum = try WitnessQuorum(witnesses: [try NoteVerifierKey(encoded: CosignatureExample.verifierKey)])
        #expect(try quorum.check(documented).map(\.name) == ["witness.maastricht.example"])
        // The log's key does not verify a cosignature, nor the witness's key the log's signature.
        #expect(throws: CheckpointError.self) {
            try WitnessQuorum(witnesses: [try TransparencyExample.key().verifierKey])
        }
        #expect(throws: TransparencyFailure.self) {
            try quorum.check(try LogCheckpoint(encoded: TransparencyExample.checkpoint3))
        }
        // A cosignature of another time, or of another checkpoint, does not hold.
        var moved = documented
        let original = try #require(Cosignature(documented.signatures[1].signature))
        moved.signatures[1].signature =
            Cosignature(timestamp: original.timestamp + 1, ed25519Signature: original.ed25519Signature).encoded
        #expect(throws: TransparencyFailure.self) { try quorum.check(moved) }
        var forked = try LogCheckpoint(encoded: TransparencyExample.forkedCheckpoint3)
        forked.signatures.append(documented.signatures[1])
        #expect(throws: TransparencyFailure.self) { try quorum.check(forked) }
    }

    @Test("the witness's key file reads back, and a log's key is not a witness's")
    func keyFiles() throws {
        let read = try NoteSigningKey(encoded: CosignatureExample.keyFile)
        #expect(read.type == .cosignature && read.verifierKey.encoded == CosignatureExample.verifierKey)
        #expect(try NoteVerifierKey(encoded: TransparencyExample.verifierKey).type == .ed25519)
    }

    @Test("docs/event-log-format.md prints these texts, and the Python verifier checks the quorum")
    func documentAndPython() async throws {
        let document = try String(
            contentsOf: packageRoot.appendingPathComponent("docs/event-log-format.md"), encoding: .utf8)
        for text in [CosignatureExample.keyFile, CosignatureExample.verifierKey, CosignatureExample.cosignedCheckpoint]
        {
            #expect(document.contains(text), "\(text) is not in the document")
        }
        try await withTemporaryDirectory { directory in
            let cosigned = directory.path("3-cosigned.checkpoint")
            let plain = directory.path("3.checkpoint")
            try Data(CosignatureExample.cosignedCheckpoint.utf8).write(to: URL(fileURLWithPath: cosigned))
            try Data(TransparencyExample.checkpoint3.utf8).write(to: URL(fileURLWithPath: plain))
            let trust = ["--trust", TransparencyExample.verifierKey, "--witness", CosignatureExample.verifierKey]
            let accepted = try await runVerifier(["--consistency", plain, cosigned] + trust + ["--quorum", "1"])
            // The plain one carries no cosignature: short of its quorum.
            #expect(accepted.status == 1, "\(accepted.stdout)\(accepted.stderr)")
            #expect(
                accepted.stdout.contains("cosigned by 0 of the 1 witnesses given, 1 required"), "\(accepted.stdout)")
            let both = try await runVerifier(["--consistency", cosigned, cosigned] + trust)
            #expect(both.status == 0, "\(both.stdout)\(both.stderr)")
            let logKeyAsWitness = try await runVerifier(
                [
                    "--consistency", cosigned, cosigned, "--trust", TransparencyExample.verifierKey, "--witness",
                    TransparencyExample.verifierKey,
                ])
            #expect(logKeyAsWitness.status == 2)
        }
    }
}

/// The documented texts of the cosignature example.
enum CosignatureExample {
    /// RFC 8032 section 7.1, TEST 2: the secret key (the Ed25519 seed).
    static let seed = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"
    static let name = "witness.maastricht.example"
    /// 2025-01-01T12:00:00Z.
    static let time = Date(timeIntervalSince1970: 1_735_732_800)

    static func key() throws -> NoteSigningKey {
        let bytes = stride(from: 0, to: seed.count, by: 2).map {
            UInt8(seed.dropFirst($0).prefix(2), radix: 16)!
        }
        return try NoteSigningKey(name: name, seed: Data(bytes), type: .cosignature)
    }

    static let keyFile =
        "PRIVATE+KEY+witness.maastricht.example+8de15c5c+BEzNCJso/5banbbDRuwRTg9bijGfNaumJNqM9u1PuKb7\n"
    static let verifierKey = "witness.maastricht.example+8de15c5c+BD1AF8PoQ4lakrcKp00bfrycmCzPLsSWjMDNVfEq9GYM"

    static let cosignedCheckpoint = """
        example.org/participatie
        3
        U+t3eGyeLp+GkjXc0p4QX8rr8TRfSdHyAdScA+vrPr8=

        — example.org/participatie UZ2R5cz1mAZR9Pc6fWPpNTxLropyieons2SHo766uw3rY6sCHk4xlhGKNTgZgIB0aX9pMPErDFkiEyLzBcaKfTHAxQU=
        — witness.maastricht.example jeFcXAAAAABndS5AW3Vy7eDqqD5n0UOS8ZAYANMUioK13HwwPLUcAL852QTXyPMIATvxwmCC8exaGrYX0XxGCni1zYqaaMlywyPhDg==

        """
}
