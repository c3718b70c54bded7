
struct KeyedValueContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { encoder.storage.member(key.stringValue).node = .single(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.encode(value, into: encoder.storage.member(key.stringValue), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = ValueEncoder(codingPath: codingPath + [key], storage: encoder.storage.member(key.stringValue))
        return nested.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        ValueEncoder(codingPath: codingPath + [key], storage: encoder.storage.member(key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(codingPath: codingPath, storage: encoder.storage.member("super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(codingPath: codingPath + [key], storage: encoder.storage.member(key.stringValue))
    }

    private func put(_ value: JSONValue, _ key: Key) {
        encoder.storage.member(key.stringValue).node = .single(value)
    }
}

struct UnkeyedValueContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.storage.count }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(.number(value)) }
    mutating func encode(_ value: Float) throws { append(.number(Double(value))) }
    mutating func encode(_ value: Int) throws { append(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { append(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { append(.number(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = IndexKey(intValue: count)
        try encoder.encode(value, into: encoder.storage.appendElement(), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let key = IndexKey(intValue: count)
        return ValueEncoder(codingPath: codingPath + [key], storage: encoder.storage.appendElement())
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = IndexKey(intValue: count)
        return ValueEncoder(codingPath: codingPath + [key], storage: encoder.storage.appendElement()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = IndexKey(intValue: count)
        return ValueEncoder(codingPath: codingPath + [key], storage: encoder.storage.appendElement())
    }

    private func append(_ value: JSONValue) {
        encoder.storage.appendElement().node = .single(value)
    }
}

struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.set(.null) }
    mutating func encode(_ value: Bool) throws { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.set(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.set(.number(value)) }
    mutating func encode(_ value: Float) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: Int) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: Int8) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: Int16) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: Int32) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: UInt) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: UInt16) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: UInt32) throws { encoder.set(.number(Double(value))) }
    mutating func encode(_ value: UInt64) throws { encoder.set(.number(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.set(try JSONValueEncoder.box(value, codingPath: codingPath))
    }
}
