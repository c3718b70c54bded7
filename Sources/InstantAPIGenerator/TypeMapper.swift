import InstantAPICore

/// Where a value travels, which decides how an enum is read: the gateway hands a top-level
/// enum parameter over as its member value, every other enum as its key.
enum ValuePosition {
    case parameter
    /// Results and stream payloads: sent as keys, turned into member values by the gateway.
    case output
}

/// Maps manifest types to Swift types, declaring the structs and enums they need.
///
/// | manifest | Swift |
/// |---|---|
/// | `string` / `number`, `float` / `integer` / `boolean` | `String` / `Double` / `Int` / `Bool` |
/// | `?T`, a member with a default | `T?` (a top-level parameter with a non-null default is `T`: the gateway fills it in) |
/// | `T[]`, `array<T>`, `array` with `@ ` members | `[T]`; `array` without a schema `[JSONValue]` |
/// | `object` with members | a struct; `OR` schemas an enum of structs (`option1`, …) |
/// | `object` without members | `JSONObject` |
/// | `enum` | a Swift enum, a case per member (`String`-backed when the values are distinct strings) |
/// | `a|b` | an enum with a case per distinct Swift type, tried in written order; with `any` in it, `JSONValue` |
/// | `buffer` | `ByteBuffer` (a top-level result: `BufferResult`, with its content type) |
/// | `object.keyql.query` / `.limit` / `.order` | `KeyQLQuery` / `KeyQLLimit` / `KeyQLOrder` |
/// | `any`, `object.http` | `JSONValue` (an `object.http` result: `EndpointResponse`) |
struct TypeMapper {
    var position: ValuePosition

    /// A parameter, result or stream payload: `?T` is optional.
    func topLevelType(_ parameter: Parameter, nameHint: String, in scope: inout NameScope, declaring: inout [Declaration])
        -> SwiftType
    {
        let base = type(of: parameter, nameHint: nameHint, topLevel: true, in: &scope, declaring: &declaring)
        return parameter.isNullable ? base.optional : base
    }

    /// A schema member or array element: optional when it has a default (it may be missing or `null`).
    func memberType(_ parameter: Parameter, nameHint: String, in scope: inout NameScope, declaring: inout [Declaration])
        -> SwiftType
    {
        let base = type(of: parameter, nameHint: nameHint, topLevel: false, in: &scope, declaring: &declaring)
        return parameter.isOptional ? base.optional : base
    }

    private func type(
        of parameter: Parameter, nameHint: String, topLevel: Bool, in scope: inout NameScope,
        declaring: inout [Declaration]
    ) -> SwiftType {
        let alternatives = Self.alternatives(of: parameter)
        if alternatives.count > 1 {
            return union(alternatives, nameHint: nameHint, topLevel: topLevel, in: &scope, declaring: &declaring)
        }
        return single(parameter, nameHint: nameHint, topLevel: topLevel, in: &scope, declaring: &declaring)
    }

    /// The written type, then its alternates (their own alternates flattened, as the gateway does).
    static func alternatives(of parameter: Parameter) -> [Parameter] {
        var main = parameter
        main.alternateTypes = nil
        var all = [main]
        for alternate in parameter.alternateTypes ?? [] {
            var flat = alternate
            flat.alternateTypes = nil
            all.append(flat)
            for nested in alternate.alternateTypes ?? [] {
                var inner = nested
                inner.alternateTypes = nil
                all.append(inner)
            }
        }
        return all
    }

    /// One type, without alternates.
    private func single(
        _ parameter: Parameter, nameHint: String, topLevel: Bool, in scope: inout NameScope,
        declaring: inout [Declaration]
    ) -> SwiftType {
        switch parameter.type {
        case .string: return .builtin("String")
        case .number, .float: return .builtin("Double")
        case .integer: return .builtin("Int")
        case .boolean: return .builtin("Bool")
        case .any, .objectHTTP: return .builtin("JSONValue")
        case .buffer: return .builtin("ByteBuffer")
        case .keyqlQuery: return .builtin("KeyQLQuery")
        case .keyqlLimit: return .builtin("KeyQLLimit")
        case .keyqlOrder: return .builtin("KeyQLOrder")
        case .array:
            guard let element = parameter.schema?.first else { return .array(.builtin("JSONValue")) }
            let hint = element.name.isEmpty ? Self.elementName(of: nameHint) : element.name
            return .array(memberType(element, nameHint: hint, in: &scope, declaring: &declaring))
        case .enum:
            guard let members = parameter.members, !members.isEmpty else { return .builtin("JSONValue") }
            return enumeration(members, parameter: parameter, nameHint: nameHint, topLevel: topLevel, in: &scope, declaring: &declaring)
        case .object:
            guard let schema = parameter.schema, !schema.isEmpty else { return .builtin("JSONObject") }
            let alternates = (parameter.alternateSchemas ?? []).filter { !$0.isEmpty }
            guard !alternates.isEmpty else {
                return structure(schema, description: parameter.description, nameHint: nameHint, in: &scope, declaring: &declaring)
            }
            return schemaUnion([schema] + alternates, parameter: parameter, nameHint: nameHint, in: &scope, declaring: &declaring)
        }
    }

