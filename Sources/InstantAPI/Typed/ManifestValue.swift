import InstantAPICore
import NIOCore
import OrderedCollections

/// A Swift value that stands for one manifest type, converted to and from the `JSONValue` the
/// gateway validated: what the code `instant generate` (and the InstantAPIGenerator build
/// plugin) writes is made of these.
///
/// The conversions read the validated value directly: no `Codable` reflection and no JSON text
/// in between. They never see an invalid request (the gateway checked it against the manifest
/// first), so a failure means the manifests changed after the code was generated.
public protocol ManifestValue: Sendable {
    /// The value from what the gateway validated (a parameter) or built (a stream payload).
    init(manifestValue value: JSONValue) throws(ManifestValueError)
    /// The value as the gateway sends it: objects keep the manifest's member order and leave
    /// out `nil` members, as a synthesized `Encodable` does.
    var manifestValue: JSONValue { get }
}

/// A validated value did not have the shape the generated code expects: the code is older
/// than the manifests it serves (regenerate it), never a client's mistake.
public struct ManifestValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Swift type's manifest name (`string`, `object`, `integer`, `boolean|string`).
    public var expected: String
    /// The runtime type that arrived (``JSONValue/checkedTypeName``).
    public var actual: String
    /// Member names and array indexes from the outside in.
    public var path: [String] = []

    public init(expected: String, actual: JSONValue) {
        self.expected = expected
        self.actual = actual.checkedTypeName
    }

    /// The same error one level further out: `key` is put in front of the path.
    public func at(_ key: String) -> ManifestValueError {
        var error = self
        error.path.insert(key, at: 0)
        return error
    }

    public var description: String {
        let place = path.isEmpty ? "" : " at \(path.joined(separator: "."))"
        return "Generated types expected \(expected)\(place), got \(actual): the manifests changed since the code was generated"
    }
}

extension String: ManifestValue {
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        guard case .string(let text) = value else { throw ManifestValueError(expected: "string", actual: value) }
        self = text
    }
    @inlinable public var manifestValue: JSONValue { .string(self) }
}

extension Bool: ManifestValue {
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        guard case .bool(let flag) = value else { throw ManifestValueError(expected: "boolean", actual: value) }
        self = flag
    }
    @inlinable public var manifestValue: JSONValue { .bool(self) }
}

extension Double: ManifestValue {
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        guard case .number(let number) = value else { throw ManifestValueError(expected: "number", actual: value) }
        self = number
    }
    @inlinable public var manifestValue: JSONValue { .number(self) }
}

extension Int: ManifestValue {
    /// `integer` values are JSON numbers that the gateway checked are safe integers (±2^53).
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        guard case .number(let number) = value, let integer = Int(exactly: number) else {
            throw ManifestValueError(expected: "integer", actual: value)
        }
        self = integer
    }
    @inlinable public var manifestValue: JSONValue { .number(Double(self)) }
}

extension JSONValue: ManifestValue {
    /// `any`, and the shapes Swift cannot type more precisely, stay values.
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) { self = value }
    @inlinable public var manifestValue: JSONValue { self }
}

extension OrderedDictionary: ManifestValue where Key == String, Value == JSONValue {
    /// An `object` without a schema: its members as they are, in order.
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        guard case .object(let object) = value else { throw ManifestValueError(expected: "object", actual: value) }
        self = object
    }
    @inlinable public var manifestValue: JSONValue { .object(self) }
}

extension ByteBuffer: ManifestValue {
    /// A `buffer`: the gateway has turned `{"_base64": …}` into bytes already.
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        guard let bytes = value.bufferBytes else { throw ManifestValueError(expected: "buffer", actual: value) }
        self = ByteBuffer(bytes: bytes)
    }
    @inlinable public var manifestValue: JSONValue { .buffer(Array(readableBytesView)) }
}

extension Array: ManifestValue where Element: ManifestValue {
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        guard case .array(let items) = value else { throw ManifestValueError(expected: "array", actual: value) }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do throws(ManifestValueError) {
                elements.append(try Element(manifestValue: item))
            } catch {
                throw error.at(String(index))
            }
        }
        self = elements
    }
    @inlinable public var manifestValue: JSONValue { .array(map(\.manifestValue)) }
}

extension Optional: ManifestValue where Wrapped: ManifestValue {
    /// A nullable (`?type`) value or an optional member: `null` and a missing member are `nil`.
    @inlinable public init(manifestValue value: JSONValue) throws(ManifestValueError) {
        if case .null = value {
            self = nil
        } else {
            self = try Wrapped(manifestValue: value)
        }
    }
    @inlinable public var manifestValue: JSONValue { self?.manifestValue ?? .null }
}
