import Crypto
import EventStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The witness's state directory: for each log, the last checkpoint it cosigned, in a file named
/// after the SHA-256 of the log's origin (`<64 hex digits>.checkpoint`), with the log's signature
/// and the witness's cosignature. A new one is written to a temporary file, flushed to disk,
/// renamed over the old one and the directory flushed: a crash leaves the old file or the new one.
///
/// The directory is locked (`flock` on `lock`) for as long as the witness runs: two witness
/// processes on one state could each cosign a different tree of one size.
final class WitnessState: Sendable {
    let directory: URL
    private let lock: Int32

    /// Opens (creating it if need be) and locks the directory; throws ``WitnessStartFailure``
    /// when it cannot, or another process holds it.
    init(directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw WitnessStartFailure.state("--state: cannot create \(directory.path): \(error.localizedDescription)")
        }
        let lock = open(directory.appendingPathComponent("lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else {
            throw WitnessStartFailure.state(
                "--state: cannot write in \(directory.path): \(String(cString: strerror(errno)))")
        }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            throw WitnessStartFailure.state(
                "--state: another witness process holds \(directory.path); one state serves one witness process")
        }
        self.directory = directory
        self.lock = lock
    }

    deinit { close(lock) }

    /// SHA-256 of the origin, lowercase hex: the monitoring path's and the file's name.
    static func hash(of origin: String) -> String {
        SHA256.hash(data: Data(origin.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private func file(for origin: String) -> URL {
        directory.appendingPathComponent(Self.hash(of: origin) + ".checkpoint")
    }

    /// The last checkpoint cosigned for the log, if any; throws ``WitnessStartFailure`` when its
    /// file is not a checkpoint of that log.
    func read(origin: String) throws -> LogCheckpoint? {
        let url = file(for: origin)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard let checkpoint = try? LogCheckpoint(encoded: String(decoding: data, as: UTF8.self)),
            checkpoint.origin == origin
        else {
            throw WitnessStartFailure.damaged(
                "\(url.path) is not a checkpoint of \(origin): restore it from a backup; the witness does not"
                    + " start without it, or it could cosign a fork")
        }
        return checkpoint
    }

    /// Records the checkpoint as the last one cosigned for its log, durably.
    func write(_ checkpoint: LogCheckpoint) throws {
        let target = file(for: checkpoint.origin)
        let temporary = target.appendingPathExtension("tmp")
        let bytes = Array(checkpoint.encoded.utf8)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StateWriteError(temporary.path) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 || (count < 0 && errno == EINTR) else {
                close(descriptor)
                throw StateWriteError(temporary.path)
            }
            written += max(0, count)
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else { throw StateWriteError(temporary.path) }
        guard rename(temporary.path, target.path) == 0 else { throw StateWriteError(target.path) }
        let folder = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw StateWriteError(directory.path) }
        defer { close(folder) }
        guard fsync(folder) == 0 else { throw StateWriteError(directory.path) }
    }
}

/// A state file that could not be written.
struct StateWriteError: Error, CustomStringConvertible {
    var description: String
    init(_ path: String) { description = "cannot write \(path): \(String(cString: strerror(errno)))" }
}
