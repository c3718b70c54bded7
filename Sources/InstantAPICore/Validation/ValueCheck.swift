/// One declared value compiled with everything its error details need, so a request only walks
/// the value: the parameter's compiled union, and its `expected` JSON built once.
///
/// A class: validators walk their checks on every request, and a reference is one retain where
/// copying the struct retained each of its strings.
final class ValueCheck: Sendable {
    /// How a rejected value is described: `invalid value: …` for parameters and streams (with the
    /// option values), `invalid return value: …` for returns (without them).
    enum Role: Sendable {
        case parameter
        case returns
    }

    let name: String
    let compiled: CompiledParameter
    let defaultValue: JSONValue?
    /// The first mismatch path segment: the name, or `$` for a nameless return or stream.
    private let root: String
    private let typeName: String
    private let messagePrefix: String
    /// ` matching one of ["a","b"]` when the parameter has literal options.
    private let optionSuffix: String
    private let expected: JSONValue

    init(_ parameter: Parameter, role: Role) {
        name = parameter.name
        compiled = CompiledParameter(parameter)
        defaultValue = parameter.defaultValue
        root = parameter.name.isEmpty ? "$" : parameter.name
        typeName = parameter.type.name
        var expected: JSONObject = ["type": .string(parameter.type.name)]
        var optionSuffix = ""
        if let schema = parameter.schema {
            expected["schema"] = Parameter.schemaJSON(schema)
            if let alternates = parameter.alternateSchemas, !alternates.isEmpty {
                expected["alternateSchemas"] = .array(alternates.map(Parameter.schemaJSON))
            }
        } else if let members = parameter.members {
            expected["members"] = .array(members.map { .array([.string($0.key), $0.value]) })
        } else if role == .parameter, let values = parameter.options?.values {
            expected["values"] = .array(values)
        }
        if role == .parameter, let values = parameter.options?.values {
            optionSuffix = " matching one of " + JSONValue.array(values).jsonString()
        }
        self.expected = .object(expected)
        self.optionSuffix = optionSuffix
        messagePrefix = role == .parameter ? "invalid value: " : "invalid return value: "
    }

    /// Checks a value that is already converted; on success, the value the endpoint receives.
    func check(_ value: JSONValue) -> Result<JSONValue, ValueCheckFailure> {
        switch compiled.resolve(value) {
        case .accepted(let alternative):
            return .success(compiled.finalize(value, acceptedBy: alternative, defaultValue: defaultValue))
        case .brokenConstraint(let message):
            return .failure(ValueCheckFailure(message: message, detail: ["message": .string(message), "invalid": true]))
        case .invalid:
            return .failure(invalidValue(value))
        }
    }

    private func invalidValue(_ value: JSONValue) -> ValueCheckFailure {
        let echoed = ValueEcho.preview(value)
        let shown: String
        if case .buffer(let bytes) = value {
            shown = "Buffer[\(bytes.count)]"
        } else {
            shown = echoed.jsonString(pretty: true)
        }
        let message = messagePrefix + shown + " (\(value.checkedTypeName)), expected (\(typeName))" + optionSuffix
        var detail: JSONObject = ["message": .string(message), "invalid": true]
        let path = compiled.mismatchPath(value, stack: [root])?.joined(separator: ".") ?? ""
        if !path.isEmpty { detail["mismatch"] = .string(ValueEcho.preview(path)) }
        detail["expected"] = expected
        detail["actual"] = ["value": echoed, "type": .string(value.checkedTypeName)]
        return ValueCheckFailure(message: message, detail: detail)
    }
}

/// A rejected value: the detail object the original puts under `details.<name>`.
struct ValueCheckFailure: Error, Hashable {
    var message: String
    var detail: JSONObject

    static let required = ValueCheckFailure(message: "required", detail: ["message": "required", "required": true])
}
