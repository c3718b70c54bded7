import InstantAPICore

/// Sends a streaming request's events to its SSE queue: `context.stream` payloads checked
/// against `@stream` (failures become `@error` events), filtered by the client's `_stream`
/// object, and `context.log` / `context.error` as `@stdout` / `@stderr` in debug mode.
struct EventStreamSink: EventSink {
    let queue: EventQueue
    let validator: StreamValidator
    let options: EventStreamOptions

    func send(name: String, value: JSONValue) async -> Bool {
        switch validator.validate(name: name, value: value) {
        case .success(let payload):
            if StreamValidator.builtInNames.contains(name) || options.sends(name) {
                await queue.push(event: name, data: payload.jsonBytes())
            }
            return true
        case .failure(let failure):
            await queue.push(event: "@error", data: Self.errorPayload(failure).jsonBytes())
            return false
        }
    }

    func output(_ text: String, isError: Bool) {
        guard options.debug else { return }
        queue.pushWithoutWaiting(event: isError ? "@stderr" : "@stdout", data: JSONValue.string(text).jsonBytes())
    }

    /// The `@error` body. An undeclared stream is a `StreamError`; a payload that fails its
    /// schema is a `StreamParameterError` (SPEC §3 and the README; the original labels both
    /// `StreamError`).
    static func errorPayload(_ failure: StreamValidationError) -> JSONValue {
        var error: JSONObject = [:]
        switch failure.kind {
        case .unknownStream: error["type"] = "StreamError"
        case .invalidValue: error["type"] = "StreamParameterError"
        }
        error["message"] = .string(failure.message)
        if let details = failure.details { error["details"] = .object(details) }
        return .object(error)
    }
}
