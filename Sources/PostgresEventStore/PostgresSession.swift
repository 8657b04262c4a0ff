import Dispatch
import EventStore
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to the server whose every call blocks until the server answered: the event
/// loop does the I/O, the calling thread waits. Never call it on an event loop thread; from
/// async code, go through ``EventStore/EventLog/offload(_:)``.
package struct PostgresSession: Sendable {
    let connection: PostgresConnection
    static let logger = Logger(label: "programme.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects to the database `url` names.
    package static func connect(_ url: PostgresURL) throws -> PostgresSession {
        do {
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: url.configuration, id: 1,
                logger: logger
            ).wait()
            return PostgresSession(connection: connection)
        } catch {
            throw PostgresLogError(message: "cannot connect to \(url.redacted): \(PostgresLogError(error).message)")
        }
    }

    /// How long a call waits for the server's answer before it gives the connection up: a
    /// connection the server closed while it sat idle (a restart, a fail-over) is only noticed
    /// by a read, and its query would otherwise wait for ever. A writer that waits longer for
    /// another's lock gives up too, with a transient error (exit 69: try again).
    package static let answerTimeout: Duration = .seconds(15)

    /// Runs one statement and returns its rows; no answer within `timeout` closes the connection
    /// and throws a transient ``PostgresLogError``.
    @discardableResult
    package func query(_ query: PostgresQuery, timeout: Duration = answerTimeout) throws -> PostgresQueryResult {
        try wait(for: connection.query(query, logger: Self.logger), upTo: timeout)
    }

    /// Runs SQL without parameters: one statement or several (the simple query protocol).
    package func execute(_ sql: String, timeout: Duration = answerTimeout) throws {
        _ = try wait(for: connection.simpleQuery(sql), upTo: timeout)
    }

    /// Blocks until `future` completes or `timeout` passes.
    private func wait<T: Sendable>(for future: EventLoopFuture<T>, upTo timeout: Duration) throws -> T {
        let answered = DispatchSemaphore(value: 0)
        let answer = NIOLockedValueBox<Result<T, any Error>?>(nil)
        future.whenComplete { result in
            answer.withLockedValue { $0 = result }
            answered.signal()
        }
        let (seconds, attoseconds) = timeout.components
        let deadline =
            DispatchTime.now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
        guard answered.wait(timeout: deadline) == .success, let result = answer.withLockedValue({ $0 }) else {
            closeLater()
            throw PostgresLogError(message: "PostgreSQL: no answer from the server within \(timeout)")
        }
        do {
            return try result.get()
        } catch {
            throw PostgresLogError(error)
        }
    }

    /// Sends SQL without waiting for the server: the next call's statement goes out as soon as
    /// the server has answered this one, without a wake-up of the calling thread in between.
    /// ``check(_:)`` then reports how it went.
    package func send(_ sql: String) -> EventLoopFuture<[PostgresRow]> {
        connection.simpleQuery(sql)
    }

    /// Throws when a statement ``send(_:)`` sent failed.
    package func check(_ sent: EventLoopFuture<[PostgresRow]>) throws {
        do {
            _ = try sent.wait()
        } catch {
            throw PostgresLogError(error)
        }
    }

    /// Whether the connection broke.
    var isClosed: Bool { connection.isClosed }

    /// Closes the connection.
    package func close() {
        try? connection.close().wait()
    }

    /// Whether the server answers `SELECT 1` within `timeout`.
    func answers(within timeout: Duration) -> Bool {
        (try? query("SELECT 1", timeout: timeout)) != nil
    }

    /// Closes the connection without waiting, keeping it until it has closed: the driver insists
    /// that every connection is closed, also one the server already dropped.
    func closeLater() {
        connection.close().whenComplete { _ in withExtendedLifetime(self) {} }
    }
}

/// The cells of one row copied into one buffer, in the order selected.
struct RowBytes {
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []

    init(_ row: PostgresRow) {
        for cell in row {
            let start = bytes.count
            if let value = cell.bytes { bytes.append(contentsOf: value.readableBytesView) }
            ranges.append(start..<bytes.count)
        }
    }

    /// Calls `body` with the cells' bytes.
    func withCells<T>(_ body: (Cells) throws -> T) rethrows -> T {
        try bytes.withUnsafeBytes { try body(Cells(all: $0, ranges: ranges)) }
    }

    /// The cells' bytes, valid inside ``withCells(_:)``.
    struct Cells {
        let all: UnsafeRawBufferPointer
        let ranges: [Range<Int>]

        subscript(index: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: all[ranges[index]]) }

        /// A BIGINT cell (binary form: 8 bytes, big-endian).
        func int64(_ index: Int) -> Int64 {
            self[index].reduce(0) { $0 << 8 | Int64($1) }
        }

        /// The event of a row selected with ``PostgresEventStore/eventColumns``.
        var event: RawEventRow {
            RawEventRow(
                position: int64(0), stream: self[1], streamVersion: int64(2), eventID: self[3], type: self[4],
                schemaVersion: int64(5), recordedAt: self[6], actor: self[7], command: self[8],
                correlationID: self[9], causationID: self[10], payload: self[11], leafHash: self[12],
                chainHash: self[13])
        }
    }
}
