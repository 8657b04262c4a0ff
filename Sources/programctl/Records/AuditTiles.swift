import ArgumentParser
import EventStore
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

struct AuditTiles: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiles",
        abstract:
            "Write the log as C2SP tlog-tiles into a directory, for a static mirror: the published checkpoint and its tiles.",
        discussion: """
            Writes DIR/checkpoint (the latest checkpoint published with `audit checkpoint \
            --publish`) and every tile its size needs, DIR/tile/<L>/<N>[.p/<W>] and \
            DIR/tile/entries/<N>[.p/<W>], byte for byte as programd serves them: a web \
            server serving DIR serves the same log (docs/operations.md). Run it again \
            after each publication: tiles are rewritten with the same bytes, and the \
            checkpoint is replaced last, so a mirror never points at tiles it lacks. An \
            entry bundle with an event of more than 65,535 bytes is left out, saying so.

            Example:  programctl audit tiles /srv/www/log
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The directory to write into (made when missing).")
    var directory: String

    func execute() throws {
        let store = try global.store(.readOnly)
        guard let note = try store.log.latestPublishedCheckpoint() else {
            throw UsageError(
                "no checkpoint is published in \(global.shownPath): publish one with `programctl audit checkpoint --publish`"
            )
        }
        let checkpoint = try LogCheckpoint(encoded: note)
        let root = URL(fileURLWithPath: directory)
        var written = 0
        var left: [String] = []
        for address in TileAddress.tiles(ofTreeSize: checkpoint.size) {
            let bytes: Data
            do {
                guard let tile = try store.log.tile(address) else {
                    throw CheckpointFailure("the log no longer holds \(address.path): events were removed")
                }
                bytes = tile
            } catch let oversized as OversizedEntry {
                left.append("not written: \(address.path): \(oversized)")
                continue
            }
            let file = root.appendingPathComponent(address.path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file, options: .atomic)
            written += 1
        }
        try Data(note.utf8).write(to: root.appendingPathComponent("checkpoint"), options: .atomic)
        for line in left { global.output.print(line) }
        global.output.print("wrote the checkpoint of \(checkpoint.size) events and \(written) tiles to \(directory)")
    }
}

struct AuditCheckTiles: ProgrammeCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-tiles",
        abstract: "Check the log served as C2SP tlog-tiles — a directory or a URL — against its signed checkpoint.",
        discussion: """
            Reads SOURCE/checkpoint and checks its signature with the log's verifier \
            key, then reads every tile its size needs: each entry must be an event's \
            canonical encoding at its position and hash to its leaf in the level-0 tile, \
            each hash above level 0 the root of the full tile below it, and the leaves \
            must give the checkpoint's root. Exits 74 when one does not hold or a tile \
            is missing.

            Example:  programctl audit check-tiles https://participatie.example.nl/log \\
                        --trust client-en-…+1a2b3c4d+AX…
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A directory (from `audit tiles`) or an http(s) URL prefix (programd, a mirror).")
    var source: String

    @Option(help: ArgumentHelp("The log's verifier key (repeatable).", valueName: "key"))
    var trust: [String] = []

    func execute() throws {
        let read = try reader()
        guard let text = try read("checkpoint") else { throw TransparencyFailure("\(source) has no checkpoint") }
        let checkpoint: LogCheckpoint
        do {
            checkpoint = try LogCheckpoint(encoded: String(decoding: text, as: UTF8.self))
        } catch let error as CheckpointError {
            throw TransparencyFailure("\(source)/checkpoint: \(error)")
        }
        try CheckpointFile.note(checkpoint).verify(trusting: try trustedKeys(trust))
        let check = try TileCheck(of: checkpoint, fetch: read)
        global.output.print(
            "ok  the \(check.tiles) tiles of the log of \(checkpoint.size) events signed by"
                + " \(CheckpointFile.note(checkpoint).signer) hold: \(check.entries) entries hash to their leaves,"
                + " every tile to the one above, the leaves to the checkpoint's root")
    }

    /// Reads a path below the source: a file, or a GET of the URL; `nil` when there is none there.
    private func reader() throws -> (String) throws -> Data? {
        guard source.hasPrefix("http://") || source.hasPrefix("https://") else {
            let root = URL(fileURLWithPath: source)
            return { path in FileManager.default.contents(atPath: root.appendingPathComponent(path).path) }
        }
        guard let prefix = URL(string: source.hasSuffix("/") ? source : source + "/") else {
            throw UsageError("source: '\(source)' is not a URL")
        }
        return { path in try HTTPGet(URL(string: path, relativeTo: prefix)!).result() }
    }
}

/// One GET, waited for: the body of a 200, `nil` for a 404.
private final class HTTPGet: Sendable {
    private let outcome = Mutex<Result<Data?, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)
    private let url: URL

    init(_ url: URL) {
        self.url = url
        URLSession.shared.dataTask(with: url) { [self] data, response, error in
            let status = (response as? HTTPURLResponse)?.statusCode
            outcome.withLock {
                $0 =
                    if let error {
                        .failure(TransparencyFailure("\(url.absoluteString): \(error.localizedDescription)"))
                    } else if status == 404 { .success(nil) } else if status == 200 { .success(data ?? Data()) } else {
                        .failure(TransparencyFailure("\(url.absoluteString): HTTP \(status ?? 0)"))
                    }
            }
            done.signal()
        }.resume()
    }

    func result() throws -> Data? {
        done.wait()
        return try outcome.withLock { $0! }.get()
    }
}
