import InstantAPICore

/// Where a `?_background` execution is, as `GET /.well-known/executions/{uuid}` answers it.
public struct ExecutionStatus: Sendable, Hashable {
    /// The states an execution goes through: `queued` (also while it waits to be retried),
    /// `running`, then `succeeded` or `failed` (its last attempt failed).
    public enum State: String, Sendable, Hashable {
        case queued, running, succeeded, failed
    }

    /// The execution id (`X-Execution-Uuid` of the 202).
    public var uuid: String
    public var state: State
    /// How many attempts have started (a retry and a take-over after a lost lease each count).
    public var attempts: Int
    /// What the closure returned, once it succeeded: JSON as it is, text as a string, other
    /// bytes as `{"_base64": …}`.
    public var result: JSONValue?
    /// The error body of the last failed attempt (`{"type", "message", …}` as the gateway would
    /// have answered it).
    public var error: JSONValue?

    public init(uuid: String, state: State, attempts: Int, result: JSONValue? = nil, error: JSONValue? = nil) {
        self.uuid = uuid
        self.state = state
        self.attempts = attempts
        self.result = result
        self.error = error
    }

    /// The status document: `uuid`, `state`, `attempts`, then `result` or `error` when known.
    public var json: JSONValue {
        var object: JSONObject = ["uuid": .string(uuid), "state": .string(state.rawValue), "attempts": .number(Double(attempts))]
        if let result { object["result"] = result }
        if let error { object["error"] = error }
        return .object(object)
    }
}

/// How one attempt of a background execution ended.
public enum ExecutionOutcome: Sendable, Hashable {
    /// The closure returned a valid result (``ExecutionStatus/result``'s form).
    case succeeded(JSONValue)
    /// The closure threw, timed out or returned an invalid result: the error body.
    case failed(JSONValue)
    /// The attempt was cancelled by a shutdown: neither a success nor a failure; a durable
    /// queue gives the execution back for another replica.
    case interrupted
}
