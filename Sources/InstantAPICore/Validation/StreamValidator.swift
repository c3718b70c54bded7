/// An endpoint's `@stream` checks, compiled once when the endpoint is loaded.
///
/// Payloads are checked like parameters (same detail shape, `invalid value: …`), without
/// conversion; the mismatch path starts at the stream's name. The gateway's own events
/// (`@begin`, `@stdout`, `@stderr`, `@error`) are always allowed and pass unchanged.
public struct StreamValidator: Sendable {
    /// Event names any endpoint may send, declared or not.
    public static let builtInNames: Set<String> = ["@begin", "@stdout", "@stderr", "@error"]

    private let checks: [String: ValueCheck]

    /// Compiles the checks for `streams` (an endpoint's `@stream` list).
    public init(streams: [Parameter]) {
        var checks: [String: ValueCheck] = [:]
        for stream in streams where checks[stream.name] == nil {
            checks[stream.name] = ValueCheck(stream, role: .parameter)
        }
        self.checks = checks
    }

    /// Whether `name` is a declared stream.
    public func declares(_ name: String) -> Bool { checks[name] != nil }

    /// The payload to send (an enum key becomes its member value), or why it cannot be sent.
    public func validate(name: String, value: JSONValue) -> Result<JSONValue, StreamValidationError> {
        guard let check = checks[name] else {
            if Self.builtInNames.contains(name) { return .success(value) }
            return .failure(StreamValidationError(kind: .unknownStream, name: name, details: nil))
        }
        return check.check(value).mapError {
            StreamValidationError(kind: .invalidValue, name: name, details: [name: .object($0.detail)])
        }
    }
}

/// A stream event that cannot be sent; the gateway emits it as an `@error` event.
public struct StreamValidationError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The endpoint declares no stream of that name.
        case unknownStream
        /// The payload does not match the stream's declared type.
        case invalidValue
    }

    public var kind: Kind
    /// The stream name used.
    public var name: String
    /// `{<name>: {…}}` with the parameter detail shape, for `.invalidValue`.
    public var details: JSONObject?

    public init(kind: Kind, name: String, details: JSONObject?) {
        self.kind = kind
        self.name = name
        self.details = details
    }

    /// The original's StreamError message for this failure.
    public var message: String {
        switch kind {
        case .unknownStream:
            return "No such stream \"\(name)\" in function definition. Please use the syntax \"@stream {string} name description\" after @params to define a stream."
        case .invalidValue:
            return "Stream Parameter Error: \"\(name)\". Please make sure the data type you are sending to the stream matches the definition for the stream in the function."
        }
    }
}