    /// `items` -> `Item`, `data` -> `DataElement`: the name of an array's element type.
    static func elementName(of arrayName: String) -> String {
        let name = SwiftNaming.pascal(arrayName, fallback: "")
        if name.count > 1, name.hasSuffix("s"), !name.hasSuffix("ss") { return String(name.dropLast()) }
        return name + "Element"
    }

    private func structure(
        _ schema: [Parameter], description: String, nameHint: String, in scope: inout NameScope,
        declaring: inout [Declaration]
    ) -> SwiftType {
        let name = scope.claim(SwiftNaming.pascal(nameHint))
        // Members and nested types share the struct's scope; generated members are reserved.
        var inner = NameScope(reserved: SwiftNaming.reservedTypeNames.union([name, "manifestValue", "init"]))
        var nested: [Declaration] = []
        var members: [StructDeclaration.Member] = []
        for member in schema {
            let swiftName = inner.claim(SwiftNaming.camel(member.name))
            let type = memberType(member, nameHint: member.name, in: &inner, declaring: &nested)
            members.append(
                .init(key: member.name, swiftName: swiftName, type: type, mayBeMissing: member.isOptional, description: member.description))
        }
        declaring.append(.structure(StructDeclaration(name: name, description: description, members: members, nested: nested)))
        return .declared(name)
    }

    private func enumeration(
        _ members: [EnumMember], parameter: Parameter, nameHint: String, topLevel: Bool, in scope: inout NameScope,
        declaring: inout [Declaration]
    ) -> SwiftType {
        let name = scope.claim(SwiftNaming.pascal(nameHint))
        var caseNames = NameScope(reserved: ["key", "value", "manifestValue", "allCases", "rawValue", "init", "self", "Type"])
        var seenKeys: Set<String> = []
        var cases: [EnumDeclaration.Case] = []
        // The gateway keeps the first of two members with one key; so do we.
        for member in members where seenKeys.insert(member.key).inserted {
            cases.append(.init(swiftName: caseNames.claim(SwiftNaming.camel(member.key, fallback: "member")), key: member.key, value: member.value))
        }
        let usesValues = position == .parameter && topLevel
        declaring.append(
            .enumeration(EnumDeclaration(name: name, description: parameter.description, cases: cases, usesMemberValues: usesValues)))
        return .declared(name)
    }

    private func union(
        _ alternatives: [Parameter], nameHint: String, topLevel: Bool, in scope: inout NameScope,
        declaring: inout [Declaration]
    ) -> SwiftType {
        // `any` accepts everything, so nothing after it can be told apart.
        if alternatives.contains(where: { $0.type == .any }) { return .builtin("JSONValue") }
        let name = scope.claim(SwiftNaming.pascal(nameHint))
        var inner = NameScope(reserved: SwiftNaming.reservedTypeNames.union([name, "manifestValue", "init"]))
        var nested: [Declaration] = []
        var cases: [UnionDeclaration.Case] = []
        var seen: Set<SwiftType> = []
        for alternative in alternatives {
            let base = Self.caseName(of: alternative.type)
            let type = single(alternative, nameHint: base, topLevel: topLevel, in: &inner, declaring: &nested)
            // Two alternatives of one Swift type are one case: the conversion could not tell them apart.
            guard seen.insert(type).inserted else { continue }
            cases.append(.init(swiftName: inner.claim(base), type: type))
        }
        if cases.count == 1, let only = cases.first, nested.isEmpty { return only.type }
        let written = alternatives.map(\.type.name).joined(separator: "|")
        declaring.append(
            .union(UnionDeclaration(name: name, description: alternatives.first?.description ?? "", manifestName: written, cases: cases, nested: nested)))
        return .declared(name)
    }

    /// An object's `OR` schemas: an enum of structs, tried in written order.
    private func schemaUnion(
        _ schemas: [[Parameter]], parameter: Parameter, nameHint: String, in scope: inout NameScope,
        declaring: inout [Declaration]
    ) -> SwiftType {
        let name = scope.claim(SwiftNaming.pascal(nameHint))
        var inner = NameScope(reserved: SwiftNaming.reservedTypeNames.union([name, "manifestValue", "init"]))
        var nested: [Declaration] = []
        var cases: [UnionDeclaration.Case] = []
        for (index, schema) in schemas.enumerated() {
            let type = structure(schema, description: "", nameHint: "Option\(index + 1)", in: &inner, declaring: &nested)
            cases.append(.init(swiftName: inner.claim("option\(index + 1)"), type: type))
        }
        declaring.append(
            .union(UnionDeclaration(name: name, description: parameter.description, manifestName: "object", cases: cases, nested: nested)))
        return .declared(name)
    }

    /// A union case's name: the manifest type's (`enum` is `enumeration`, a keyword otherwise).
    static func caseName(of type: ParameterType) -> String {
        switch type {
        case .enum: return "enumeration"
        case .objectHTTP: return "http"
        case .keyqlQuery: return "keyqlQuery"
        case .keyqlLimit: return "keyqlLimit"
        case .keyqlOrder: return "keyqlOrder"
        default: return type.rawValue
        }
    }
}
