import InstantAPICore

/// One loaded endpoint: its manifest, its closure and the checks compiled once at load. A class:
/// requests share it without copying (and retaining) every field.
final class Endpoint: Sendable {
    let definition: EndpointDefinition
    let handler: InvocationHandler
    let validator: ParameterValidator
    let returnValidator: ReturnValidator
    /// The `object.http` check applied to `EndpointResponse.http` values whatever `@returns`
    /// says (an `{any}` return must still be a valid HTTP response value).
    let httpValidator: ReturnValidator
    /// The `@stream` payload checks.
    let streamValidator: StreamValidator
    /// Execution counts and durations, made once at load.
    let metrics: EndpointMetrics

    init(definition: EndpointDefinition, handler: @escaping InvocationHandler) {
        self.definition = definition
        self.handler = handler
        validator = ParameterValidator(parameters: definition.params)
        returnValidator = ReturnValidator(returns: definition.returns)
        httpValidator = ReturnValidator(returns: Parameter(name: definition.returns.name, type: .objectHTTP))
        streamValidator = StreamValidator(streams: definition.streams ?? [])
        metrics = EndpointMetrics(endpoint: definition.name)
    }

    /// Whether `@returns` is `object.http`: the value is then always an HTTP response value.
    var returnsHTTP: Bool { definition.returns.type == .objectHTTP }
}
