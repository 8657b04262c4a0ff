import Crypto
import Foundation
import Program

/// Event ids derived from a client's request id, so that a retried command stores nothing twice.
enum RequestID {
    /// The id of the `index`th event of the request: the first 16 bytes of
    /// SHA-256("programme-request:" ‖ request ‖ ":" ‖ index), marked as a version 8 (custom) UUID.
    static func eventID(request: String, index: Int) -> UUID {
        let digest = SHA256.hash(data: Data("programme-request:\(request):\(index)".utf8))
        var bytes = Array(digest.prefix(16))
        bytes[6] = 0x80 | (bytes[6] & 0x0F)
        bytes[8] = 0x80 | (bytes[8] & 0x3F)
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// The correlation id of a request: the request id, `#`, and a fingerprint of the commands'
    /// values (12 hex digits of SHA-256 over their description), so that a retry can be told from
    /// a request id reused for something else.
    static func correlation(request: String, commands: [Program.Command]) -> String {
        let digest = SHA256.hash(data: Data(String(reflecting: commands).utf8))
        return request + "#" + digest.prefix(6).map { String(format: "%02x", $0) }.joined()
    }
}
