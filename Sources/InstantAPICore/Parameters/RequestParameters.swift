import OrderedCollections

/// A request's parameters after the query string and the body are merged, before validation.
public struct RequestParameters: Sendable, Hashable {
    /// Every parameter, query first, in arrival order.
    public var values: JSONObject
    /// Keys whose values are text that may still be converted to the declared type: every query
    /// parameter, urlencoded body parameters, and any body parameter under `X-Convert-Strings`.
    public var convertible: Set<String>

    public init(values: JSONObject = [:], convertible: Set<String> = []) {
        self.values = values
        self.convertible = convertible
    }
}
