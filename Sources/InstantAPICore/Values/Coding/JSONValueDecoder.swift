import Foundation

/// Decodes any `Decodable` straight from a `JSONValue` (no JSON text round trip), keeping
/// object key order for `allKeys`.
///
/// The mirror of `JSONValueEncoder`:
/// - a buffer (`.buffer`, or an object whose only key is `_base64` with a string) decodes
///   directly as `Data` or `[UInt8]`; decoded as anything else it is seen as its wire form
///   `{"_base64": "…"}` (so a `struct { var _base64: String }` works too);
/// - `Date` decodes from an ISO 8601 string (fractional seconds optional) or from a number of
///   milliseconds since 1970 (JavaScript's `getTime`); `URL` from a string;
/// - integers decode only from numbers that are whole and in the type's range;
/// - `JSONValue` (also nested inside your own types) is taken as it is.
public struct JSONValueDecoder: Sendable {
    public init() {}

    /// `value` decoded as `T`.
    public func decode<T: Decodable>(_ type: T.Type = T.self, from value: JSONValue) throws -> T {
        try JSONValueDecoding(value: value, codingPath: []).decode(type)
    }
}

extension JSONValue {
    /// The bytes of a buffer or of its `{"_base64": "…"}` wire form.
    var decodableBufferBytes: [UInt8]? {
        switch self {
        case .buffer(let bytes): return bytes
        case .object(let members) where members.count == 1:
            guard case .string(let text)? = members["_base64"] else { return nil }
            return Base64.decode(text)
        default: return nil
        }
    }

    /// The JSON kind, for error messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        case .buffer: return "a buffer"
        }
    }
}

/// The decoder over one node; it is also that node's single-value container.
struct JSONValueDecoding: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let members: JSONObject
        switch value {
        case .object(let object): members = object
        case .buffer(let bytes): members = JSONValue.base64Object(bytes).objectValue ?? [:]
        default: throw mismatch(JSONObject.self)
        }
        return KeyedDecodingContainer(JSONValueKeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([JSONValue].self) }
        return JSONValueUnkeyedContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(type) }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else { throw mismatch(type) }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .number(let number) = value else { throw mismatch(type) }
        return number
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONValue.self, let same = value as? T { return same }
        if T.self == Data.self || T.self == [UInt8].self, let bytes = value.decodableBufferBytes {
            if let data = Data(bytes) as? T { return data }
            if let array = bytes as? T { return array }
        }
        if T.self == Date.self, let date = try self.date() as? T { return date }
        if T.self == URL.self {
            guard case .string(let text) = value, let url = URL(string: text) as? T else { throw mismatch(type) }
            return url
        }
        return try T(from: self)
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let number = try decode(Double.self)
        guard let exact = T(exactly: number) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "\(number) does not fit in \(T.self)"))
        }
        return exact
    }

    private func date() throws -> Date {
        switch value {
        case .number(let milliseconds):
            return Date(timeIntervalSince1970: milliseconds / 1000)
        case .string(let text):
            if let date = ISODateFormatting.shared.date(from: text) { return date }
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "\"\(text)\" is not an ISO 8601 date"))
        default:
            throw mismatch(Date.self)
        }
    }

    func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected \(type) but found \(value.kindName)"))
    }
}
