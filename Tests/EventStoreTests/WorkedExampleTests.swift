import Foundation
import TestSupport
import Testing

@testable import EventStore

/// The worked example of docs/event-log-format.md, and the independent verifier docs/verify/verify_log.py.
///
/// The hexadecimal values below are the ones printed in the document: when one changes, the document
/// is wrong or the format changed, and both need a decision, not just a new constant.
@Suite("Worked example of the log format, and the Python verifier")
struct WorkedExampleTests {
    @Test("event 1's canonical bytes, leaf hash and chain hash are the documented ones")
    func documentedHashes() {
        var encoder = CanonicalEncoder()
        let fields = Example.events.map(\.fields)
        #expect(hex(encoder.canonicalBytes(fields[0])) == Example.canonical1)
        let leaf1 = encoder.leafHash(fields[0])
        #expect(leaf1.hex == Example.leafHashes[0])
        #expect(CanonicalEncoder.chainHash(previous: .zero, leaf: leaf1).hex == Example.chainHashes[0])

        var chain = EventHash.zero
        var leaves: [EventHash] = []
        for (index, event) in fields.enumerated() {
            let leaf = encoder.leafHash(event)
            chain = CanonicalEncoder.chainHash(previous: chain, leaf: leaf)
            #expect(leaf.hex == Example.leafHashes[index], "leaf hash of event \(index + 1)")
            #expect(chain.hex == Example.chainHashes[index], "chain hash of event \(index + 1)")
            leaves.append(leaf)
        }
        #expect(MerkleTree.root(of: leaves[0..<2]).hex == Example.node12)
        #expect(MerkleTree.root(of: leaves).hex == Example.merkleRoot)
        #expect(MerkleTree.root(of: [EventHash]()).hex == Example.emptyRoot)
    }

    @Test("docs/event-log-format.md prints these values")
    func documentPrintsThem() throws {
        let document = try String(
            contentsOf: packageRoot.appendingPathComponent("docs/event-log-format.md"), encoding: .utf8)
        let values = Example.leafHashes + Example.chainHashes + [Example.node12, Example.merkleRoot, Example.emptyRoot]
        for value in values {
            #expect(document.contains(value), "\(value) is not in the document")
        }
        #expect(document.filter { !$0.isWhitespace }.contains(Example.canonical1), "event 1's canonical bytes")
    }

    @Test("the store writes the example's events with exactly the documented fields and hashes")
    func realExampleLog() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.path("example.sqlite")
            try Example.write(to: path)
            let store = try EventStore(path: path, mode: .readOnly)
            let stored = try store.read(from: 1)
            #expect(stored.map(\.position) == [1, 2, 3])
            #expect(stored.map(\.metadata.recordedAtText) == Example.events.map(\.batch.recordedAt))
            #expect(stored.map(\.id.lowercasedString) == Example.events.map(\.id))
            #expect(stored.map(\.leafHash.hex) == Example.leafHashes)
            #expect(stored.map(\.chainHash.hex) == Example.chainHashes)
            #expect(try store.head().description == "3:\(Example.chainHashes[2])")
            #expect(try store.verify().isIntact)

            let result = try await runVerifier([path, "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let output = try result.decoded()
            #expect(output.intact)
            #expect(output.eventsChecked == 3)
            #expect(output.head.chainHash == Example.chainHashes[2])
            #expect(output.merkleRoot == Example.merkleRoot)
        }
    }

    @Test("the verifier finds a log intact, with the store's head and Merkle root")
    func intactLog() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            // Text beyond ASCII: lengths in the encoding are UTF-8 byte counts, not characters.
            let streams = ["core-group", "cliëntenraad–Heerlen", "s"]
            for index in 0..<5 {
                try store.append(events(index + 1), to: streams[index % 3], expecting: .any, metadata: metadata)
            }
            try store.append(
                [NewEvent(type: "Noted", payload: payload("één"), causationID: UUID())], to: "s", expecting: .any,
                metadata: CommandMetadata(actor: "Zoë", command: "note add"))
            // Kept as numbers and text: an `EventHash` is 32-byte aligned, more than the frame of an async
            // function guarantees for a value it keeps across an `await`.
            let (position, chainHash) = (try store.head().position, try store.head().chainHash.hex)
            let headText = try store.head().description
            let leaves = try store.read(from: 1, limit: 100).map(\.leafHash)

