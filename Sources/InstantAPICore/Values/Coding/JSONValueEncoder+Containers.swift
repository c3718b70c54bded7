/// The containers of `ValueEncoder`: thin forwarders, so every rule about slots lives in the
/// encoder.
struct KeyedValueContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
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
        try encoder.encodeMember(value, forKey: key)
    }

    // The common optionals directly, rather than through the generic default.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { put(.bool(value), key) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { put(.string(value), key) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { if let value { put(.number(value), key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { put(.number(Double(value)), key) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encoder.encodeMember(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        encoder.memberEncoder(key.stringValue, component: .key(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.memberEncoder(key.stringValue, component: .key(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.memberEncoder("super", component: .none)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.memberEncoder(key.stringValue, component: .key(key))
    }

    private func put(_ value: JSONValue, _ key: Key) {
        encoder.setMember(key.stringValue, value)
    }
}

struct UnkeyedValueContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.elementCount }

    mutating func encodeNil() throws { encoder.appendElement(.null) }
    mutating func encode(_ value: Bool) throws { encoder.appendElement(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.appendElement(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.appendElement(.number(value)) }
    mutating func encode(_ value: Float) throws { encoder.appendElement(.number(Double(value))) }
    mutating func encode(_ value: Int) throws { encoder.appendElement(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { encoder.appendElement(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { encoder.appendElement(.number(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.encodeElement(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        encoder.elementEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.elementEncoder().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.elementEncoder()
    }
}

struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.setSingle(.null) }
    mutating func encode(_ value: Bool) throws { encoder.setSingle(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.setSingle(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.setSingle(.number(value)) }
    mutating func encode(_ value: Float) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: Int) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: Int8) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: Int16) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: Int32) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: UInt) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: UInt16) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: UInt32) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode(_ value: UInt64) throws { encoder.setSingle(.number(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.setSingle(try JSONValueEncoder.box(value, parent: encoder))
    }
}

/// The coding key of an array element.
struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(intValue: Int) {
        self.intValue = intValue
        stringValue = String(intValue)
    }
    init?(stringValue: String) { return nil }
}
