/// An endpoint's parameter checks, compiled once when the endpoint is loaded.
///
/// For each declared parameter, in declaration order: a missing or `null` value takes the default
/// (so an explicit `null` for a parameter with a non-null default gets the default, as in the
/// original); a value still missing is `required`; text is converted (`RequestParameters.convertible`)
/// or buffer-formatted; then the value is checked, and an enum key becomes its member value.
public struct ParameterValidator: Sendable {
    private let checks: [ValueCheck]
    /// The parameter names in declaration order: the leading keys of every validated result.
    private let names: [String]
    private let declared: Set<String>
    /// No two parameters share a name (the loader ensures it; a hand-built list may not).
    private let namesAreUnique: Bool

    /// Compiles the checks for `parameters` (an endpoint's `@param` list).
    public init(parameters: [Parameter]) {
        checks = parameters.map { ValueCheck($0, role: .parameter) }
        names = parameters.map(\.name)
        declared = Set(names)
        namesAreUnique = declared.count == names.count
    }

    /// The validated parameters: declared ones converted, in declaration order, then undeclared
    /// ones passed through raw, in arrival order. Or every problem, keyed by parameter name.
    public func validate(_ input: RequestParameters) -> Result<JSONObject, ParameterValidationError> {
        var accepted: [JSONValue] = []
        accepted.reserveCapacity(checks.count)
        var failures: [(name: String, failure: ValueCheckFailure)] = []
        var declaredFound = 0
        for check in checks {
            let value: JSONValue
            let raw = input.values[check.name]
            if raw != nil { declaredFound += 1 }
            if let raw, !raw.isNull {
                value = input.isConvertible(check.name) ? check.compiled.coerce(raw) : check.compiled.format(raw)
            } else if let defaultValue = check.defaultValue {
                value = check.compiled.format(defaultValue)
            } else if raw == nil {
                failures.append((check.name, .required))
                continue
            } else {
                value = .null
            }
            switch check.check(value) {
            case .success(let value): accepted.append(value)
            case .failure(let failure): failures.append((check.name, failure))
            }
        }
        if !failures.isEmpty { return .failure(ParameterValidationError(failures: failures)) }
        // Every check passed, so `accepted` lines up with `names`.
        var output: JSONObject
        if namesAreUnique {
            output = JSONObject(uncheckedUniqueKeys: names, values: accepted)
        } else {
            output = JSONObject(minimumCapacity: names.count)
            for (name, value) in zip(names, accepted) { output[name] = value }
        }
        // With unique names, when every input was found there is nothing undeclared to add.
        if !namesAreUnique || declaredFound < input.values.count {
            for (name, value) in input.values where !declared.contains(name) {
                output[name] = value
            }
        }
        return .success(output)
    }
}

/// A request's parameters failed their checks: the original's `ParameterError` (400).
public struct ParameterValidationError: Error, Sendable, Hashable {
    /// `Invalid parameter "a": <detail message>` for one failure, or
    /// `Invalid parameters "a", "b", see details for more information`.
    public var message: String
    /// One detail object per failed parameter, in declaration order: `{"message", "required"}`,
    /// a constraint's `{"message", "invalid"}`, or `{"message", "invalid", "mismatch"?,
    /// "expected", "actual"}`.
    public var details: JSONObject

    public init(message: String, details: JSONObject) {
        self.message = message
        self.details = details
    }

    init(failures: [(name: String, failure: ValueCheckFailure)]) {
        var details = JSONObject()
        for (name, failure) in failures { details[name] = .object(failure.detail) }
        if failures.count == 1, let only = failures.first {
            message = "Invalid parameter \"\(only.name)\": \(only.failure.message)"
        } else {
            let names = failures.map { "\"\($0.name)\"" }.joined(separator: ", ")
            message = "Invalid parameters \(names), see details for more information"
        }
        self.details = details
    }
}
