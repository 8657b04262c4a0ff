#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The node buffer a thread parses into, kept from one document to the next: decoding a large
/// log decodes millions of small payloads, and allocating a buffer for each costs more than
/// parsing some of them.
final class Scratch {
    var nodes: [JSONNode] = []
    private var inUse = false

    /// Calls `body` with the calling thread's scratch space, or with a new one when the
    /// thread's is already in use (a decoder called from within a decoding).
    static func withCurrent<T>(_ body: (Scratch) throws -> T) rethrows -> T {
        let scratch: Scratch
        if let pointer = pthread_getspecific(key) {
            scratch = Unmanaged<Scratch>.fromOpaque(pointer).takeUnretainedValue()
        } else {
            scratch = Scratch()
            pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
        }
        guard !scratch.inUse else { return try body(Scratch()) }
        scratch.inUse = true
        defer {
            scratch.inUse = false
            // Kept for payloads, not for the rare large document (a saved projection).
            if scratch.nodes.capacity > keptCapacity { scratch.nodes = [] }
        }
        return try body(scratch)
    }

    /// The most nodes a thread keeps room for between documents (about a megabyte).
    static let keptCapacity = 65_536

    /// The thread-specific key; a thread's scratch space is released when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            #if os(Linux)
                guard let pointer else { return }
            #endif
            Unmanaged<Scratch>.fromOpaque(pointer).release()
        }
        return key
    }()
}
