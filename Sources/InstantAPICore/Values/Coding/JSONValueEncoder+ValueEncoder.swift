import OrderedCollections

/// The `Encoder` of one value being built, holding the value itself. Primitives and nested
/// values are stored as final `JSONValue`s as soon as they are encoded; only nested containers
/// and super encoders (which callers may keep writing to) stay encoders, in `pending`, until
/// `finish()`. Objects and arrays are mutated in place (see `withMembers`).
final class ValueEncoder: Encoder {
    enum Node {
        case single(JSONValue)
        case object(JSONObject)
        case array([JSONValue])
    }

    /// Where an encoder sits under its parent; `codingPath` is built from these only when read.
    enum PathComponent {
        /// The parent's path (super encoders, values of single value containers).
        case none
        case key(any CodingKey)
        case index(Int)
    }

    /// A member or element of this encoder's container whose value another encoder builds.
    struct Pending {
        enum Slot: Equatable {
            case key(String)
            case index(Int)
        }

        let slot: Slot
        let encoder: ValueEncoder
    }

    /// Room for the first members or elements: growing one at a time from empty reallocates
    /// several times for a typical object.
    static let initialCapacity = 8

    @exclusivity(unchecked) private var node: Node
    @exclusivity(unchecked) private var pending: [Pending] = []
    let parent: ValueEncoder?
    let component: PathComponent

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// `seed` is what the slot held before, which containers of the same kind extend.
    init(parent: ValueEncoder?, component: PathComponent, seed: JSONValue? = nil) {
        self.parent = parent
        self.component = component
        switch seed {
        case .object(let members)?: node = .object(members)
        case .array(let items)?: node = .array(items)
        case let value?: node = .single(value)
        case nil: node = .single(.null)
        }
    }

