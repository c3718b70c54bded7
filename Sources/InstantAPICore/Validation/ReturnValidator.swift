/// An endpoint's `@returns` check, compiled once when the endpoint is loaded.
///
/// Nothing is converted: the value must already have the declared type. It is nullable only when
/// written `{?type}`. The mismatch path starts at the return's name, or `$` without one.
public struct ReturnValidator: Sendable {
    private let check: ValueCheck

    /// Compiles the check for `returns` (an endpoint without `@returns` has `{any}`, which
    /// accepts every value, `null` included, as in the original).
    public init(returns: Parameter) {
        check = ValueCheck(returns, role: .returns)
    }

    /// The value to send (an enum key becomes its member value), or the `ValueError` details.
    public func validate(_ value: JSONValue) -> Result<JSONValue, ReturnValidationError> {
        check.check(value).mapError { ReturnValidationError(details: ["returns": .object($0.detail)]) }
    }
}

/// A return value did not match `@returns`: the original's `ValueError` (502), whose message is
/// always `The value returned by the function did not match the specified type`.
public struct ReturnValidationError: Error, Sendable, Hashable {
    /// The ValueError message.
    public static let message = "The value returned by the function did not match the specified type"

    /// `{"returns": {…}}`, the same detail shapes as parameters, with `invalid return value: …`
    /// and without option values.
    public var details: JSONObject

    public init(details: JSONObject) {
        self.details = details
    }
}
