import InstantAPICore

/// A Swift type a manifest value maps to.
indirect enum SwiftType: Hashable {
    /// A type of the runtime or the standard library (`String`, `JSONValue`, `KeyQLLimit`).
    case builtin(String)
    /// A type generated in the scope being written (`Coords`).
    case declared(String)
    case array(SwiftType)
    case optional(SwiftType)

    /// The type as written; `qualifier` (`Operations.GetV1Orders.`) goes before declared names,
    /// for signatures outside the namespace.
    func rendered(qualifier: String = "") -> String {
        switch self {
        case .builtin(let name): return name
        case .declared(let name): return qualifier + name
        case .array(let element): return "[\(element.rendered(qualifier: qualifier))]"
        case .optional(let wrapped): return "\(wrapped.rendered(qualifier: qualifier))?"
        }
    }

    /// `T?`, without doubling an optional.
    var optional: SwiftType {
        if case .optional = self { return self }
        return .optional(self)
    }

    /// Whether `ByteBuffer` appears in it (the file then imports NIOCore).
    var usesByteBuffer: Bool {
        switch self {
        case .builtin(let name): return name == "ByteBuffer"
        case .declared: return false
        case .array(let element), .optional(let element): return element.usesByteBuffer
        }
    }
}

/// One generated type: an object schema's struct, an enum's cases, a union's cases.
enum Declaration {
    case structure(StructDeclaration)
    case enumeration(EnumDeclaration)
    case union(UnionDeclaration)

    var usesByteBuffer: Bool {
        switch self {
        case .structure(let s): return s.members.contains { $0.type.usesByteBuffer } || s.nested.contains { $0.usesByteBuffer }
        case .enumeration: return false
        case .union(let u): return u.cases.contains { $0.type.usesByteBuffer } || u.nested.contains { $0.usesByteBuffer }
        }
    }
}

/// An object with a schema: one property per member, in the manifest's order.
struct StructDeclaration {
    struct Member {
        /// The member's name in JSON.
        var key: String
        var swiftName: String
        var type: SwiftType
        /// The member may be missing (it has a default): `nil` is then left out of the object.
        var mayBeMissing: Bool
        var description: String
    }

    var name: String
    var description: String
    var members: [Member]
    var nested: [Declaration]
}

/// An `enum` parameter: a case per member line.
struct EnumDeclaration {
    struct Case {
        var swiftName: String
        var key: String
        var value: JSONValue
    }

    var name: String
    var description: String
    var cases: [Case]
    /// The gateway hands over member values (a top-level parameter), not keys (everywhere else;
    /// results and streams send keys, which the gateway's check turns into values).
    var usesMemberValues: Bool

    /// Every member value is a distinct string: the enum is `String`-backed by them.
    var stringRawValues: [String]? {
        let strings = cases.compactMap(\.value.stringValue)
        guard strings.count == cases.count, Set(strings).count == strings.count else { return nil }
        return strings
    }
}

/// A union (`{a|b}`, or an object's `OR` schemas): a case per alternative, tried in the order
/// written, as the gateway tries them.
struct UnionDeclaration {
    struct Case {
        var swiftName: String
        var type: SwiftType
    }

    var name: String
    var description: String
    /// The union as the manifest writes it, for error messages (`boolean|string`).
    var manifestName: String
    var cases: [Case]
    var nested: [Declaration]
}
