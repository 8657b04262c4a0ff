import Foundation

/// Programs run as the user `nobody`, for whom file modes hold: root reads and writes whatever
/// the modes say, so a test of read-only files runs its programs as `nobody`.
extension Executable {
    /// Whether this process may run the built programs as `nobody`: it runs as root, and every
    /// directory above the programs may be searched by others.
    public static var canRunAsNobody: Bool {
        guard getuid() == 0 else { return false }
        var directory = Executable("programctl").url.resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            var status = stat()
            guard stat(directory.path, &status) == 0, status.st_mode & S_IXOTH != 0 else { return false }
            directory.deleteLastPathComponent()
        }
        return true
    }

    /// The same program, run as `nobody` (group `nogroup`, no supplementary groups) through setpriv.
    public var asNobody: Executable {
        Executable(
            url: URL(fileURLWithPath: "/usr/bin/setpriv"),
            leading: ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", url.path] + leading)
    }
}
