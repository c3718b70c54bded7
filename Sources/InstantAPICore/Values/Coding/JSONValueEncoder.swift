import Foundation

/// Encodes any `Encodable` straight into a `JSONValue`, keeping the order in which keys are
/// encoded (no JSON text round trip). `Date` becomes an ISO 8601 string with milliseconds (as
/// JavaScript's `toJSON`), `Data` a buffer, and a nested `JSONValue` is taken as it is.
public struct JSONValueEncoder: Sendable {
    public init() {}

    /// The value as a `JSONValue`.
    public func encode(_ value: some Encodable) throws -> JSONValue {
        try JSONValueEncoder.box(value, parent: nil)
    }

    /// A value encoded on its own (at the top, or through a single value container), with
    /// `parent`'s coding path.
    static func box<T: Encodable>(_ value: T, parent: ValueEncoder?) throws -> JSONValue {
        switch leaf(value) {
        case .value(let json)?: return json
        case .elements(let items)?: return .array(items)
        case nil:
            let encoder = ValueEncoder(parent: parent, component: .none)
            do {
                try value.encode(to: encoder)
            } catch {
                // Finishing lets go of the nested encoders, which hold on to this one.
                _ = encoder.finish()
                throw error
            }
            return encoder.finish()
        }
    }
}

/// What a leaf type encodes to without an encoder of its own.
enum EncodedLeaf {
    /// A final value: it replaces whatever its slot held.
    case value(JSONValue)
    /// The elements of an array of leaves: like any unkeyed container, they extend an array
    /// their slot already holds.
    case elements([JSONValue])
}

extension JSONValueEncoder {
    /// The value when `T` is a type encoded without an encoder: the special leaves (`JSONValue`,
    /// `Date`, `Data`, `URL`) and, because they reach the generic entry points too (arrays and
    /// hand-written code do), the common primitives and arrays of them. Comparing metatypes
    /// is much cheaper than casting the value to each candidate.
    @inline(__always)
    static func leaf<T: Encodable>(_ value: T) -> EncodedLeaf? {
        if T.self == String.self { return .value(.string(exactly(value, String.self))) }
        if T.self == Double.self { return .value(.number(exactly(value, Double.self))) }
        if T.self == Int.self { return .value(.number(Double(exactly(value, Int.self)))) }
        if T.self == Bool.self { return .value(.bool(exactly(value, Bool.self))) }
        if T.self == [String].self { return .elements(exactly(value, [String].self).map { .string($0) }) }
        if T.self == [Double].self { return .elements(exactly(value, [Double].self).map { .number($0) }) }
        if T.self == [Int].self { return .elements(exactly(value, [Int].self).map { .number(Double($0)) }) }
        if T.self == [Bool].self { return .elements(exactly(value, [Bool].self).map { .bool($0) }) }
        if T.self == JSONValue.self { return .value(exactly(value, JSONValue.self)) }
        if T.self == Date.self { return .value(.string(ISODateFormatting.shared.string(from: exactly(value, Date.self)))) }
        if T.self == Data.self { return .value(.buffer(Array(exactly(value, Data.self)))) }
        if T.self == URL.self { return .value(.string(exactly(value, URL.self).absoluteString)) }
        return nil
    }

    /// `value` as `U`, which the caller has checked is exactly its type `T`: a plain copy,
    /// where a dynamic cast would search the type's conformances and bridges.
    @inline(__always)
    private static func exactly<T, U>(_ value: T, _ type: U.Type) -> U {
        unsafeBitCast(value, to: U.self)
    }
}