            let result = try await runVerifier([path, "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let output = try result.decoded()
            #expect(output.intact)
            #expect(output.failure == nil)
            #expect(output.eventsChecked == 16)
            #expect(output.head.position == position)
            #expect(output.head.chainHash == chainHash)
            #expect(output.merkleRoot == MerkleTree.root(of: leaves).hex)

            let text = try await runVerifier([path, "--head", headText])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("head:           \(headText)"))
            #expect(text.stdout.contains("merkle root:    \(MerkleTree.root(of: leaves).hex)"))
        }
    }

    @Test("one payload byte changed with raw SQL: the verifier exits 1 and names that position")
    func changedPayload() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            for index in 0..<5 {
                try store.append(events(2), to: "s\(index)", expecting: .any, metadata: metadata)
            }
            var changed = try store.read(from: 7, limit: 1)[0].payload
            changed[changed.startIndex + 10] ^= 0x01
            #expect(
                RawSQLite.replacePayload(at: 7, with: changed, on: path) == nil)
            let sixthChainHash = try store.read(from: 6, limit: 1)[0].chainHash.hex

            let result = try await runVerifier([path, "--json"])
            #expect(result.status == 1)
            let output = try result.decoded()
            #expect(!output.intact)
            #expect(output.failure?.position == 7)
            #expect(output.failure?.reason == "leaf_hash_mismatch")
            #expect(output.eventsChecked == 6)
            #expect(output.head.position == 6)
            #expect(output.head.chainHash == sixthChainHash)
            #expect(output.merkleRoot == nil)

            let text = try await runVerifier([path])
            #expect(text.status == 1)
            #expect(text.stdout.contains("FAILED at position 7: the leaf hash does not match"))
            #expect(try store.verify().failure?.position == 7, "the Swift verifier agrees")
        }
    }

    @Test("the last event deleted: the verifier exits 1 against a head recorded before")
    func truncatedLog() async throws {
        try await withStore { store, directory in
            let path = directory.path("log.sqlite")
            try store.append(events(5), to: "s", expecting: .any, metadata: metadata)
            let recorded = try store.head().description
            #expect(
                RawSQLite.deleteEvents(where: "position = 5", on: path) == nil)
            #expect(try await runVerifier([path]).status == 0, "without a recorded head, a shorter log looks whole")
            let result = try await runVerifier([path, "--json", "--head", recorded])
            #expect(result.status == 1)
            #expect(try result.decoded().failure?.reason == "missing_events")
            #expect(try result.decoded().failure?.position == 5)
        }
    }

    @Test("a file that is not an event store: exit status 2")
    func foreignFile() async throws {
        try await withTemporaryDirectory { directory in
            let foreign = directory.path("other.sqlite")
            #expect(RawSQLite.execute("CREATE TABLE events (x); PRAGMA application_id = 42", on: foreign) == nil)
            let result = try await runVerifier([foreign])
            #expect(result.status == 2)
            #expect(result.stderr.contains("application_id"))
            #expect(try await runVerifier([directory.path("missing.sqlite")]).status == 2)
        }
    }
}

// MARK: - The worked example

/// One batch of the example: appended in one transaction at one `recorded_at`.
struct ExampleBatch: Sendable {
    var date: Date
    var recordedAt: String
    var metadata: CommandMetadata
}

/// One event of the example, with the values the document prints.
struct ExampleEvent: Sendable {
    var position: Int64
    var stream: String
    var streamVersion: Int64
    var id: String
    var type: String
    var schemaVersion: Int
    var causationID: String
    var payload: String
    var batch: ExampleBatch

    var fields: CanonicalEncoder.Fields<String, String, Data> {
        CanonicalEncoder.Fields(
            position: position, stream: stream, streamVersion: streamVersion, eventID: id, type: type,
            schemaVersion: Int64(schemaVersion), recordedAt: batch.recordedAt, actor: batch.metadata.actor,
            command: batch.metadata.command, correlationID: batch.metadata.correlationID, causationID: causationID,
            payload: Data(payload.utf8))
    }

    var newEvent: NewEvent {
        NewEvent(
            id: UUID(uuidString: id)!, type: type, schemaVersion: schemaVersion, payload: Data(payload.utf8),
            causationID: UUID(uuidString: causationID))
    }
}

enum Example {
    static let first = ExampleBatch(
        date: Date(timeIntervalSince1970: 1_709_285_400), recordedAt: "2024-03-01T09:30:00.000000Z",
        metadata: CommandMetadata(
            actor: "K1", command: "demo note", correlationID: "018df959-5dc0-7000-8000-0000000000aa"))
    static let second = ExampleBatch(
        date: Date(timeIntervalSince1970: 1_709_285_475.123_456), recordedAt: "2024-03-01T09:31:15.123456Z",
        metadata: CommandMetadata(
            actor: "K2", command: "demo count", correlationID: "018df95a-8333-7000-8000-0000000000bb"))

