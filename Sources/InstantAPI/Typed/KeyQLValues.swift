import InstantAPICore

/// An `object.keyql.query` parameter: one filter object (`{"name__icontains": "a"}`), or a
/// list of them that KeyQL reads as "any of".
public enum KeyQLQuery: ManifestValue, Hashable {
    case filter(JSONObject)
    case anyOf([JSONObject])

    /// The filter objects: one, or each alternative of an "any of".
    public var filters: [JSONObject] {
        switch self {
        case .filter(let filter): return [filter]
        case .anyOf(let filters): return filters
        }
    }

    public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        switch value {
        case .object(let filter): self = .filter(filter)
        case .array:
            self = .anyOf(try [JSONObject](manifestValue: value))
        default: throw ManifestValueError(expected: "object.keyql.query", actual: value)
        }
    }

    public var manifestValue: JSONValue {
        switch self {
        case .filter(let filter): return .object(filter)
        case .anyOf(let filters): return .array(filters.map { .object($0) })
        }
    }
}

/// An `object.keyql.limit` parameter, with KeyQL's defaults filled in (0 for both).
public struct KeyQLLimit: ManifestValue, Hashable {
    public var offset: Int
    public var count: Int

    public init(offset: Int = 0, count: Int = 0) {
        self.offset = offset
        self.count = count
    }

    public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        let object = try ManifestMembers.object(value)
        let offset: Int? = try ManifestMembers.member(object, "offset")
        let count: Int? = try ManifestMembers.member(object, "count")
        self.init(offset: offset ?? 0, count: count ?? 0)
    }

    public var manifestValue: JSONValue { ["offset": offset.manifestValue, "count": count.manifestValue] }
}

/// An `object.keyql.order` parameter: the field to sort by and the direction (`ASC` when the
/// client did not say).
public struct KeyQLOrder: ManifestValue, Hashable {
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case ascending = "ASC"
        case descending = "DESC"
    }

    public var field: String
    public var sort: Sort

    public init(field: String, sort: Sort = .ascending) {
        self.field = field
        self.sort = sort
    }

    public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        let object = try ManifestMembers.object(value)
        let field: String = try ManifestMembers.member(object, "field")
        let sort: String? = try ManifestMembers.member(object, "sort")
        guard let direction = Sort(rawValue: sort ?? "ASC") else {
            throw ManifestValueError(expected: "\"ASC\" or \"DESC\"", actual: object["sort"] ?? .null).at("sort")
        }
        self.init(field: field, sort: direction)
    }

    public var manifestValue: JSONValue { ["field": .string(field), "sort": .string(sort.rawValue)] }
}
