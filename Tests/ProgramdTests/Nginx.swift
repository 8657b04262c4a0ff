import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Debian's nginx as a real process, in the foreground, with its configuration, log, pid file and
/// temporary files in a directory of its own: a reverse proxy in front of programd replicas, as
/// docs/operations.md configures one.
final class Nginx: @unchecked Sendable {
    /// Debian's nginx.
    static let executable = URL(fileURLWithPath: "/usr/sbin/nginx")

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    /// The header that names the replica (`127.0.0.1:PORT`) that answered a request.
    static let upstreamHeader = "x-upstream"

    let directory: TemporaryDirectory
    let process: RunningProcess
    let port: Int

    /// Starts nginx on a free port, proxying to programd on each of `upstreams` (ports on
    /// 127.0.0.1), trying the next replica on a connection error, a time-out or a 502; returns once
    /// it accepts connections.
    init(upstreams: [Int]) async throws {
        directory = try TemporaryDirectory()
        port = try freePort()
        let configuration = directory.path("nginx.conf")
        try Self.configuration(upstreams: upstreams, port: port, directory: directory)
            .write(toFile: configuration, atomically: true, encoding: .utf8)
        process = try Executable(url: Self.executable).start([
            "-p", directory.url.path + "/", "-c", configuration, "-e", directory.path("error.log"),
        ])
        let deadline = ContinuousClock.now + .seconds(10)
        while (try? RawHTTPConnection(port: port)) == nil {
            guard process.process.isRunning, ContinuousClock.now < deadline else {
                await process.kill()
                throw NginxError.didNotStart(errorLog)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// One process, in the foreground; the upstream that answered in ``upstreamHeader``.
    private static func configuration(upstreams: [Int], port: Int, directory: TemporaryDirectory) -> String {
        let temporary = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map {
            "    \($0)_temp_path \(directory.path($0));"
        }
        return """
            daemon off;
            master_process off;
            pid \(directory.path("nginx.pid"));
            error_log \(directory.path("error.log")) warn;
            events { worker_connections 512; }
            http {
                access_log off;
            \(temporary.joined(separator: "\n"))
                upstream programd {
            \(upstreams.map { "        server 127.0.0.1:\($0) max_fails=1 fail_timeout=10s;" }.joined(separator: "\n"))
                }
                server {
                    listen 127.0.0.1:\(port);
                    location / {
                        proxy_pass http://programd;
                        proxy_next_upstream error timeout http_502;
                        proxy_connect_timeout 1s;
                        add_header X-Upstream $upstream_addr always;
                    }
                }
            }

            """
    }

    /// `GET path` through nginx, over a new connection.
    func get(_ path: String) throws -> RawHTTPResponse { try RawHTTPConnection(port: port).get(path) }

    /// What nginx logged.
    var errorLog: String { (try? String(contentsOfFile: directory.path("error.log"), encoding: .utf8)) ?? "" }

    /// Kills nginx if it still runs and removes its directory.
    func stop() {
        if process.process.isRunning { kill(process.process.processIdentifier, SIGKILL) }
        directory.remove()
    }
}

/// One response through nginx, and the replica that gave it.
struct ProxiedResponse: Sendable {
    /// The port of the replica that answered: the last upstream nginx tried.
    var replica: Int?
    var status: Int
    /// The ETag's position (`"842"` is 842).
    var position: Int?
    var body: String

    init(_ response: RawHTTPResponse) {
        replica = response.headers[Nginx.upstreamHeader]?.split(separator: ",").last?.split(separator: ":").last
            .flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        status = response.status
        position = response.headers["etag"].flatMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) }
        body = response.body
    }
}

enum NginxError: Error {
    case didNotStart(String)
}

/// A TCP port on 127.0.0.1 that nothing listens on now.
private func freePort() throws -> Int {
    #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard socket >= 0 else { throw POSIXError(.EIO) }
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
        }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
}