    var codingPath: [any CodingKey] {
        var reversed: [any CodingKey] = []
        var current: ValueEncoder? = self
        while let encoder = current {
            switch encoder.component {
            case .none: break
            case .key(let key): reversed.append(key)
            case .index(let index): reversed.append(IndexKey(intValue: index))
            }
            current = encoder.parent
        }
        return reversed.reversed()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node {} else { replaceNode(.object([:])) }
        return KeyedEncodingContainer(KeyedValueContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node {} else { replaceNode(.array([])) }
        return UnkeyedValueContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// The value built, with every pending nested encoder's value in its slot.
    func finish() -> JSONValue {
        if !pending.isEmpty { resolvePending() }
        switch node {
        case .single(let value): return value
        case .object(let members): return .object(members)
        case .array(let items): return .array(items)
        }
    }

    func setSingle(_ value: JSONValue) {
        replaceNode(.single(value))
    }

    /// Encodes `value` into this encoder, as into a slot that already holds this encoder's value.
    func encodeInPlace<T: Encodable>(_ value: T) throws {
        switch JSONValueEncoder.leaf(value) {
        case .value(let json)?: setSingle(json)
        case .elements(let items)?: withElements { $0.append(contentsOf: items) }
        case nil: try value.encode(to: self)
        }
    }

    /// Replaces the whole value: containers handed out before no longer take part.
    private func replaceNode(_ newNode: Node) {
        if !pending.isEmpty { pending.removeAll() }
        node = newNode
    }

    private func resolvePending() {
        let resolved = pending
        pending = []
        for nested in resolved {
            let value = nested.encoder.finish()
            switch nested.slot {
            case .key(let key): withMembers { $0[key] = value }
            case .index(let index): withElements { if $0.indices.contains(index) { $0[index] = value } }
            }
        }
    }

    func pendingEncoder(at slot: Pending.Slot) -> ValueEncoder? {
        pending.first { $0.slot == slot }?.encoder
    }

    /// Runs `body` on the members, making this value an object if it is not one. The members
    /// are moved out of `node` first, so `body` mutates the only reference to their storage
    /// instead of copying it.
    @inline(__always)
    func withMembers<R>(_ body: (inout JSONObject) throws -> R) rethrows -> R {
        var members: JSONObject = [:]
        if case .object(let existing) = node { members = existing } else if !pending.isEmpty { pending.removeAll() }
        node = .single(.null)
        defer { node = .object(members) }
        return try body(&members)
    }

    /// Runs `body` on the elements, making this value an array if it is not one; the elements
    /// are moved out of `node` first, as in `withMembers`.
    @inline(__always)
    func withElements<R>(_ body: (inout [JSONValue]) throws -> R) rethrows -> R {
        var items: [JSONValue] = []
        if case .array(let existing) = node { items = existing } else if !pending.isEmpty { pending.removeAll() }
        node = .single(.null)
        defer { node = .array(items) }
        return try body(&items)
    }
}

// MARK: - Members

extension ValueEncoder {
    func setMember(_ key: String, _ value: JSONValue) {
        if !pending.isEmpty { pending.removeAll { $0.slot == .key(key) } }
        withMembers { members in
            if members.isEmpty { members.reserveCapacity(ValueEncoder.initialCapacity) }
            members[key] = value
        }
    }

    /// Encodes `value` as the member `key`. A key encoded before keeps its position; a container
    /// value extends the container of the same kind the key held, as if encoded into it.
    func encodeMember<T: Encodable, Key: CodingKey>(_ value: T, forKey key: Key) throws {
        let name = key.stringValue
        if !pending.isEmpty, let target = pendingEncoder(at: .key(name)) {
            try target.encodeInPlace(value)
            return
        }
        switch JSONValueEncoder.leaf(value) {
        case .value(let json)?:
            setMember(name, json)
        case .elements(let items)?:
            withMembers { members in
                if case .array(let existing)? = members[name] {
                    members[name] = .array(existing + items)
                } else {
                    members[name] = .array(items)
                }
            }
        case nil:
            let child = ValueEncoder(parent: self, component: .key(key), seed: memberValue(name))
            // Stored even when encoding throws, as far as it got: a caller may catch and go on.
            defer { setMember(name, child.finish()) }
            try value.encode(to: child)
        }
    }

    /// The encoder of the member `name` for nested containers and super encoders: the same one
    /// each time, starting from the value the member already holds.
    func memberEncoder(_ name: String, component: PathComponent) -> ValueEncoder {
        if !pending.isEmpty, let existing = pendingEncoder(at: .key(name)) { return existing }
        let child = withMembers { members in
            let current = members[name]
            if current == nil { members[name] = .null }
            return ValueEncoder(parent: self, component: component, seed: current)
        }
        pending.append(Pending(slot: .key(name), encoder: child))
        return child
    }

    private func memberValue(_ name: String) -> JSONValue? {
        if case .object(let members) = node { return members[name] }
        return nil
    }
}

// MARK: - Elements

extension ValueEncoder {
    var elementCount: Int {
        if case .array(let items) = node { return items.count }
        return 0
    }

    func appendElement(_ value: JSONValue) {
        withElements { items in
            if items.isEmpty { items.reserveCapacity(ValueEncoder.initialCapacity) }
            items.append(value)
        }
    }

    func encodeElement<T: Encodable>(_ value: T) throws {
        switch JSONValueEncoder.leaf(value) {
        case .value(let json)?: appendElement(json)
        case .elements(let items)?: appendElement(.array(items))
        case nil:
            let child = ValueEncoder(parent: self, component: .index(elementCount))
            defer { appendElement(child.finish()) }
            try value.encode(to: child)
        }
    }

    /// A new element whose value another encoder builds (nested containers, super encoders).
    func elementEncoder() -> ValueEncoder {
        let index = elementCount
        appendElement(.null)
        let child = ValueEncoder(parent: self, component: .index(index))
        pending.append(Pending(slot: .index(index), encoder: child))
        return child
    }
}
