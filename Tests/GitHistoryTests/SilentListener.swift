import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import GitHistory

/// A TCP port on the loopback interface that accepts connections into its backlog and never answers.
final class SilentListener {
    private let socket: Int32
    /// The port it listens on.
    let port: Int

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && listen(socket, 8) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard socket >= 0, bound else { throw TestFailure("cannot listen on the loopback interface") }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Stops listening.
    func close() { _ = Glibc.close(socket) }
}
