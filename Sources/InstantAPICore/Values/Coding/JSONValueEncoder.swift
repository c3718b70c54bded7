import Foundation
import OrderedCollections

/// Encodes any `Encodable` straight into a `JSONValue`, keeping the order in which keys are
/// encoded (no JSON text round trip). `Date` becomes an ISO 8601 string with milliseconds (as
/// JavaScript's `toJSON`), `Data` a buffer, and a nested `JSONValue` is taken as it is.
public struct JSONValueEncoder: Sendable {
    public init() {}

    /// The value as a `JSONValue`.
    public func encode(_ value: some Encodable) throws -> JSONValue {
        try JSONValueEncoder.box(value, codingPath: [])
    }

    static func box(_ value: some Encodable, codingPath: [any CodingKey]) throws -> JSONValue {
        if let json = value as? JSONValue { return json }
        if let date = value as? Date { return .string(isoString(date)) }
        if let data = value as? Data { return .buffer(Array(data)) }
        if let url = value as? URL { return .string(url.absoluteString) }
        let encoder = ValueEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.storage.value
    }

    static func isoString(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

/// A node of the value being built; containers share it by reference until encoding ends.
final class ValueStorage {
    enum Node {
        case single(JSONValue)
        case object(OrderedDictionary<String, ValueStorage>)
        case array([ValueStorage])
    }

    var node: Node = .single(.null)

    var value: JSONValue {
        switch node {
        case .single(let value): return value
        case .object(let members): return .object(members.mapValues(\.value))
        case .array(let items): return .array(items.map(\.value))
        }
    }

    /// The member storage for `key`, making this node an object if it is not one yet.
    func member(_ key: String) -> ValueStorage {
        var members: OrderedDictionary<String, ValueStorage> = [:]
        if case .object(let existing) = node { members = existing }
        if let found = members[key] { return found }
        let storage = ValueStorage()
        members[key] = storage
        node = .object(members)
        return storage
    }

    /// Appends a new element storage, making this node an array if it is not one yet.
    func appendElement() -> ValueStorage {
        var items: [ValueStorage] = []
        if case .array(let existing) = node { items = existing }
        let storage = ValueStorage()
        items.append(storage)
        node = .array(items)
        return storage
    }

    var count: Int {
        if case .array(let items) = node { return items.count }
        return 0
    }

    func makeObject() {
        if case .object = node { return }
        node = .object([:])
    }

    func makeArray() {
        if case .array = node { return }
        node = .array([])
    }
}

struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(intValue: Int) {
        self.intValue = intValue
        stringValue = String(intValue)
    }
    init?(stringValue: String) { return nil }
}

final class ValueEncoder: Encoder {
    let codingPath: [any CodingKey]
    let storage: ValueStorage
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(codingPath: [any CodingKey], storage: ValueStorage = ValueStorage()) {
        self.codingPath = codingPath
        self.storage = storage
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        storage.makeObject()
        return KeyedEncodingContainer(KeyedValueContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        storage.makeArray()
        return UnkeyedValueContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    func set(_ value: JSONValue) {
        storage.node = .single(value)
    }

    /// Encodes a nested value into `target`.
    func encode(_ value: some Encodable, into target: ValueStorage, key: any CodingKey) throws {
        let path = codingPath + [key]
        if let json = value as? JSONValue { target.node = .single(json); return }
        if value is Date || value is Data || value is URL {
            target.node = .single(try JSONValueEncoder.box(value, codingPath: path))
            return
        }
        try value.encode(to: ValueEncoder(codingPath: path, storage: target))
    }
}
