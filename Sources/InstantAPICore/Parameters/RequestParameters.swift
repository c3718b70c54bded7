import OrderedCollections

/// A request's parameters after the query string and the body are merged, before validation.
public struct RequestParameters: Sendable, Hashable {
    /// Every parameter, query first, in arrival order.
    public var values: JSONObject
    /// Keys whose values are text that may still be converted to the declared type: every query
    /// parameter, urlencoded body parameters, and any body parameter under `X-Convert-Strings`.
    public var convertible: Set<String> {
        get {
            switch convertibility {
            case .keys(let keys): return keys
            case .leading(let keys, let count): return Set(keys.elements.prefix(count))
            }
        }
        set { convertibility = .keys(newValue) }
    }

    /// How `convertible` is held: `merge` records the leading keys of its result rather than
    /// hashing every key into a set on each request.
    enum Convertibility: Sendable {
        case keys(Set<String>)
        /// The first `count` of `keys` (the query's keys, then the body's when convertible).
        case leading(OrderedSet<String>, count: Int)
    }

    private var convertibility: Convertibility

    public init(values: JSONObject = [:], convertible: Set<String> = []) {
        self.values = values
        convertibility = .keys(convertible)
    }

    /// `values` whose first `count` keys are convertible.
    init(values: JSONObject, convertibleLeading count: Int) {
        self.values = values
        convertibility = count == 0 ? .keys([]) : .leading(values.keys, count: count)
    }

    /// `convertible.contains(key)`, without building the set.
    func isConvertible(_ key: String) -> Bool {
        switch convertibility {
        case .keys(let keys): return keys.contains(key)
        case .leading(let keys, let count): return keys.firstIndex(of: key).map { $0 < count } ?? false
        }
    }

    public static func == (lhs: RequestParameters, rhs: RequestParameters) -> Bool {
        lhs.values == rhs.values && lhs.convertible == rhs.convertible
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
        hasher.combine(convertible)
    }
}
