import Foundation
import Testing

@testable import EventStore

// Published test vectors, copied as facts (keys, texts, signatures), not code:
// - golang.org/x/mod/sumdb/note, note_test.go and example_test.go (commit fe2ec04 of github.com/golang/mod):
//   the PeterNeumann and EnochRoot keys, the signed note, its malformed variants and mangled keys;
// - golang.org/x/mod/sumdb/tlog, note_test.go: the tree note of a 123456789012-leaf tree;
// - c2sp.org/signed-note (github.com/C2SP/C2SP, signed-note.md): the example.com/foo example.

/// Go's signer key for PeterNeumann, and the verifier keys of PeterNeumann and EnochRoot.
private let peterSigningKey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
private let peterKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
private let enochKey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"

private let text =
    "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
private let peterSignature =
    "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
private let enochSignature =
    "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"

@Suite("Signed notes and checkpoints: the published test vectors")
struct SignedNoteVectorTests {
    @Test("Go's PeterNeumann signer key gives its verifier key, and signs the note as Go does")
    func goSigner() throws {
        let key = try NoteSigningKey(encoded: peterSigningKey)
        #expect(key.name == "PeterNeumann")
        #expect(key.verifierKey.encoded == peterKey)
        #expect(key.verifierKey.keyID == 0xc74f_20a3)
        #expect(key.encoded == peterSigningKey + "\n", "the key file is the signer key on one line")
        let signed = SignedNote(text: text, signatures: [try key.sign(text)])
        // Ed25519 (RFC 8032) is deterministic; a library that adds randomness signs differently but validly.
        if try key.sign(text) == key.sign(text) {
            #expect(signed.encoded == text + "\n" + peterSignature)
        }
        try key.verifierKey.verify(signed)
    }

    @Test("Go's signed note verifies with PeterNeumann's key; EnochRoot's signature is ignored, or verified")
    func goNote() throws {
        let peter = try NoteVerifierKey(encoded: peterKey)
        let enoch = try NoteVerifierKey(encoded: enochKey)
        #expect(enoch.keyIDHex == "af0cfe78")
        let note = try SignedNote(encoded: text + "\n" + peterSignature + enochSignature)
        #expect(note.text == text)
        #expect(note.signatures.map(\.keyName) == ["PeterNeumann", "EnochRoot"])
        #expect(note.signatures.map(\.keyID) == [0xc74f_20a3, 0xaf0c_fe78])
        #expect(note.encoded == text + "\n" + peterSignature + enochSignature, "it is written back as it was read")
        try peter.verify(note)
        try enoch.verify(note)

        let unknown = try NoteVerifierKey(name: "Nobody", ed25519PublicKey: peter.publicKey)
        #expect(throws: TransparencyFailure.self) { try unknown.verify(note) }
        // Same name and key, other ID: not the key that signed (signed-note: ignore, then refuse).
        let sameNameOtherKey = try NoteVerifierKey(name: "PeterNeumann", ed25519PublicKey: enoch.publicKey)
        #expect(throws: TransparencyFailure.self) { try sameNameOtherKey.verify(note) }
    }

    @Test("Go's note with ABCD written into PeterNeumann's signature is refused")
    func goInvalidSignature() throws {
        let peter = try NoteVerifierKey(encoded: peterKey)
        let index = peterSignature.index(peterSignature.startIndex, offsetBy: 60)
        let damaged = String(peterSignature[..<index]) + "ABCD" + String(peterSignature[index...])
        let note = try SignedNote(encoded: text + "\n" + damaged)
        #expect(throws: TransparencyFailure.self) { try peter.verify(note) }
        // EnochRoot's damaged signature does not matter to a verifier that trusts only PeterNeumann.
        let enochIndex = enochSignature.index(enochSignature.startIndex, offsetBy: 60)
        let enochDamaged = String(enochSignature[..<enochIndex]) + "ABCD" + String(enochSignature[enochIndex...])
        try peter.verify(try SignedNote(encoded: text + "\n" + peterSignature + enochDamaged))
    }

    @Test(
        "Go's malformed notes are refused",
        arguments: [
            text,
            text + "\n",
            text + "\n" + String(peterSignature.dropLast()),
            "\u{01}" + text + "\n" + peterSignature,
            text + "\n"
                + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
            text + "\n" + peterSignature + "Unexpected line.\n",
            text + "\n" + String(repeating: peterSignature, count: 101),
        ])
    func goMalformed(note: String) {
        #expect(throws: CheckpointError.self) { try SignedNote(encoded: note) }
    }

    @Test("Go's mangled verifier keys are refused: every byte changed, every part cut, wrong length, other type")
    func goMangledKeys() throws {
        let bytes = Array(peterKey.utf8)
        for index in bytes.indices {
            var mangled = bytes
            mangled[index] &+= 1
            #expect(
                (try? NoteVerifierKey(encoded: String(decoding: mangled, as: UTF8.self))) == nil,
                "byte \(index) changed")
        }
        for end in [12, 13, 21, 22, bytes.count - 1] {
            #expect((try? NoteVerifierKey(encoded: String(decoding: bytes[..<end], as: UTF8.self))) == nil)
        }
        #expect(
            (try? NoteVerifierKey(
                encoded: "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==")) == nil)
        #expect(
            (try? NoteVerifierKey(encoded: "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")) == nil
        )
    }

    @Test("c2sp.org/signed-note's example verifier key verifies its example note")
    func c2spExample() throws {
        let key = try NoteVerifierKey(encoded: "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")
        let note = try SignedNote(
            encoded: """
                This is an example message.

                — example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=

                """)
        try key.verify(note)
        var changed = note
        changed.text = "This is an example massage.\n"
        #expect(throws: TransparencyFailure.self) { try key.verify(changed) }
    }

    @Test("Go's tree note is a checkpoint body: origin, size, base64 root of a leaf hash")
    func goTreeNote() throws {
        let golden = "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n"
        let leaf = Data([0x00] + Array("hello world".utf8)).withUnsafeBytes { CanonicalEncoder.sha256($0) }
        let checkpoint = LogCheckpoint(
            origin: "go.sum database tree", size: 123_456_789_012, root: leaf, signatures: [])
        #expect(checkpoint.body == golden)
        let read = try LogCheckpoint(encoded: golden + "\n" + peterSignature)
        #expect(read.origin == "go.sum database tree" && read.size == 123_456_789_012 && read.root == leaf)
        for bad in [
            "go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
            "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n",
            "go.sum database tree\n0123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
            "go.sum database tree\n123456789012\n",
        ] {
            #expect(throws: CheckpointError.self) { try LogCheckpoint(encoded: bad + "\n" + peterSignature) }
        }
    }
}
