import InstantAPICore

/// How a request that passed parameter validation runs (upstream-gateway §2 steps 12-13).
enum ExecutionMode: Sendable {
    /// A normal response once the closure returns.
    case plain
    /// Server-Sent Events: `@begin`, the closure's events, `@response` (`_stream` or `_debug`).
    case events(EventStreamOptions)
    /// An immediate 202; the closure runs detached (`_background`).
    case background(BackgroundMode)
}

/// What an event stream sends besides `@begin`, `@response` and `@error`.
struct EventStreamOptions: Sendable {
    /// The `@stream` names the client listens to; `nil` for all (SPEC §3: an object `_stream`
    /// filters, `"*"` means all).
    var streams: Set<String>?
    /// `_debug`: `context.log` and `context.error` also become `@stdout` and `@stderr` events.
    var debug: Bool

    func sends(_ name: String) -> Bool {
        guard let streams else { return true }
        return streams.contains(name)
    }
}

/// Chooses the mode from `_debug`, `_background` and `_stream`, or the 4xx that refuses it:
/// DebugError (not allowed here, with `_background`, or an unknown listener), ExecutionModeError
/// (the endpoint declares no `@background` / `@stream`) and StreamListenerError (an object
/// `_stream` naming undeclared streams). The checks run in the original's order.
enum ExecutionModeSelector {
    static let debugBuiltIns: Set<String> = ["*", "@begin", "@stdout", "@stderr", "@error"]

    /// `headers` gains `x-debug: true` as soon as `_debug` is on, so even a DebugError carries it.
    static func select(
        params: JSONObject, definition: EndpointDefinition, debugAllowed: Bool, headers: inout HeaderBag
    ) -> Result<ExecutionMode, GatewayError> {
        let debug = ModeSwitch(params["_debug"])
        let background = ModeSwitch(params["_background"])
        let stream = ModeSwitch(params["_stream"])
        // Only the stream and debug modes look at the declared names; most requests use neither.
        let declared: Set<String> = debug.isOn || stream.isOn ? Set((definition.streams ?? []).map(\.name)) : []

        if debug.isOn {
            headers.set("x-debug", "true")
            guard debugAllowed else {
                return .failure(GatewayError(.debugError, "You do not have permission to debug this endpoint"))
            }
            guard !background.isOn else {
                return .failure(GatewayError(.debugError, "Can not debug with \"background\" mode set"))
            }
            if let invalid = debug.listenerNames.first(where: { !debugBuiltIns.contains($0) && !declared.contains($0) }) {
                return .failure(GatewayError(.debugError, "Invalid debug listener: \"\(ValueEcho.preview(invalid))\""))
            }
        }
        if background.isOn {
            guard let mode = definition.background else {
                return .failure(modeUnavailable("background"))
            }
            return .success(.background(mode))
        }
        if stream.isOn {
            guard !declared.isEmpty else { return .failure(modeUnavailable("stream")) }
            let unknown = stream.listenerNames.filter { $0 != "*" && !declared.contains($0) }
            guard unknown.isEmpty else { return .failure(listenerError(unknown)) }
            return .success(.events(EventStreamOptions(streams: filter(stream), debug: debug.isOn)))
        }
        if debug.isOn { return .success(.events(EventStreamOptions(streams: nil, debug: true))) }
        return .success(.plain)
    }

    private static func filter(_ stream: ModeSwitch) -> Set<String>? {
        guard case .on(let listeners?) = stream else { return nil }
        let listened = listeners.filter(\.isOn).map(\.name)
        return listened.contains("*") ? nil : Set(listened)
    }

    private static func modeUnavailable(_ mode: String) -> GatewayError {
        GatewayError(.executionModeError, "Execution mode \"\(ValueEcho.preview(mode))\" not available for this endpoint")
    }

    private static func listenerError(_ names: [String]) -> GatewayError {
        var details = JSONObject()
        for name in names {
            details[name] = ["message": .string("No such stream for this function: \"\(name)\""), "invalid": true]
        }
        return GatewayError(
            .streamListenerError, "One or more streams you specified to listen to do not exist.",
            details: .object(details))
    }
}
