import HTTPTypes
import Hummingbird
import InstantAPICore

extension Gateway {
    /// Registers one endpoint of generated code (`instant generate`, the InstantAPIGenerator
    /// plugin); call the generated `register(_:)` instead of this. Typed and untyped
    /// registrations mix freely: both end up in the same binding check when the gateway loads.
    ///
    /// - Parameters:
    ///   - method: the manifest's export (`GET`), `nil` for a default export.
    ///   - handler: converts `context.params` to the generated types, calls the implementation
    ///     and returns ``EndpointResponse/generated(_:typesGuaranteeReturns:)``.
    public func registerGenerated(
        _ route: String, method: String?,
        handler: @escaping @Sendable (EndpointContext<Context>) async throws -> EndpointResponse
    ) {
        register(route, method: method.map { HTTPRequest.Method($0) ?? .get }, handler: handler)
    }
}

extension EndpointResponse {
    /// A generated endpoint's result, already converted from its Swift type. With
    /// `typesGuaranteeReturns` (the generator found nothing in `@returns` that the Swift types do
    /// not enforce: no ranges, sizes, options, enums or unions) the `@returns` check is skipped.
    public static func generated(_ value: JSONValue, typesGuaranteeReturns: Bool) -> EndpointResponse {
        var response = EndpointResponse(.value(value))
        response.skipsReturnCheck = typesGuaranteeReturns
        return response
    }

    /// A generated endpoint's `buffer` result: its bytes with their content type.
    public static func generated(_ result: BufferResult, typesGuaranteeReturns: Bool) -> EndpointResponse {
        var response = EndpointResponse(.buffer(Array(result.bytes.readableBytesView), contentType: result.contentType))
        response.skipsReturnCheck = typesGuaranteeReturns
        return response
    }
}
