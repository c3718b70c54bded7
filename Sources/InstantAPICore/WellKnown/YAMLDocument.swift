import Yams

/// JSON documents as YAML through Yams (the `openapi.yaml` form): two-space indentation,
/// every string value double-quoted so that it reads back as the same string, keys plain
/// when that is unambiguous.
public enum YAMLDocument {
    /// Failure to write or read a YAML document.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// `value` as YAML text ending with one newline.
    public static func render(_ value: JSONValue) throws(Failure) -> String {
        do {
            return try Yams.serialize(node: node(value), indent: 2, width: -1, allowUnicode: true)
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    /// A YAML document read back as JSON: mappings become objects (in order), scalars take
    /// their resolved type (`null`, boolean, integer, float, string).
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Failure(description: "\(error)")
        }
        guard let root else { return .null }
        return try value(root)
    }

    private static func node(_ value: JSONValue) -> Node {
        switch value {
        case .null: return Node("null")
        case .bool(let flag): return Node(flag ? "true" : "false")
        case .number: return Node(value.jsonString())
        case .string(let text): return Node(text, .implicit, .doubleQuoted)
        case .buffer: return node(JSONValue.base64Object(bufferBytes(value)))
        case .array(let items): return .sequence(Node.Sequence(items.map(node)))
        case .object(let members):
            return .mapping(Node.Mapping(members.map { (key(String($0.key)), node($0.value)) }))
        }
    }

    private static func bufferBytes(_ value: JSONValue) -> [UInt8] {
        if case .buffer(let bytes) = value { return bytes }
        return []
    }

    /// Plain for names that cannot read as anything but this string (`paths`, `/v1/items/`).
    private static func key(_ text: String) -> Node {
        let reserved: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"]
        let plain = text.first.map { $0.isLetter || $0 == "_" || $0 == "/" } ?? false
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-./*".contains($0)) }
            && !reserved.contains(text.lowercased())
        return Node(text, .implicit, plain ? .plain : .doubleQuoted)
    }

    private static func value(_ node: Node) throws(Failure) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            // A resolved tag is one of the core schema's; quoted scalars resolve to `str`.
            switch node.tag.description {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue: return node.int.map { .number(Double($0)) } ?? .string(scalar.string)
            case Tag.Name.float.rawValue: return node.float.map(JSONValue.number) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let items):
            var out: [JSONValue] = []
            for item in items { out.append(try value(item)) }
            return .array(out)
        case .mapping(let members):
            var out = JSONObject()
            for (key, item) in members { out[key.string ?? ""] = try value(item) }
            return .object(out)
        case .alias:
            throw Failure(description: "YAML aliases are not supported")
        }
    }
}
