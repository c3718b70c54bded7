/// A request whose query string or body cannot be turned into parameters.
///
/// The gateway answers it with `400` and the error type `ParameterParseError`; `message` is sent
/// to the client verbatim, so its wording is part of the wire format.
public struct ParameterParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The client-facing message, e.g. `Invalid JSON`.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
