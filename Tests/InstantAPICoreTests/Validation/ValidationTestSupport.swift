@testable import InstantAPICore

/// Shorthands for building declared parameters in validation tests.
func param(
    _ type: ParameterType, _ name: String = "", nullable: Bool = false, defaultValue: JSONValue? = nil,
    options: [JSONValue]? = nil, range: (Double?, Double?)? = nil, size: (Int?, Int?)? = nil,
    schema: [Parameter]? = nil, alternateSchemas: [[Parameter]]? = nil, alternates: [Parameter]? = nil,
    members: [(String, JSONValue)]? = nil
) -> Parameter {
    Parameter(
        name: name, type: type, defaultValue: nullable ? .null : defaultValue,
        options: options.map(ParameterOptions.values), range: range.map { NumericRange(min: $0.0, max: $0.1) },
        size: size.map { SizeBounds(min: $0.0, max: $0.1) }, schema: schema, alternateSchemas: alternateSchemas,
        alternateTypes: alternates, members: members?.map { EnumMember(key: $0.0, value: $0.1) }
    )
}

/// Whether the compiled parameter accepts the value (constraints included).
func accepts(_ parameter: Parameter, _ value: JSONValue) -> Bool {
    CompiledParameter(parameter).accepts(value)
}

/// Validates one parameter as it would arrive, returning the value or the serialized detail.
func validateOne(_ parameter: Parameter, _ value: JSONValue?, convert: Bool = false) -> Outcome {
    var values = JSONObject()
    if let value { values[parameter.name] = value }
    let input = RequestParameters(values: values, convertible: convert ? [parameter.name] : [])
    switch ParameterValidator(parameters: [parameter]).validate(input) {
    case .success(let output): return .success(output[parameter.name] ?? .null)
    case .failure(let error): return .failure(JSONValue.object(error.details).jsonString())
    }
}

/// The converted value of a query-string parameter, or `nil` when it is rejected.
func converted(_ parameter: Parameter, _ text: String) -> JSONValue? {
    if case .success(let value) = validateOne(parameter, .string(text), convert: true) { return value }
    return nil
}

/// A validated value, or the serialized error details.
enum Outcome: Equatable {
    case success(JSONValue)
    case failure(String)

    var failureValue: String? {
        if case .failure(let text) = self { return text }
        return nil
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
