import OrderedCollections

/// An ordered JSON object: key order is preserved, because it is visible in responses,
/// definitions and generated documents.
public typealias JSONObject = OrderedDictionary<String, JSONValue>

/// The one value type that parameters, defaults, options and results travel as.
///
/// It mirrors what a JavaScript endpoint of the original framework sees: JSON values with
/// numbers as doubles, objects with ordered keys, plus a `buffer` case for binary data
/// (written on the wire as `{"_base64": …}`).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
    case buffer([UInt8])
}

extension JSONValue {
    /// The string, when the value is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, when the value is one.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The boolean, when the value is one.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The elements, when the value is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, when the value is an object.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// A buffer as the original writes it in JSON: `{"_base64": "…"}`.
    public static func base64Object(_ bytes: [UInt8]) -> JSONValue {
        .object(["_base64": .string(Base64.encode(bytes))])
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The runtime type name the original reports as `actual.type` in errors
    /// (`types.check`): `any` for null, then array, buffer, object, string, number, boolean.
    public var checkedTypeName: String {
        switch self {
        case .null: return "any"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        case .buffer: return "buffer"
        }
    }

    /// JavaScript truthiness: `false`, `0`, `NaN`, `""` and `null` are falsy.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return n != 0 && !n.isNaN
        case .string(let s): return !s.isEmpty
        case .array, .object, .buffer: return true
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
