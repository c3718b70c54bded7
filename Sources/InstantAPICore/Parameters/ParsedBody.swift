import OrderedCollections

/// What a request body contributes: its parameters, whether they are still text to convert,
/// and the body as a JSON document when it is one.
public struct ParsedBody: Sendable, Hashable {
    /// The body's parameters, in body order.
    public var parameters: JSONObject
    /// True for urlencoded bodies (and for any body when `X-Convert-Strings` is set): their
    /// values are strings that validation may convert to the declared types.
    public var convertible: Bool
    /// The parsed JSON document, for `context.http.json` (the original's `JSON.parse(body)`,
    /// `nil` where that fails, whatever the Content-Type).
    public var json: JSONValue?

    public init(parameters: JSONObject = [:], convertible: Bool = false, json: JSONValue? = nil) {
        self.parameters = parameters
        self.convertible = convertible
        self.json = json
    }
}
