/// The KeyQL rules of `object.keyql.query`, `.limit` and `.order` (keyql 0.2.4), with its
/// messages. Each check returns `nil` when the value is valid, else the message.
enum KeyQL {
    /// Every operator a query key may end with (`field__operator`); a key without one means `is`.
    static let operators: Set<String> = [
        "is", "not", "gt", "lt", "gte", "lte", "icontains", "contains", "startswith", "istartswith",
        "wordstartswith", "iwordstartswith", "endswith", "iendswith", "wordendswith", "iwordendswith",
        "like", "ilike", "is_null", "is_true", "is_false", "not_null", "not_true", "not_false", "in",
        "not_in", "recency_lt", "recency_lte", "recency_gt", "recency_gte", "upcoming_lt", "upcoming_lte",
        "upcoming_gt", "upcoming_gte", "date_lt", "date_lte", "date_gt", "date_gte",
    ]

    /// A query object, or (deliberately, as KeyQL documents "OR" queries) an array of them.
    /// `fields`, from the `{?}` options, restricts the field names.
    static func queryError(_ value: JSONValue, fields: Set<String>?, fieldOrder: [JSONValue]?) -> String? {
        switch value {
        case .object(let object):
            for key in object.keys {
                let (field, op) = splitKey(key)
                guard operators.contains(op) else { return "Invalid KeyQL Operator: \"\(op)\"" }
                if let fields, !fields.contains(field) {
                    return "Invalid KeyQL Query object field: \"\(field)\", valid fields are \(quoted(fieldOrder))"
                }
            }
            return nil
        case .array(let items):
            for item in items {
                guard case .object = item else { return "KeyQL Query Object must be a valid object" }
                if let message = queryError(item, fields: fields, fieldOrder: fieldOrder) { return message }
            }
            return nil
        default:
            return "KeyQL Query Object must be a valid object"
        }
    }

    /// `{"offset": n, "count": n}`, both optional (0), integers ≥ 0, nothing else.
    static func limitError(_ value: JSONValue) -> String? {
        guard case .object(let object) = value else { return "KeyQL Limit object must be a valid object" }
        for key in object.keys where key != "offset" && key != "count" {
            return "KeyQL Limit object must only contain \"offset\" and \"count\" properties"
        }
        for key in ["offset", "count"] {
            guard let member = object[key] else { continue }
            guard case .number(let n) = member, JSNumber.isSafeInteger(n), n >= 0 else {
                return "KeyQL Limit \"offset\" and \"count\" must be integers and greater than or equal to 0"
            }
        }
        return nil
    }

    /// The limit's `count`, 0 when absent.
    static func limitCount(_ value: JSONValue) -> Double {
        value["count"]?.numberValue ?? 0
    }

    /// The limit with its defaults filled in, as KeyQL returns it (`offset`, then `count`).
    static func filledLimit(_ value: JSONValue) -> JSONValue {
        guard case .object(var object) = value else { return value }
        if object["offset"] == nil { object["offset"] = .number(0) }
        if object["count"] == nil { object["count"] = .number(0) }
        return .object(object)
    }

    /// `{"field": name, "sort": "ASC" | "DESC"}`; `sort` defaults to `ASC`.
    static func orderError(_ value: JSONValue, fields: Set<String>?, fieldOrder: [JSONValue]?) -> String? {
        guard case .object(let object) = value else { return "KeyQL Order object must be a valid object" }
        guard let field = object["field"] else { return "KeyQL Order object must have a \"field\" property" }
        guard case .string(let name) = field else { return "KeyQL Order \"field\" property must be a string" }
        if let sort = object["sort"], sort != "ASC", sort != "DESC" {
            return "KeyQL Order \"sort\" property must be \"ASC\" or \"DESC\""
        }
        for key in object.keys where key != "field" && key != "sort" {
            return "KeyQL Order object must only contain \"field\" and \"sort\" properties"
        }
        if let fields, !fields.contains(name) {
            return "Invalid KeyQL Order object field: \"\(name)\", valid fields are \(quoted(fieldOrder))"
        }
        return nil
    }

    /// Splits `a__b__op` as JavaScript's `key.split("__")` then `pop()` does: left to right.
    static func splitKey(_ key: String) -> (field: String, op: String) {
        var parts: [Substring] = []
        var rest = Substring(key)
        while let range = rest.firstRange(of: "__") {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        guard !parts.isEmpty else { return (key, "is") }
        return (parts.map(String.init).joined(separator: "__"), String(rest))
    }

    private static func quoted(_ values: [JSONValue]?) -> String {
        (values ?? []).compactMap(\.stringValue).map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
