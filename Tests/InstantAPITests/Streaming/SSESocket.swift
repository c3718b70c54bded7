import Foundation
import InstantAPITesting

/// A loopback connection read step by step (RawHTTPClient reads until the server closes):
/// for clients that disconnect early or read slowly.
final class SSESocket: @unchecked Sendable {
    private let socket: LoopbackSocket
    private(set) var received: [UInt8] = []

    /// Connects and sends `request`; blocking, so call it from `onThread`.
    init(port: Int, request: String) throws {
        socket = try LoopbackSocket(port: port, readTimeout: RawHTTPClient.readTimeout)
        socket.send(Array(request.utf8))
    }

    /// A small receive buffer, so a client that does not read pushes back sooner.
    func shrinkReceiveBuffer() {
        socket.setReceiveBufferSize(4096)
    }

    /// Reads until the received bytes contain `marker` (or the server closes).
    func receive(until marker: String) {
        socket.receive(until: Array(marker.utf8), into: &received)
    }

    func disconnect() {
        socket.close()
    }

    /// Runs blocking socket work on its own thread, off the cooperative pool the server needs.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await LoopbackSocket.onThread(work)
    }
}
