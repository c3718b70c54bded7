import InstantAPICore

/// Writes one operation: its namespace of types, its protocol requirement and its registration.
struct OperationRenderer {
    var operation: Operation
    /// The access modifier of declarations (`public `, or `` for internal).
    var access: String
    var renderer: DeclarationRenderer

    private var definition: EndpointDefinition { operation.definition }

    /// `GET v1/orders (functions/v1/orders/index.mjs:19)`.
    private var title: String {
        let route = definition.route.isEmpty ? "/" : definition.route
        let endpoint = definition.method.map { "`\($0.rawValue) \(route)`" } ?? "`\(route)`, any method,"
        return "\(endpoint) (\(definition.pathname):\(definition.line))"
    }

    func writeNamespace(to out: inout CodeWriter) {
        out.line("/// \(title)")
        if !definition.description.isEmpty { out.line("///") }
        out.doc(definition.description)
        out.block("\(access)enum \(operation.typeName)") { out in
            writeParameters(to: &out)
            out.line()
            out.doc(definition.returns.description.isEmpty ? "What the endpoint returns (`@returns`)." : definition.returns.description)
            out.line("\(access)typealias Result = \(operation.resultTypeName)")
            if !operation.streams.isEmpty {
                out.line()
                writeEvent(to: &out)
            }
            for declaration in operation.declarations {
                out.line()
                renderer.write(declaration, to: &out)
            }
        }
    }

    private func writeParameters(to out: inout CodeWriter) {
        out.line("/// The parameters, as the gateway validated and converted them.")
        out.block("\(access)struct Parameters: Sendable, Hashable") { out in
            for argument in operation.arguments {
                out.doc(argument.description)
                out.line("\(access)var \(SwiftNaming.escaped(argument.swiftName)): \(argument.type.rendered())")
            }
            if !operation.arguments.isEmpty { out.line() }
            let list = operation.arguments.map { "\(SwiftNaming.escaped($0.swiftName)): \($0.type.rendered())" }
            out.block("\(access)init(\(list.joined(separator: ", ")))") { out in
                for argument in operation.arguments {
                    let name = SwiftNaming.escaped(argument.swiftName)
                    out.line("self.\(name) = \(name)")
                }
            }
            out.line()
            out.line("/// From `context.params`: declared parameters come first, in declaration order.")
            out.block("\(access)init(validated params: JSONObject) throws(ManifestValueError)") { out in
                for (index, argument) in operation.arguments.enumerated() {
                    out.line(
                        "self.\(SwiftNaming.escaped(argument.swiftName)) = try ManifestMembers.parameter(params, \(index), \(SwiftLiteral.string(argument.key)))")
                }
            }
        }
    }

    private func writeEvent(to out: inout CodeWriter) {
        out.line("/// One event of the endpoint's streams (`@stream`).")
        out.block("\(access)enum Event: GeneratedStreamEvent, Hashable") { out in
            for stream in operation.streams {
                out.doc(stream.description)
                out.line("case \(SwiftNaming.escaped(stream.swiftName))(\(stream.type.rendered()))")
            }
            out.line()
            out.block("\(access)var streamName: String") { out in
                out.block("switch self") { out in
                    for stream in operation.streams {
                        out.line("case .\(SwiftNaming.escaped(stream.swiftName)): return \(SwiftLiteral.string(stream.name))")
                    }
                }
            }
            out.line()
            out.block("\(access)var streamValue: JSONValue") { out in
                out.block("switch self") { out in
                    for stream in operation.streams {
                        out.line("case .\(SwiftNaming.escaped(stream.swiftName))(let payload): return payload.manifestValue")
                    }
                }
            }
            for declaration in operation.streamDeclarations {
                out.line()
                renderer.write(declaration, to: &out)
            }
        }
    }

    private func contextType(namespace: String) -> String {
        operation.streams.isEmpty
            ? "EndpointContext<Context>" : "StreamingContext<Context, \(namespace).\(operation.typeName).Event>"
    }

    func writeRequirement(namespace: String, to out: inout CodeWriter) {
        let qualifier = "\(namespace).\(operation.typeName)."
        out.line("/// \(title)")
        if !definition.description.isEmpty { out.line("///") }
        out.doc(definition.description)
        let documented = operation.arguments.filter { !$0.description.isEmpty }
        if !documented.isEmpty {
            out.line("/// - Parameters:")
            for argument in documented {
                let text = argument.description.split(separator: "\n").joined(separator: " ")
                out.line("///   - \(argument.swiftName): \(text)")
            }
        }
        var arguments = operation.arguments.map {
            "\(SwiftNaming.escaped($0.swiftName)): \($0.type.rendered(qualifier: qualifier))"
        }
        arguments.append("context: \(contextType(namespace: namespace))")
        let result = "\(qualifier)Result"
        let oneLine = "func \(SwiftNaming.escaped(operation.methodName))(\(arguments.joined(separator: ", "))) async throws -> \(result)"
        if oneLine.count <= 112 {
            out.line(oneLine)
        } else {
            out.line("func \(SwiftNaming.escaped(operation.methodName))(")
            for (index, argument) in arguments.enumerated() {
                out.line("    " + argument + (index == arguments.count - 1 ? "" : ","))
            }
            out.line(") async throws -> \(result)")
        }
    }

    func writeRegistration(namespace: String, to out: inout CodeWriter) {
        let method = definition.method.map { SwiftLiteral.string($0.rawValue) } ?? "nil"
        out.closure("registerGenerated(\(SwiftLiteral.string(definition.route)), method: \(method)) { context in") { out in
            if !operation.arguments.isEmpty {
                out.line("let parameters = try \(namespace).\(operation.typeName).Parameters(validated: context.params)")
            }
            var arguments = operation.arguments.map {
                "\(SwiftNaming.escaped($0.swiftName)): parameters.\(SwiftNaming.escaped($0.swiftName))"
            }
            arguments.append(operation.streams.isEmpty ? "context: context" : "context: StreamingContext(context)")
            let call = "try await api.\(SwiftNaming.escaped(operation.methodName))(\(arguments.joined(separator: ", ")))"
            let guaranteed = operation.resultIsGuaranteed
            switch operation.result {
            case .http:
                out.line("return \(call)")
            case .buffer:
                out.line("let result = \(call)")
                out.line("return .generated(result, typesGuaranteeReturns: \(guaranteed))")
            case .value:
                out.line("let result = \(call)")
                out.line("return .generated(result.manifestValue, typesGuaranteeReturns: \(guaranteed))")
            }
        }
    }
}
