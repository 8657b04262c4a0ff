import Foundation

/// Programs run as the user `nobody`, for whom file modes hold: root reads and writes whatever
/// the modes say, so a test of read-only files runs its programs as `nobody`.
extension Executable {
    /// Whether this process may run others as `nobody` (it runs as root).
    public static var canRunAsNobody: Bool { getuid() == 0 }

    /// The same program, run as `nobody` (group `nogroup`, no supplementary groups) through setpriv.
    public var asNobody: Executable {
        Executable(
            url: URL(fileURLWithPath: "/usr/bin/setpriv"),
            leading: ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", url.path] + leading)
    }
}
