import Foundation
import Hummingbird
import NIOCore

/// How ``Gateway/runOrExit(root:server:)`` reports why a gateway could not start: one message
/// on standard error and exit status 1, where an uncaught error in `main` would print a crash
/// report and exit with a signal.
enum StartupFailure {
    static func exit(with error: any Error, address: BindAddress) -> Never {
        FileHandle.standardError.write(Data((message(for: error, address: address) + "\n").utf8))
        Foundation.exit(1)
    }

    /// The load error's own lines, or what the server met when it tried to listen.
    static func message(for error: any Error, address: BindAddress) -> String {
        if let load = error as? GatewayLoadError { return load.description }
        if let io = error as? IOError {
            return "error: cannot listen on \(describe(address)): \(io.description)"
        }
        return "error: the gateway stopped: \(error)"
    }

    /// `host:port` or the socket path. `BindAddress` keeps them private, so they are read
    /// through its mirror; anything unexpected is "the configured address".
    static func describe(_ address: BindAddress) -> String {
        for child in Mirror(reflecting: address).children {
            for field in Mirror(reflecting: child.value).children {
                if let (host, port) = field.value as? (String, port: Int) { return "\(host):\(port)" }
                if let (host, port) = field.value as? (String, Int) { return "\(host):\(port)" }
                if let path = field.value as? String { return path }
            }
        }
        return "the configured address"
    }
}
