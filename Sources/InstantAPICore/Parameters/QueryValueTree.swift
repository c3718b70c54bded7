import OrderedCollections

/// The mutable tree that keys like `a.b[0].c` are placed into, before it becomes a
/// `JSONObject`.
///
/// Reference types, so that a deep placement mutates one node instead of copying every
/// enclosing container. An array keeps indexed and pushed items apart, because the original
/// lists the indexed items first (`a[1]=x&a[]=y&a[0]=z` is `["z","x","y"]`).
final class QueryValueTree {
    enum Node {
        case value(JSONValue)
        case object(ObjectNode)
        case array(ArrayNode)
    }

    final class ObjectNode {
        var members: OrderedDictionary<String, Node> = [:]
    }

    final class ArrayNode {
        var indexed: [Node?] = []
        var pushed: [Node] = []
    }

    /// Gaps filled with `null` across the whole request; each `[65535]` may add 65536, so a
    /// request of such keys is bounded here rather than by memory.
    static let maxArrayElements = 1 << 20

    let root = ObjectNode()
    private var arrayElements = 0

    /// Places `value` (a string, or an array of strings for a repeated key) at `path`.
    func insert(_ value: JSONValue, at path: QueryKeyPath) throws(ParameterParseError) {
        let components = path.components
        var container = Node.object(root)
        for position in components.indices {
            let component = components[position]
            if position == components.count - 1 {
                try assign(value, at: component, in: container, path: path, position: position)
            } else {
                container = try child(
                    at: component, in: container, needsArray: components[position + 1].needsArray,
                    path: path, position: position)
            }
        }
    }

    private func assign(
        _ value: JSONValue, at component: QueryKeyPath.Component, in container: Node,
        path: QueryKeyPath, position: Int
    ) throws(ParameterParseError) {
        switch (container, component) {
        case (.object(let object), .key(let name)):
            guard object.members[name] == nil else {
                throw ParameterParseError("\(path.path(through: position)): already set")
            }
            object.members[name] = .value(value)
        case (.array(let array), .index(let index)):
            if index < array.indexed.count, array.indexed[index] != nil {
                throw ParameterParseError("\(path.path(through: position)): already set")
            }
            try reserve(index, in: array, path: path, position: position)
            array.indexed[index] = .value(value)
        case (.array(let array), .push):
            // A repeated `a[]` key pushes each of its values, as `Array#concat` does upstream.
            if case .array(let items) = value {
                try count(items.count, path: path, position: position)
                array.pushed.append(contentsOf: items.lazy.map { Node.value($0) })
            } else {
                try count(1, path: path, position: position)
                array.pushed.append(.value(value))
            }
        default:
            // Unreachable: each container is created for the kind of component applied to it.
            throw ParameterParseError("\(path.path(through: position)): already set")
        }
    }

    private func child(
        at component: QueryKeyPath.Component, in container: Node, needsArray: Bool,
        path: QueryKeyPath, position: Int
    ) throws(ParameterParseError) -> Node {
        let found: Node?
        switch (container, component) {
        case (.object(let object), .key(let name)):
            found = object.members[name]
            if found == nil {
                let created = makeContainer(needsArray: needsArray)
                object.members[name] = created
                return created
            }
        case (.array(let array), .index(let index)):
            found = index < array.indexed.count ? array.indexed[index] : nil
            if found == nil {
                try reserve(index, in: array, path: path, position: position)
                let created = makeContainer(needsArray: needsArray)
                array.indexed[index] = created
                return created
            }
        case (.array(let array), .push):
            try count(1, path: path, position: position)
            let created = makeContainer(needsArray: needsArray)
            array.pushed.append(created)
            return created
        default:
            throw ParameterParseError("\(path.path(through: position)): already set")
        }
        guard let existing = found else { return makeContainer(needsArray: needsArray) }
        switch existing {
        case .object where !needsArray, .array where needsArray:
            return existing
        case .object:
            // Only reached when `needsArray` is set (see the case above).
            throw ParameterParseError("\(path.path(through: position + 1)): already set, can not set as Array")
        case .value where needsArray:
            throw ParameterParseError("\(path.path(through: position + 1)): already set, can not set as Array")
        case .array:
            throw ParameterParseError(
                "\(path.path(through: position)): already set as Array, can not set as Object")
        case .value(let value):
            throw ParameterParseError(
                "\(path.path(through: position)): can not set subfield "
                    + "\"\(Self.name(of: path.components[position + 1]))\" on value \"\(Self.javaScriptString(value))\"")
        }
    }

    private func makeContainer(needsArray: Bool) -> Node {
        needsArray ? .array(ArrayNode()) : .object(ObjectNode())
    }

    private func reserve(
        _ index: Int, in array: ArrayNode, path: QueryKeyPath, position: Int
    ) throws(ParameterParseError) {
        guard index >= array.indexed.count else { return }
        try count(index + 1 - array.indexed.count, path: path, position: position)
        array.indexed.append(contentsOf: repeatElement(nil, count: index + 1 - array.indexed.count))
    }

    private func count(_ added: Int, path: QueryKeyPath, position: Int) throws(ParameterParseError) {
        arrayElements += added
        guard arrayElements <= Self.maxArrayElements else {
            throw ParameterParseError(
                "\(path.path(through: position)): URL encoded values may not create more than \(Self.maxArrayElements) array elements")
        }
    }

    private static func name(of component: QueryKeyPath.Component) -> String {
        switch component {
        case .key(let name): return name
        case .index(let index): return String(index)
        case .push: return ""
        }
    }

    /// How JavaScript's `String(value)` shows a placed value in the original's messages:
    /// repeated values are joined with commas.
    private static func javaScriptString(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): return string
        case .array(let items): return items.map(javaScriptString).joined(separator: ",")
        default: return ""
        }
    }

    /// The finished parameters, with arrays as their indexed items (gaps `null`) then pushed ones.
    func build() -> JSONObject {
        Self.build(root)
    }

    private static func build(_ object: ObjectNode) -> JSONObject {
        var result = JSONObject(minimumCapacity: object.members.count)
        for (key, node) in object.members {
            result[key] = build(node)
        }
        return result
    }

    private static func build(_ node: Node) -> JSONValue {
        switch node {
        case .value(let value):
            return value
        case .object(let object):
            return .object(build(object))
        case .array(let array):
            var items: [JSONValue] = []
            items.reserveCapacity(array.indexed.count + array.pushed.count)
            for item in array.indexed { items.append(item.map(build) ?? .null) }
            for item in array.pushed { items.append(build(item)) }
            return .array(items)
        }
    }
}
