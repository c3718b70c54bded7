import InstantAPICore

/// One endpoint method as the generated code sees it: its Swift names and types.
struct Operation {
    struct Argument {
        /// The parameter's name in the manifest.
        var key: String
        /// Its argument label and `Parameters` property.
        var swiftName: String
        var type: SwiftType
        var description: String
    }

    enum ResultKind {
        /// Converted with `manifestValue`.
        case value(SwiftType)
        /// A top-level `buffer`: `BufferResult`, with its content type.
        case buffer
        /// `object.http`: `EndpointResponse`, checked at run time as today.
        case http
    }

    struct Stream {
        var name: String
        var swiftName: String
        var type: SwiftType
        var description: String
    }

    var definition: EndpointDefinition
    /// `getV1Orders`: the protocol requirement.
    var methodName: String
    /// `GetV1Orders`: the namespace of its types.
    var typeName: String
    var arguments: [Argument]
    /// Types of the parameters and the result, declared in the operation's namespace.
    var declarations: [Declaration]
    var result: ResultKind
    /// The Swift types enforce everything `@returns` checks: the gateway skips the check.
    var resultIsGuaranteed: Bool
    var streams: [Stream]
    /// Payload types, declared inside `Event`.
    var streamDeclarations: [Declaration]

    var resultTypeName: String {
        switch result {
        case .value(let type): return type.rendered()
        case .buffer: return "BufferResult"
        case .http: return "EndpointResponse"
        }
    }
}

extension Operation {
    /// The operations of `definitions`, in route then method order, with names unique across the file.
    static func operations(of definitions: [EndpointDefinition], reserving reserved: Set<String>) -> [Operation] {
        let sorted = definitions.sorted { ($0.route, $0.method?.rawValue ?? "") < ($1.route, $1.method?.rawValue ?? "") }
        var typeNames = NameScope(reserved: SwiftNaming.reservedTypeNames.union(reserved))
        return sorted.map { definition in
            let typeName = typeNames.claim(baseName(of: definition))
            return Operation(definition: definition, typeName: typeName)
        }
    }

    /// `GET v1/orders` -> `GetV1Orders`; a default export has no method prefix; `v1:notfound`
    /// -> `V1NotFound`; the root route is `Index`.
    static func baseName(of definition: EndpointDefinition) -> String {
        var route = definition.route
        var suffix = ""
        if route.hasSuffix(":notfound") {
            route.removeLast(":notfound".count)
            suffix = "NotFound"
        }
        var name = SwiftNaming.pascal(route, fallback: "")
        if name.isEmpty, suffix.isEmpty { name = "Index" }
        let prefix = definition.method.map { $0.rawValue.prefix(1) + $0.rawValue.dropFirst().lowercased() } ?? ""
        return SwiftNaming.leadingDigitSafe(prefix + name + suffix)
    }

    private init(definition: EndpointDefinition, typeName: String) {
        self.definition = definition
        self.typeName = typeName
        let lowered = typeName.prefix(1).lowercased() + typeName.dropFirst()
        methodName = lowered.hasPrefix("_") ? lowered : SwiftNaming.leadingDigitSafe(lowered)
        var scope = NameScope(reserved: SwiftNaming.reservedTypeNames)
        var declarations: [Declaration] = []
        var labels = NameScope(reserved: ["context"])
        let inputs = TypeMapper(position: .parameter)
        arguments = definition.params.map { parameter in
            Argument(
                key: parameter.name, swiftName: labels.claim(SwiftNaming.camel(parameter.name)),
                type: inputs.topLevelType(parameter, nameHint: parameter.name, in: &scope, declaring: &declarations),
                description: parameter.description)
        }
        let returns = definition.returns
        let plain = returns.alternateTypes?.isEmpty ?? true
        if returns.type == .objectHTTP, plain {
            result = .http
        } else if returns.type == .buffer, plain, !returns.isNullable {
            result = .buffer
        } else {
            let hint = returns.name.isEmpty ? "ResultValue" : returns.name
            result = .value(TypeMapper(position: .output).topLevelType(returns, nameHint: hint, in: &scope, declaring: &declarations))
        }
        resultIsGuaranteed = ReturnGuarantee.holds(for: returns)
        self.declarations = declarations
        var eventScope = NameScope(reserved: SwiftNaming.reservedTypeNames.union(["streamName", "streamValue"]))
        var streamDeclarations: [Declaration] = []
        streams = (definition.streams ?? []).map { stream in
            Stream(
                name: stream.name, swiftName: eventScope.claim(SwiftNaming.camel(stream.name)),
                type: TypeMapper(position: .output).topLevelType(stream, nameHint: stream.name, in: &eventScope, declaring: &streamDeclarations),
                description: stream.description)
        }
        self.streamDeclarations = streamDeclarations
    }
}
