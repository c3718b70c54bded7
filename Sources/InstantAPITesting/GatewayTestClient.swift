import HTTPTypes
import Hummingbird
import InstantAPI

/// Sends requests to a loaded gateway from a test, in process or over a live loopback port,
/// with one API. Get one from ``InstantAPI/LoadedGateway/withTestClient(_:_:)``.
public struct GatewayTestClient: Sendable {
    /// How requests reach the gateway.
    public enum Mode: Sendable {
        /// Straight into the gateway's responder: no socket, no server (fast; `Date` absent).
        case inProcess
        /// A real HTTP/1.1 server on a free loopback port, one connection per request.
        case live
    }

    let transport: any GatewayTestTransport

    /// The mode of this client.
    public let mode: Mode

    /// The loopback port in `.live` mode, else `nil`.
    public var port: Int? { transport.port }

    /// Sends one request: `path` is the request target (path and query, e.g. `/hello/?name=x`);
    /// `Content-Length` is added for a non-empty body.
    public func send(
        _ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [:], body: [UInt8] = []
    ) async throws -> GatewayTestResponse {
        try await transport.send(method: method, target: path, headers: headers, body: body)
    }

    /// `GET path`.
    public func get(_ path: String, headers: HTTPFields = [:]) async throws -> GatewayTestResponse {
        try await send(.get, path, headers: headers)
    }

    /// `POST path` with a JSON body and `Content-Type: application/json`.
    public func post(_ path: String, json: JSONValue, headers: HTTPFields = [:]) async throws -> GatewayTestResponse {
        var fields: HTTPFields = [.contentType: "application/json"]
        fields.append(contentsOf: headers)
        return try await send(.post, path, headers: fields, body: json.jsonBytes(pretty: false))
    }
}

/// The errors of the test client itself (not of the gateway, which always answers).
public enum GatewayTestClientError: Error, Sendable {
    /// The loopback connection could not be made or broke before a response arrived.
    case connectionFailed(String)
    /// The bytes received are not an HTTP/1.1 response.
    case malformedResponse
}

protocol GatewayTestTransport: Sendable {
    var port: Int? { get }
    func send(method: HTTPRequest.Method, target: String, headers: HTTPFields, body: [UInt8]) async throws
        -> GatewayTestResponse
}

extension LoadedGateway where Context.Source == ApplicationRequestContextSource {
    /// Runs `test` with a client for this gateway. `.live` serves on `127.0.0.1` at a free
    /// port for the duration of `test`, with the gateway's own server (the one
    /// ``InstantAPI/LoadedGateway/application(configuration:)`` runs).
    public func withTestClient<Value: Sendable>(
        _ mode: GatewayTestClient.Mode = .inProcess, _ test: @Sendable (GatewayTestClient) async throws -> Value
    ) async throws -> Value {
        switch mode {
        case .inProcess:
            let transport = InProcessTransport(responder: responder())
            return try await test(GatewayTestClient(transport: transport, mode: mode))
        case .live:
            return try await LiveTransport.serve(self) { transport in
                try await test(GatewayTestClient(transport: transport, mode: mode))
            }
        }
    }
}
