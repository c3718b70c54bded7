import InstantAPICore

/// One of the magic parameters `_stream`, `_debug`, `_background` as the request sent it
/// (upstream-gateway §4.6): off, or on with the keys of an object value.
enum ModeSwitch: Sendable, Equatable {
    /// A key of an object value and whether its own value is on (`{"chunk": false}` names
    /// `chunk` but does not listen to it).
    struct Listener: Sendable, Equatable {
        var name: String
        var isOn: Bool
    }

    case off
    /// On; `listeners` holds the keys of an object value in request order (`nil` for `""`,
    /// `true`, `"lol"`…).
    case on(listeners: [Listener]?)

    /// Reads a magic parameter with the original's "on" rule: `""` or a JavaScript-truthy
    /// value. `false`, `0`, `null` and an absent parameter are off.
    init(_ value: JSONValue?) {
        guard let value, Self.isOn(value) else {
            self = .off
            return
        }
        if case .object(let object) = value {
            self = .on(listeners: object.map { Listener(name: $0.key, isOn: Self.isOn($0.value)) })
        } else {
            self = .on(listeners: nil)
        }
    }

    var isOn: Bool { self != .off }

    /// The object keys in request order, when the value was an object.
    var listenerNames: [String] {
        if case .on(let listeners?) = self { return listeners.map(\.name) }
        return []
    }

    /// `""` counts as on (a bare `?_stream`); otherwise JavaScript truthiness.
    static func isOn(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .number(let number): return number != 0 && !number.isNaN
        case .string, .array, .object, .buffer: return true
        }
    }
}

extension ModeSwitch {
    /// The magic parameter names.
    static let parameterNames = ["_stream", "_debug", "_background"]

    /// Gives the magic parameters the original's object parsing (upstream-gateway §4.6): a
    /// string holding JSON (`true`, `false`, `0`, `null`, `{"chunk":true}`) becomes that
    /// value; `""` and other strings (`lol`) stay strings. They stay in `params`, as upstream.
    /// The original does this for query values only; a JSON body sending the string
    /// `"false"` is rare enough that we treat both sources alike.
    static func parseMagicParameters(_ params: inout JSONObject) {
        for name in parameterNames {
            guard case .string(let text)? = params[name], !text.isEmpty,
                let parsed = try? JSONValue.parse(bytes: Array(text.utf8))
            else { continue }
            params[name] = parsed
        }
    }
}