    static let events = [
        ExampleEvent(
            position: 1, stream: "demo", streamVersion: 1, id: "018df959-5dc0-7000-8000-000000000001", type: "Noted",
            schemaVersion: 1, causationID: "", payload: #"{"text":"hello"}"#, batch: first),
        ExampleEvent(
            position: 2, stream: "demo", streamVersion: 2, id: "018df959-5dc0-7000-8000-000000000002", type: "Noted",
            schemaVersion: 1, causationID: "018df959-5dc0-7000-8000-000000000001", payload: #"{"text":"world"}"#,
            batch: first),
        ExampleEvent(
            position: 3, stream: "tally", streamVersion: 1, id: "018df95a-8333-7000-8000-000000000003",
            type: "Counted", schemaVersion: 2, causationID: "", payload: #"{"count":3}"#, batch: second),
    ]

    /// Event 1's canonical bytes, field by field as in the document's table.
    static let canonical1 = [
        "0000000000000001",  // position 1
        "00000004", "64656d6f",  // stream "demo"
        "0000000000000001",  // stream_version 1
        "00000024", hex(Data("018df959-5dc0-7000-8000-000000000001".utf8)),  // event_id
        "00000005", "4e6f746564",  // type "Noted"
        "00000001",  // schema_version 1
        "0000001b", hex(Data("2024-03-01T09:30:00.000000Z".utf8)),  // recorded_at
        "00000002", "4b31",  // actor "K1"
        "00000009", "64656d6f206e6f7465",  // command "demo note"
        "00000024", hex(Data("018df959-5dc0-7000-8000-0000000000aa".utf8)),  // correlation_id
        "00000000",  // causation_id ""
        "00000010", "7b2274657874223a2268656c6c6f227d",  // payload {"text":"hello"}
    ].joined()

    static let leafHashes = [
        "e4fd97242a3ea2527555b248fe41024c2bfa082b1adfead140f38f7b66a1b5d8",
        "1756299e7cca109e8d1341d181f92bc852972b06dc4104f65e5d4799a4034d2f",
        "fff41f777926e50fa9dae85e455af3ea4cf9dc88989b32107dbe4988e0b6b750",
    ]
    static let chainHashes = [
        "df207c457a42a98ac7be92ad9074f5d3ca053668dc4975ea35b77bbefc96dc43",
        "50477a032b98cf09b601106731562654fcf58558e575cf90c03f47e7f661a0c6",
        "8339ccbc5120199fffec54a394245d3ee752008ff5ae61b8f3189d51ebf8f2be",
    ]
    /// The interior node over leaves 1 and 2.
    static let node12 = "ba0ea93bc1376b17c2e3cc994f82865415026087253aa86042bb664a6556588e"
    static let merkleRoot = "53eb77786c9e2e9f869235dcd29e105fcaebf1345f49d1f201d49c03ebeb3ebf"
    /// The root of the empty tree: SHA-256 of the empty string.
    static let emptyRoot = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// Writes the example log: each batch through a store whose clock stands still at the batch's time.
    static func write(to path: String) throws {
        for (batch, stream) in [(first, "demo"), (second, "tally")] {
            var options = EventStore.Options()
            let date = batch.date
            options.clock = { date }
            let store = try EventStore(path: path, mode: .create, options: options)
            let batchEvents = events.filter { $0.stream == stream }.map(\.newEvent)
            try store.append(batchEvents, to: stream, expecting: .noStream, metadata: batch.metadata)
        }
    }
}

// MARK: - Running the verifier

/// The package's root directory, found from this file's path (Tests/EventStoreTests/….swift).
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private let verifierScript = packageRoot.appendingPathComponent("docs/verify/verify_log.py")

/// What the verifier printed with `--json`.
private struct VerifierOutput: Decodable {
    struct Head: Decodable {
        var position: Int64
        var chainHash: String
    }

    var intact: Bool
    var eventsChecked: Int64
    var head: Head
    var merkleRoot: String?
    var failure: VerifierFailure?
}

private struct VerifierFailure: Decodable {
    var position: Int64
    var reason: String
    var detail: String?
}

extension ProcessResult {
    /// The verifier's `--json` output.
    fileprivate func decoded() throws -> VerifierOutput {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(VerifierOutput.self, from: Data(stdout.utf8))
    }
}

/// Runs `python3 docs/verify/verify_log.py arguments…` to its end.
func runVerifier(_ arguments: [String]) async throws -> ProcessResult {
    try await Executable(url: URL(fileURLWithPath: "/usr/bin/env")).run(["python3", verifierScript.path] + arguments)
}

func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}
